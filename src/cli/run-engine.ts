/**
 * Runs the conformance suites in this process with the engine (`runConformance`), the CLI's
 * default runner: the same cases, settings and outcomes as through vitest (`--runner vitest`,
 * run-suites.ts), without vitest's start-up and worker. Progress is reported once per suite, when
 * its last case ends; --max-failures and Ctrl-C stop new cases from starting (cases in flight
 * finish and clean up); --max-time is fixed as the engine starts, just before its first request.
 */
import type { CaseOutcome } from '../core/findings.ts';
import type { RunSettings } from '../runner/settings.ts';
import { planCases, runConformance } from '../suites/run-conformance.ts';
import type { RunnableApi } from '../suites/suite-def.ts';
import { FailureBudget } from './failure-budget.ts';
import { suiteProgress, type CollectorEvents, type SuiteProgress } from './outcome-reporter.ts';
import type { SuitesResult } from './run-suites.ts';

/** Counts each suite's planned cases and reports the suite when the last of them ends. */
class SuiteTally {
  private readonly left = new Map<string, number>();
  private readonly done = new Map<string, CaseOutcome[]>();
  private readonly started = performance.now();

  constructor(
    suites: readonly string[],
    private readonly onSuite: ((progress: SuiteProgress) => void) | undefined,
  ) {
    for (const suite of suites) this.left.set(suite, (this.left.get(suite) ?? 0) + 1);
  }

  add(outcome: CaseOutcome): void {
    const mine = [...(this.done.get(outcome.suite) ?? []), outcome];
    this.done.set(outcome.suite, mine);
    if (mine.length < (this.left.get(outcome.suite) ?? Infinity)) return;
    this.onSuite?.(suiteProgress(outcome.suite, mine, Math.round(performance.now() - this.started)));
  }
}

/** The first Ctrl-C stops new cases (so those in flight clean up); a second one quits at once. Returns the detach. */
export function onInterrupt(stop: AbortController): () => void {
  const handler = (): void => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort('interrupted');
  };
  process.on('SIGINT', handler);
  return () => process.off('SIGINT', handler);
}

/** `stop` aborted with any reason but the budget's is an interruption (Ctrl-C aborts it). */
export async function runEngine(settings: RunSettings, api: RunnableApi, events: CollectorEvents = {}, stop = new AbortController()): Promise<SuitesResult> {
  const budget = new FailureBudget(settings, () => stop.abort('budget'));
  const planned = planCases(settings, api.suites);
  const tally = new SuiteTally(planned.map((p) => p.suite.name), events.onSuite);
  events.onStart?.(new Set(planned.map((p) => p.suite.name)).size);
  events.onFirstModule?.();
  const detach = onInterrupt(stop);
  let outcomes: CaseOutcome[];
  try {
    outcomes = await runConformance(settings, api, {
      stop: stop.signal,
      onCaseEnd: (_planned, outcome) => {
        tally.add(outcome);
        events.onCase?.(outcome);
        budget.add(outcome);
      },
    });
  } finally {
    detach();
  }
  const spent = budget.stopped();
  if (spent !== undefined) return { outcomes, stopped: spent };
  if (stop.signal.aborted) return { outcomes, stopped: { code: 'CRMC_INTERNAL', message: 'the run was interrupted' } };
  if (outcomes.some((o) => o.error?.code === 'CRMC_DEADLINE')) {
    return { outcomes, stopped: { code: 'CRMC_DEADLINE', message: `the run reached --max-time ${settings.maxTimeMs} ms` } };
  }
  const caseError = outcomes.find((o) => o.error !== undefined)?.error;
  return caseError === undefined ? { outcomes } : { outcomes, stopped: caseError };
}
