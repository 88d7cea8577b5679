/**
 * Atomic file output: every file is written in full to a temporary file in the output
 * folder, then renamed over its target (a rename within one file system is atomic), so a
 * run that is killed leaves either the old file or the new one, never half a file.
 *
 * Temporary files of one run live in `<root>/.chaff-tmp/<pid>-<random>/`; the run removes
 * that folder when it ends or is interrupted, and a later run removes folders of runs that
 * are no longer alive (a `kill -9` gives no chance to clean up).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Name of the folder of temporary files inside an output root. */
export const TEMP_DIR = '.chaff-tmp';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes files under one root atomically. */
export class AtomicWriter {
  readonly tempDir: string;
  private n = 0;
  private made = false;

  constructor(readonly root: string) {
    this.tempDir = join(root, TEMP_DIR, `${process.pid}-${randomBytes(4).toString('hex')}`);
  }

  /** Remove temporary folders left by runs that died (their pid is gone). */
  static sweep(root: string): void {
    const base = join(root, TEMP_DIR);
    let names: string[];
    try {
      names = readdirSync(base);
    } catch {
      return;
    }
    for (const name of names) {
      const pid = Number(name.split('-')[0]);
      if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) {
        rmSync(join(base, name), { recursive: true, force: true });
      }
    }
    try {
      rmdirSync(base);
    } catch {
      // Not empty (another run is writing) or gone: fine.
    }
  }

  /** Write `data` to `target` (creating its folders) so that it appears whole or not at all. */
  async write(target: string, data: string | Uint8Array): Promise<void> {
    if (!this.made) {
      await mkdir(this.tempDir, { recursive: true });
      this.made = true;
    }
    const temp = join(this.tempDir, `${this.n++}-${basename(target)}`);
    await writeFile(temp, data);
    await mkdir(dirname(target), { recursive: true });
    try {
      await rename(temp, target);
    } catch (e) {
      // The target folder is on another file system (a symlink out of the root): write a
      // temporary file beside the target instead, then rename it.
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      await rm(temp, { force: true });
      const beside = join(dirname(target), `.${basename(target)}.${process.pid}.chaff-tmp`);
      await writeFile(beside, data);
      await rename(beside, target);
    }
  }

  /** Remove this run's temporary files (synchronous: safe in signal and exit handlers). */
  cleanupSync(): void {
    rmSync(this.tempDir, { recursive: true, force: true });
    try {
      rmdirSync(join(this.root, TEMP_DIR));
    } catch {
      // Another run's files are still there, or the folder is gone.
    }
  }
}

/** Write one file atomically, outside any output root (reports, manifests). */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** The synchronous twin of {@link writeFileAtomic}, for signal handlers. */
export function writeFileAtomicSync(target: string, data: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
