/**
 * The vitest reporter of a conformance run, and the only one: vitest's own output never shows.
 * It collects each test's CaseOutcome from `testCase.meta().crmc`, turns a test that crashed
 * without one into an outcome carrying the error, and reports progress once per suite: when
 * the last of its cases ends (an API's suites share one flat file, `<suite> › <case>`, and run
 * concurrently), or, for other files, when the file ends.
 */
import { basename } from 'node:path';
import type { Reporter, TestCase, TestModule, TestRunEndReason, TestSpecification } from 'vitest/node';
import { SUITE_SEPARATOR } from '../suites/suite-def.ts';
import type { CaseOutcome } from '../core/findings.ts';
import { suiteProgress, type SuiteProgress } from './suite-progress.ts';
import '../runner/case-meta.ts';

export { suiteProgress, type SuiteProgress } from './suite-progress.ts';

export interface CollectorEvents {
  onStart?(suites: number): void;
  /** The first suite file began its cases (the run's first requests follow). */
  onFirstModule?(): void;
  onSuite?(progress: SuiteProgress): void;
  /** A case ended with this outcome (--max-failures counts its findings). */
  onCase?(outcome: CaseOutcome): void;
}

interface SerializedErrorLike {
  message?: string;
  code?: unknown;
  name?: string;
}

/** The suite name of a test file: fixtures/suites/create.test.ts → create. */
export function suiteName(moduleId: string): string {
  return basename(moduleId).replace(/\.(test|spec|suite)\.[cm]?[jt]s$/, '');
}

function errorOf(errors: readonly SerializedErrorLike[] | undefined): { code: string; message: string } {
  const first = errors?.[0];
  const code = typeof first?.code === 'string' && first.code.startsWith('CRMC_') ? first.code : 'CRMC_INTERNAL';
  const message = (first?.message ?? 'the test failed without an outcome').split('\n')[0]!;
  return { code, message };
}

/** The suite a test of a flat file belongs to (its name up to ` › `), or undefined. */
function suiteOfTest(name: string): string | undefined {
  const at = name.indexOf(SUITE_SEPARATOR);
  return at > 0 ? name.slice(0, at) : undefined;
}

export class OutcomeCollector implements Reporter {
  readonly outcomes: CaseOutcome[] = [];
  /** Run-level problems: suite files that failed to load, errors outside tests. */
  readonly problems: Array<{ code: string; message: string }> = [];
  reason: TestRunEndReason | undefined;
  private readonly events: CollectorEvents;
  /** Outcomes per test file not yet reported in a progress line. */
  private readonly byModule = new Map<string, CaseOutcome[]>();
  /** Cases per suite of a flat file, and the outcomes of those done. */
  private readonly expected = new Map<string, number>();
  private readonly done = new Map<string, CaseOutcome[]>();
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

  private add(testCase: TestCase, outcome: CaseOutcome): void {
    const moduleId = testCase.module.moduleId;
    this.outcomes.push(outcome);
    this.events.onCase?.(outcome);
    const list = this.byModule.get(moduleId) ?? [];
    list.push(outcome);
    this.byModule.set(moduleId, list);
    this.suiteDone(testCase, outcome);
  }

  onTestCaseResult(testCase: TestCase): void {
    const outcome = testCase.meta().crmc;
    if (outcome !== undefined) {
      this.add(testCase, outcome);
      return;
    }
    const result = testCase.result();
    if (result.state !== 'failed') return;
    this.add(testCase, {
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

  /** A flat file names its tests `<suite> › <case>`: count each suite's cases to know when it is done. */
  onTestModuleCollected(testModule: TestModule): void {
    for (const test of testModule.children.allTests()) {
      const suite = suiteOfTest(test.name);
      if (suite !== undefined) this.expected.set(suite, (this.expected.get(suite) ?? 0) + 1);
    }
  }

  /** When the last case of a suite of a flat file ends, its progress line. */
  private suiteDone(testCase: TestCase, outcome: CaseOutcome): void {
    const suite = suiteOfTest(testCase.name);
    if (suite === undefined) return;
    const done = [...(this.done.get(suite) ?? []), outcome];
    this.done.set(suite, done);
    if (done.length < (this.expected.get(suite) ?? Infinity)) return;
    const pending = this.byModule.get(testCase.module.moduleId) ?? [];
    this.byModule.set(testCase.module.moduleId, pending.filter((o) => !done.includes(o)));
    this.progress(outcome.suite, done, 0, false);
  }

  onTestModuleEnd(testModule: TestModule): void {
    const mine = this.byModule.get(testModule.moduleId) ?? [];
    const suite = mine[0]?.suite ?? suiteName(testModule.moduleId);
    const moduleErrors = testModule.errors() as readonly SerializedErrorLike[];
    if (moduleErrors.length > 0) this.problems.push({ ...errorOf(moduleErrors), message: `${suite}: ${errorOf(moduleErrors).message}` });
    if (mine.length === 0 && moduleErrors.length === 0) return;
    this.progress(suite, mine, testModule.diagnostic().duration, testModule.state() === 'failed');
  }

  private progress(suite: string, mine: readonly CaseOutcome[], wallMs: number, failed: boolean): void {
    this.events.onSuite?.(suiteProgress(suite, mine, wallMs, failed));
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedErrorLike>, reason: TestRunEndReason): void {
    this.reason = reason;
    for (const error of unhandledErrors) this.problems.push(errorOf([error]));
  }
}
