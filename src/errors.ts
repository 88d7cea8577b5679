/**
 * Typed errors. Every error chaff throws on purpose is a {@link ChaffError} with a stable
 * `code`; the CLI maps them to exit statuses and messages, and library users can switch
 * on `code`.
 */

/** The stable error codes. */
export type ChaffErrorCode =
  /** The input is not a string, Buffer or Uint8Array. */
  | 'E_INPUT_TYPE'
  /** The input looks binary (NUL bytes or mostly control characters), not text or HTML. */
  | 'E_BINARY'
  /** The input is larger than `maxBytes`. */
  | 'E_TOO_LARGE'
  /** An option has a wrong type or value. */
  | 'E_OPTIONS'
  /** The bytes could not be decoded with the encoding given or declared. */
  | 'E_ENCODING'
  /** The HTML could not be parsed into a document. */
  | 'E_PARSE'
  /** A file or stream could not be read (CLI). */
  | 'E_READ'
  /** Command-line usage error (CLI). */
  | 'E_USAGE';

/**
 * An error with a code and a message that says what to do.
 *
 * @example
 * ```ts
 * try { separate(42 as never) } catch (e) {
 *   if (e instanceof ChaffError) console.log(e.code) //=> 'E_INPUT_TYPE'
 * }
 * ```
 */
export class ChaffError extends Error {
  readonly code: ChaffErrorCode;
  constructor(code: ChaffErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChaffError';
    this.code = code;
  }
}

/** True for a {@link ChaffError} (also across module copies, by shape). */
export function isChaffError(e: unknown): e is ChaffError {
  return e instanceof ChaffError || (e instanceof Error && e.name === 'ChaffError' && 'code' in e);
}
