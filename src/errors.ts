/**
 * Typed errors. Every error chaff throws on purpose is a {@link ChaffError} with a stable
 * `code`; the CLI maps them to exit statuses and messages, and library users can switch
 * on `code`.
 */

/** The stable error codes. */
export type ChaffErrorCode =
  /** The input is not a string, Buffer or Uint8Array. */
  | 'E_INPUT_TYPE'
  /** The input has no characters at all (0 bytes, an empty string, or only a byte-order mark). */
  | 'E_EMPTY'
  /** The input is a binary file (image, PDF, archive: by its magic bytes, NUL bytes or control characters). */
  | 'E_BINARY'
  /** The input is larger than `maxBytes`, or splits into more blocks than `maxBlocks`. */
  | 'E_TOO_LARGE'
  /** An option has a wrong type or value. */
  | 'E_OPTIONS'
  /** The encoding label given is unknown. */
  | 'E_ENCODING'
  /** The HTML could not be read, not even without a tree (a bug: please report it with the page). */
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
