import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The conformance suites, run by `crm-conformance run` against a target given in CRMC_SETTINGS.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // The package folder may be read-only (a global install): keep vite's cache out of it.
  cacheDir: join(tmpdir(), 'crm-conformance-vite'),
  test: {
    include: ['suites/**/*.test.ts'],
    pool: 'threads',
    fileParallelism: true,
    isolate: false,
    testTimeout: 10 * 60_000,
    passWithNoTests: true,
  },
});
