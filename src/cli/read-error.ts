/**
 * Read failures as a code and a message, shared by every mode (its own module, so the
 * one-file mode does not load the folder and glob machinery of `files.ts`).
 */
import type { BatchError } from '../batch/types.js';

/** A read failure as a code and a message that says what to do. */
export function readError(e: NodeJS.ErrnoException): BatchError {
  const message =
    e.code === 'ENOENT'
      ? 'no such file; check the path'
      : e.code === 'EISDIR'
        ? 'it is a folder; pass a file'
        : e.code === 'EACCES' || e.code === 'EPERM'
          ? 'permission denied'
          : e.message;
  return { code: 'E_READ', message: `cannot read: ${message}` };
}
