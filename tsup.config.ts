import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + declarations. jsdom and readability stay external and are
    // only imported lazily by the HTML path.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
    // import.meta.url in the CJS build, for the lazy require of jsdom and cheerio.
    shims: true,
  },
  {
    // The CLI and dev tools: ESM only, with a shebang kept from the source. `worker` is the
    // worker-thread entry of separateMany (found beside the module that starts the pool,
    // for the library and the CLI alike); `bench` is `npm run bench`, `bench-batch` is
    // `npm run bench:batch`; `rules-triggers` is `npm run rules:triggers`; `fuzz` is
    // `npm run fuzz` (fast-check, a dev dependency, stays external).
    entry: {
      cli: 'src/cli/main.ts',
      eval: 'src/eval/main.ts',
      worker: 'src/batch/worker.ts',
      bench: 'src/bench/speed.ts',
      'bench-batch': 'src/bench/batch.ts',
      'rules-triggers': 'src/rules/generate-triggers.ts',
      fuzz: 'src/fuzz/main.ts',
    },
    external: ['fast-check'],
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    splitting: true,
    shims: true,
  },
]);
