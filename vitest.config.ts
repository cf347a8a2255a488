import { defineConfig } from 'vitest/config';

// The project's own tests. The conformance suites under suites/ have their own config and are
// run by the CLI against a target (see src/runner).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Packing and installing the package runs on its own (`npm run test:package`, and in CI).
    exclude: ['tests/package/pack-install.test.ts', '**/node_modules/**'],
    // Hang guards only, never a speed bound: a test asserts behaviour (codes, requests,
    // attempts), and a loaded 2-core machine running two `npm test`s side by side is slow, not wrong.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
