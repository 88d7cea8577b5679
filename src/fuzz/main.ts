/**
 * `npm run fuzz -- [--runs N] [--seed S] [--chunk C]`: the robustness properties of
 * `cases.ts` on N generated cases (default 1,000), in chunks of C runs (default 500) with
 * seeds S, S+1, ... so that a long run reports as it goes, and a failure (shrunk to a
 * small counterexample and printed) does not end it. Prints runs, failures and duration;
 * exits 1 if any case failed.
 *
 * @packageDocumentation
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { caseArb, checkCase, loadSeeds } from './cases.js';

function count(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not ${raw}`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      seed: { type: 'string' },
      chunk: { type: 'string' },
      fixtures: { type: 'string' },
    },
  });
  const runs = count(values.runs, 1000, 'runs');
  const seed = count(values.seed, Date.now() % 1_000_000, 'seed');
  const chunk = Math.max(1, count(values.chunk, 500, 'chunk'));
  const seeds = loadSeeds(values.fixtures ?? join(import.meta.dirname, '..', 'test-fixtures'));
  const arb = caseArb(seeds);
  const started = performance.now();
  let done = 0;
  let failures = 0;
  process.stdout.write(`chaff fuzz: ${runs} runs from seed ${seed}, ${chunk} per chunk\n`);
  for (let i = 0; done < runs; i++) {
    const numRuns = Math.min(chunk, runs - done);
    const details = fc.check(fc.property(arb, checkCase), { numRuns, seed: seed + i });
    done += details.numRuns;
    if (details.failed) {
      failures++;
      const ce = details.counterexample?.[0];
      process.stdout.write(
        `FAILED (seed ${seed + i}, path ${details.counterexamplePath}): ${String(details.errorInstance)}\n` +
          `counterexample: ${JSON.stringify(ce, (_k, v) => (v instanceof Uint8Array ? { bytes: Buffer.from(v).toString('base64') } : v)).slice(0, 4000)}\n`,
      );
    }
    const s = (performance.now() - started) / 1000;
    const heap = Math.round(process.memoryUsage().heapUsed / 1e6);
    process.stdout.write(
      `${done} runs, ${failures} failed, ${s.toFixed(0)} s (${(done / s).toFixed(1)}/s), heap ${heap} MB\n`,
    );
    // Let the event loop turn between chunks, as a long-running caller's does.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const s = (performance.now() - started) / 1000;
  process.stdout.write(`done: ${done} runs, ${failures} failed chunks, ${s.toFixed(1)} s\n`);
  return failures ? 1 : 0;
}

process.exitCode = await main();
