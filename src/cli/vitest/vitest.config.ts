import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The run's --concurrency, from the settings the CLI hands over (8 when there are none). */
function concurrency(): number {
  try {
    const value = (JSON.parse(process.env['CRMC_SETTINGS'] ?? '{}') as { concurrency?: unknown }).concurrency;
    return typeof value === 'number' && value >= 1 ? value : 8;
  } catch {
    return 8;
  }
}

// The conformance suites, run by `crm-conformance run --runner vitest` against a target given in
// CRMC_SETTINGS. Cases are independent (run-id prefixes keep them apart), so they run concurrently:
// the suites of the run's API share one file (conformance.test.ts beside this config), where --concurrency cases are
// in flight. The same config serves the sources (.ts) and the compiled package (.js), which may
// sit under a node_modules folder: hence no exclude.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The package folder may be read-only (a global install): keep vite's cache out of it.
  cacheDir: join(tmpdir(), 'crm-conformance-vite'),
  test: {
    include: ['*.test.ts', '*.test.js'],
    exclude: [],
    pool: 'threads',
    fileParallelism: true,
    isolate: false,
    sequence: { concurrent: true },
    maxConcurrency: concurrency(),
    testTimeout: 10 * 60_000,
    passWithNoTests: true,
  },
});
