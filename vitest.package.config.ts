import { defineConfig } from 'vitest/config';

// The package as users get it: build, pack, install into an empty project, run the CLI and
// import the library (`npm run test:package`; CI runs it after `npm test`).
export default defineConfig({
  test: {
    include: ['tests/package/pack-install.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
