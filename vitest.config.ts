import { defineConfig } from 'vitest/config';

// The project's own tests. The conformance suites under suites/ have their own config and are
// run by the CLI against a target (see src/runner).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
