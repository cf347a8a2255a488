/**
 * Registers a suite's cases as vitest tests (used by suites/<api>/*.test.ts when the CLI runs
 * them). Each test hands its outcome to our reporter through task meta and fails on a MUST
 * finding (any finding with --strict) or a run error.
 */
import { describe, it } from 'vitest';
import '../runner/case-meta.ts';
import { planCases } from './run-conformance.ts';
import { settingsFromEnv } from '../runner/settings.ts';
import { runCase } from './run-case.ts';
import type { ApiRuntime } from '../runner/api-runtime.ts';
import { caseOrdinals, caseTitle, type RunnableApi, type SuiteDef } from './suite-def.ts';

/** Generous: a case stops on its own through per-request timeouts and the run deadline. */
const CASE_TIMEOUT_MS = 10 * 60_000;

/** Registers the suite called `name` of an API (all its suites give the cases their ordinals). */
export function registerSuite<T>(api: RunnableApi<T>, name: string): void {
  const suites = api.suites as readonly SuiteDef[];
  const suite = suites.find((s) => s.name === name);
  if (suite === undefined) throw new Error(`no suite "${name}"`);
  const ordinals = caseOrdinals(suites);
  const settings = settingsFromEnv();
  const cases = planCases({ only: settings.only, ...(settings.shard === undefined ? {} : { shard: settings.shard }) }, [suite]);
  describe(suite.title, () => {
    for (const { testCase } of cases) {
      it(caseTitle(testCase), { timeout: CASE_TIMEOUT_MS }, async ({ task }) => {
        const outcome = await runCase(settings, api.runtime as ApiRuntime, suite, testCase, ordinals.get(testCase));
        task.meta.crmc = outcome;
        if (outcome.error !== undefined) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
        const failing = outcome.findings.filter((f) => f.level === 'MUST' || settings.strict);
        if (failing.length > 0) throw new Error(failing.map((f) => `${f.check} (${f.clauses.join(', ')}): ${f.message}`).join('\n'));
      });
    }
  });
}
