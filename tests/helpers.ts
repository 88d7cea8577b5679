import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');
export const CLI = join(DIST, 'cli.js');
export const REFERENCE = join(ROOT, 'test-fixtures', 'media-line-alaska');

/** Tests of the built package need `npm run build` first (`npm test` does it). */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.js')) || !existsSync(CLI)) {
    throw new Error('dist/ is missing: run `npm run build` (npm test runs it first)');
  }
}
