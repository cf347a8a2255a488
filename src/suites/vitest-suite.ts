/**
 * Registers an API's cases as vitest tests (used by suites/<api>/*.test.ts when the CLI runs
 * them). Each test hands its outcome to our reporter through task meta and fails on a MUST
 * finding (any finding with --strict) or a run error. `registerApi` puts every suite of an
 * API in one file, so that the suites' cases share one --concurrency budget.
 */
import { describe, it } from 'vitest';
import '../runner/case-meta.ts';
import { planCases } from './run-conformance.ts';
import { settingsFromEnv, type RunSettings } from '../runner/settings.ts';
import { runCase } from './run-case.ts';
import type { ApiRuntime } from '../runner/api-runtime.ts';
import { caseOrdinals, plannedOrdinal, plannedTitle, SUITE_SEPARATOR, type RunnableApi, type SuiteDef } from './suite-def.ts';

/** Generous: a case stops on its own through per-request timeouts and the run deadline. */
const CASE_TIMEOUT_MS = 10 * 60_000;

function register(settings: RunSettings, api: RunnableApi, suite: SuiteDef, flat = false): void {
  const ordinals = caseOrdinals(api.suites as readonly SuiteDef[]);
  const cases = planCases({ only: settings.only, objects: settings.objects, ...(settings.shard === undefined ? {} : { shard: settings.shard }) }, [suite]);
  const block = flat ? (body: () => void) => body() : (body: () => void) => describe(suite.title, body);
  block(() => {
    for (const planned of cases) {
      it(`${flat ? `${suite.name}${SUITE_SEPARATOR}` : ''}${plannedTitle(planned)}`, { timeout: CASE_TIMEOUT_MS, concurrent: flat }, async ({ task }) => {
        const outcome = await runCase(settings, api.runtime as ApiRuntime, planned, plannedOrdinal(ordinals, planned, settings.objects));
        task.meta.crmc = outcome;
        if (outcome.error !== undefined) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
        const failing = outcome.findings.filter((f) => f.level === 'MUST' || settings.strict);
        if (failing.length > 0) throw new Error(failing.map((f) => `${f.check} (${f.clauses.join(', ')}): ${f.message}`).join('\n'));
      });
    }
  });
}

/** Registers the suite called `name` of an API (all its suites give the cases their ordinals). */
export function registerSuite<T>(api: RunnableApi<T>, name: string): void {
  const suite = (api.suites as readonly SuiteDef[]).find((s) => s.name === name);
  if (suite === undefined) throw new Error(`no suite "${name}"`);
  register(settingsFromEnv(), api as RunnableApi, suite);
}

/**
 * Registers every suite of an API, in run order, as one flat list of concurrent tests named
 * `<suite> › <case>`: the cases of all suites share the run's --concurrency slots.
 */
export function registerApi<T>(api: RunnableApi<T>): void {
  const settings = settingsFromEnv();
  for (const suite of api.suites as readonly SuiteDef[]) register(settings, api as RunnableApi, suite, true);
}
