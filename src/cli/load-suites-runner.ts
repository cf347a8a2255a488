/**
 * Loads the vitest runner of `run --runner vitest`. vitest is an optional peer dependency of the
 * package: the default runner (the engine) never loads it, and a run that asks for vitest where it
 * is not installed stops before it starts anything, with a usage error (exit 2) naming the setting.
 */
import { CrmcError } from '../core/errors.ts';
import type { runSuites } from './run-suites.ts';

/** True when `error` says the module `vitest` (or one of its entries) cannot be found. */
export function isMissingVitest(error: unknown): boolean {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== 'ERR_MODULE_NOT_FOUND') return false;
  return /['"]vitest(\/[\w/.-]*)?['"]/.test(error.message);
}

export const MISSING_VITEST =
  'the runner "vitest" (--runner, CRM_RUNNER or "runner" in the config file) needs vitest, an optional peer ' +
  'dependency that is not installed: run "npm install --save-dev vitest@^4.1", or leave the runner at "engine"';

/** The vitest runner, or CRMC_USAGE when vitest is not installed. */
export async function loadSuitesRunner(): Promise<typeof runSuites> {
  try {
    return (await import('./run-suites.ts')).runSuites;
  } catch (error) {
    if (isMissingVitest(error)) throw new CrmcError('CRMC_USAGE', MISSING_VITEST, { cause: error });
    throw error;
  }
}
