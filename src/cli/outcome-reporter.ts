/**
 * The vitest reporter of a conformance run, and the only one: vitest's own output never shows.
 * It collects each test's CaseOutcome from `testCase.meta().crmc`, turns a test that crashed
 * without one into an outcome carrying the error, and reports progress once per suite file.
 */
import { basename } from 'node:path';
import type { Reporter, TestCase, TestModule, TestRunEndReason, TestSpecification } from 'vitest/node';
import type { CaseOutcome } from '../core/findings.ts';
import '../runner/case-meta.ts';

export interface SuiteProgress {
  suite: string;
  cases: number;
  findings: number;
  requests: number;
  durationMs: number;
  failed: boolean;
}

export interface CollectorEvents {
  onStart?(suites: number): void;
  /** The first suite file began its cases (the run's first requests follow). */
  onFirstModule?(): void;
  onSuite?(progress: SuiteProgress): void;
}

interface SerializedErrorLike {
  message?: string;
  code?: unknown;
  name?: string;
}

/** The suite name of a test file: suites/zeeg/assert.test.ts → assert. */
export function suiteName(moduleId: string): string {
  return basename(moduleId).replace(/\.(test|spec|suite)\.[cm]?[jt]s$/, '');
}

function errorOf(errors: readonly SerializedErrorLike[] | undefined): { code: string; message: string } {
  const first = errors?.[0];
  const code = typeof first?.code === 'string' && first.code.startsWith('CRMC_') ? first.code : 'CRMC_INTERNAL';
  const message = (first?.message ?? 'the test failed without an outcome').split('\n')[0]!;
  return { code, message };
}

export class OutcomeCollector implements Reporter {
  readonly outcomes: CaseOutcome[] = [];
  /** Run-level problems: suite files that failed to load, errors outside tests. */
  readonly problems: Array<{ code: string; message: string }> = [];
  reason: TestRunEndReason | undefined;
  private readonly events: CollectorEvents;
  /** Outcomes per test file, for the progress line (a file's suite name may differ from its file name). */
  private readonly byModule = new Map<string, CaseOutcome[]>();
  private started = false;

  constructor(events: CollectorEvents = {}) {
    this.events = events;
  }

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    this.events.onStart?.(specifications.length);
  }

  onTestModuleStart(): void {
    if (this.started) return;
    this.started = true;
    this.events.onFirstModule?.();
  }

  private add(moduleId: string, outcome: CaseOutcome): void {
    this.outcomes.push(outcome);
    const list = this.byModule.get(moduleId) ?? [];
    list.push(outcome);
    this.byModule.set(moduleId, list);
  }

  onTestCaseResult(testCase: TestCase): void {
    const outcome = testCase.meta().crmc;
    if (outcome !== undefined) {
      this.add(testCase.module.moduleId, outcome);
      return;
    }
    const result = testCase.result();
    if (result.state !== 'failed') return;
    this.add(testCase.module.moduleId, {
      suite: suiteName(testCase.module.moduleId),
      testCase: testCase.fullName,
      clauses: [],
      tallies: [],
      findings: [],
      requests: 0,
      durationMs: testCase.diagnostic()?.duration ?? 0,
      leftovers: [],
      error: errorOf(result.errors as readonly SerializedErrorLike[]),
    });
  }

  onTestModuleEnd(testModule: TestModule): void {
    const mine = this.byModule.get(testModule.moduleId) ?? [];
    const suite = mine[0]?.suite ?? suiteName(testModule.moduleId);
    const moduleErrors = testModule.errors() as readonly SerializedErrorLike[];
    if (moduleErrors.length > 0) this.problems.push({ ...errorOf(moduleErrors), message: `${suite}: ${errorOf(moduleErrors).message}` });
    this.events.onSuite?.({
      suite,
      cases: mine.length,
      findings: mine.reduce((n, o) => n + o.findings.length, 0),
      requests: mine.reduce((n, o) => n + o.requests, 0),
      // The cases' own time: with shared workers the module's duration leaves out most of it.
      durationMs: Math.max(testModule.diagnostic().duration, mine.reduce((n, o) => n + o.durationMs, 0)),
      failed: testModule.state() === 'failed' || mine.some((o) => o.findings.length > 0 || o.error !== undefined),
    });
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedErrorLike>, reason: TestRunEndReason): void {
    this.reason = reason;
    for (const error of unhandledErrors) this.problems.push(errorOf([error]));
  }
}
