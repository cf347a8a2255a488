/**
 * vitest is an optional peer dependency: only a "module not found" for vitest itself becomes the
 * usage error naming the runner setting; anything else passes through unchanged.
 */
import { describe, expect, it } from 'vitest';
import { isMissingVitest, loadSuitesRunner, MISSING_VITEST } from '../../src/cli/load-suites-runner.ts';

function notFound(message: string): Error {
  return Object.assign(new Error(message), { code: 'ERR_MODULE_NOT_FOUND' });
}

describe('loadSuitesRunner', () => {
  it('loads the vitest runner where vitest is installed', async () => {
    expect(typeof (await loadSuitesRunner())).toBe('function');
  });

  it.each([
    [notFound("Cannot find package 'vitest' imported from /app/node_modules/crm-conformance/dist/cli/run-suites.js"), true],
    [notFound("Cannot find package 'vitest/node' imported from /x.js"), true],
    [notFound("Cannot find package 'vitest-extra' imported from /x.js"), false],
    [notFound("Cannot find module '/app/dist/cli/run-suites.js'"), false],
    [new Error("Cannot find package 'vitest'"), false],
  ])('knows a missing vitest: %s', (error, missing) => {
    expect(isMissingVitest(error)).toBe(missing);
  });

  it('names every place the runner is set and how to install vitest', () => {
    expect(MISSING_VITEST).toMatch(/--runner, CRM_RUNNER or "runner" in the config file.*npm install --save-dev vitest/);
  });
});
