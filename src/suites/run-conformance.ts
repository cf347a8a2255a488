/**
 * The in-process engine: runs every selected case of an API's suites against the target and
 * returns the outcomes. The CLI runs it by default (and the same cases through vitest with
 * --runner vitest); replay, tests and benchmarks call it directly. Cases run `concurrency` at a
 * time (run-id prefixes keep them apart).
 */
import { CrmcError } from '../core/errors.ts';
import type { CaseOutcome } from '../core/findings.ts';
import { runCase } from './run-case.ts';
import { caseOrdinals, plannedOrdinal, plannedTitle, selected, type PlannedCase, type RunnableApi, type SuiteDef } from './suite-def.ts';
import { withDeadline, type RunSettings } from '../runner/settings.ts';
import { dropRunGate } from '../runner/run-gate.ts';
import { clearTargetDown } from '../runner/target-down.ts';
import type { ApiRuntime } from '../runner/api-runtime.ts';

export type { PlannedCase };

/** The cases a run executes, after --only and --shard; a perObject case once per object. */
export function planCases(settings: Pick<RunSettings, 'only' | 'shard'> & { objects?: readonly string[] }, suites: readonly SuiteDef[]): PlannedCase[] {
  const objects = settings.objects ?? [];
  const all = suites.flatMap((suite) =>
    suite.cases.flatMap((testCase): PlannedCase[] => (testCase.perObject === true && objects.length > 1 ? objects.map((object) => ({ suite, testCase, object })) : [{ suite, testCase }])),
  );
  const chosen = all.filter(({ testCase }) => selected(testCase, settings.only));
  const shard = settings.shard;
  return shard === undefined ? chosen : chosen.filter((_, index) => index % shard.count === shard.index - 1);
}

export interface RunHooks {
  onCaseStart?(planned: PlannedCase): void;
  onCaseEnd?(planned: PlannedCase, outcome: CaseOutcome): void;
  /** Once aborted, no further case starts; cases in flight finish, and those never started are left out. */
  stop?: AbortSignal;
}

export async function runConformance<T>(given: RunSettings, api: RunnableApi<T>, hooks: RunHooks = {}): Promise<CaseOutcome[]> {
  const settings = withDeadline(given);
  const suites = api.suites as readonly SuiteDef[];
  const planned = planCases(settings, suites);
  const ordinals = caseOrdinals(suites);
  const outcomes: Array<CaseOutcome | undefined> = new Array(planned.length);
  const deadline = settings.deadlineAt ?? Infinity;
  clearTargetDown(settings.runId);
  let next = 0;
  const lane = async () => {
    while (next < planned.length && hooks.stop?.aborted !== true) {
      const index = next++;
      const item = planned[index]!;
      hooks.onCaseStart?.(item);
      const outcome = Date.now() > deadline ? skippedByDeadline(item) : await runCase(settings, api.runtime as ApiRuntime, item, plannedOrdinal(ordinals, item, settings.objects)).catch((error: unknown) => crashed(item, error));
      outcomes[index] = outcome;
      hooks.onCaseEnd?.(item, outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(settings.concurrency, planned.length)) }, lane));
  clearTargetDown(settings.runId);
  dropRunGate(settings.runId);
  return outcomes.filter((o) => o !== undefined);
}

/** A case whose session could not even open (runCase turns every later failure into an outcome). */
function crashed(planned: PlannedCase, error: unknown): CaseOutcome {
  const code = error instanceof CrmcError ? error.code : 'CRMC_INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  return { ...notRun(planned, message), error: { code, message } };
}

function notRun(planned: PlannedCase, reason: string): CaseOutcome {
  const { suite, testCase } = planned;
  return {
    suite: suite.name,
    testCase: plannedTitle(planned),
    clauses: testCase.clauses,
    tallies: testCase.checks.map((c) => ({ check: c.code, passes: 0, failures: 0, skipped: reason })),
    findings: [],
    requests: 0,
    durationMs: 0,
    leftovers: [],
  };
}

function skippedByDeadline(planned: PlannedCase): CaseOutcome {
  return { ...notRun(planned, 'the run reached its deadline (--max-time)'), error: { code: 'CRMC_DEADLINE', message: 'not run: the run reached its deadline (--max-time)' } };
}
