/**
 * From command-line inputs (files, folders, globs) to the list of files to process, each
 * with the relative path its output mirrors.
 *
 * - A folder is walked recursively for the --ext extensions; dot-folders, `node_modules`
 *   and the output folder are skipped. Paths mirror from the folder.
 * - A glob (quoted, so the shell leaves it) takes what it matches; paths mirror from the
 *   glob's static prefix (`pages/**\/*.html` → from `pages/`).
 * - A file is taken whatever its extension; its path mirrors from the working folder,
 *   or it is its bare name when it lies outside.
 */
import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import type { BatchError } from '../batch/types.js';
import { readError } from './read-error.js';

/** One file to process. */
export interface InputFile {
  /** Absolute path to read; empty for stdin. */
  path: string;
  /** The path as the user sees it (reports, messages). */
  display: string;
  /** Path relative to its root, with `/`: what the output mirrors. */
  rel: string;
}

/** Inputs that could not be expanded (missing file, empty glob): reported as failures. */
export interface InputProblem {
  display: string;
  error: BatchError;
}

const toPosix = (p: string) => p.split(sep).join('/');
const inside = (rel: string) => rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);

/** The static prefix of a glob: the folders before the first segment with magic. */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

/** Glob ignores for the output folder when it lies inside `root`. */
function ignoreOut(root: string, outAbs: string | undefined): string[] {
  if (!outAbs) return [];
  const rel = relative(root, outAbs);
  return inside(rel) ? [`${escapePath(toPosix(rel))}/**`] : [];
}

/**
 * Expand the inputs. Files come in the order given; each folder's and glob's files in
 * path order. A file reached twice is taken once.
 */
export async function collectInputs(
  args: string[],
  options: { exts: string[]; outAbs?: string; cwd?: string },
): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const cwd = options.cwd ?? process.cwd();
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (path: string, display: string, rel: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, display, rel });
  };
  const extOk = (p: string) => options.exts.includes(extname(p).slice(1).toLowerCase());

  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('')) files.push({ path: '', display: '-', rel: 'stdin' });
      seen.add('');
      continue;
    }
    const abs = resolve(cwd, arg);
    const info = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        if (options.outAbs && abs === options.outAbs) {
          problems.push({
            display: arg,
            error: { code: 'E_USAGE', message: 'is the output folder; outputs are not inputs' },
          });
          continue;
        }
        const found = await glob('**/*', {
          cwd: abs,
          onlyFiles: true,
          dot: false,
          expandDirectories: false,
          followSymbolicLinks: true,
          ignore: ['**/node_modules/**', ...ignoreOut(abs, options.outAbs)],
        });
        const picked = found.filter(extOk).sort();
        if (picked.length === 0) {
          problems.push({
            display: arg,
            error: {
              code: 'E_READ',
              message: `no .${options.exts.join('/.')} files in this folder (see --ext)`,
            },
          });
        }
        for (const rel of picked) add(join(abs, rel), join(arg, rel), rel);
      } else {
        const rel = relative(cwd, abs);
        add(abs, arg, toPosix(inside(rel) ? rel : basename(abs)));
      }
      continue;
    }
    if (isDynamicPattern(arg)) {
      const base = resolve(cwd, globBase(arg));
      const found = await glob(arg, {
        cwd,
        absolute: true,
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
        ignore: ignoreOut(cwd, options.outAbs),
      });
      if (found.length === 0) {
        problems.push({ display: arg, error: { code: 'E_READ', message: 'no files match' } });
      }
      for (const path of found.map((p) => resolve(p)).sort()) {
        const rel = relative(base, path);
        add(path, relative(cwd, path) || path, toPosix(inside(rel) ? rel : basename(path)));
      }
      continue;
    }
    problems.push({ display: arg, error: readError(info) });
  }
  return { files, problems };
}
