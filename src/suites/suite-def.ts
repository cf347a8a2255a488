/**
 * A suite is a named list of cases; a case names the clauses and checks it covers and runs
 * against a prepared session. The same definitions run under vitest (suites/zeeg/*.test.ts,
 * through the CLI) and in-process (runConformance), so both paths judge identically.
 */
import type { CheckDef } from '../core/checks.ts';
import type { ApiRuntime } from '../runner/api-runtime.ts';
import type { Session } from '../runner/session.ts';

/** `Target` is what the API's runtime prepares for each object under test. */
export interface CaseContext<Target = unknown> {
  session: Session;
  /** The objects under test, discovered and prepared (anchors for relations created); empty for raw cases. */
  targets: Target[];
}

export interface SuiteCase<Target = unknown> {
  title: string;
  clauses: string[];
  checks: CheckDef[];
  /** Raw cases judge discovery itself, so the objects are not prepared for them. */
  raw?: boolean;
  /** A long case that judges each object alone: it is planned once per object, and these run side by side. */
  perObject?: boolean;
  run(context: CaseContext<Target>): Promise<void>;
}

/**
 * The ordinal of a planned case: its case's, and for a perObject case one more block of
 * ordinals per object, so the copies for different objects never share unique values (one
 * object's anchors may live in another's).
 */
export function plannedOrdinal(ordinals: ReadonlyMap<SuiteCase<never> | SuiteCase, number>, planned: PlannedCase, objects: readonly string[]): number {
  const base = ordinals.get(planned.testCase) ?? 0;
  return planned.object === undefined ? base : base + (objects.indexOf(planned.object) + 1) * ordinals.size;
}

/** How a flat suites file joins a suite's name and a case's title into a test name. */
export const SUITE_SEPARATOR = ' › ';

/** A case as a run executes it: for a perObject case, one of the objects. */
export interface PlannedCase<Target = unknown> {
  suite: SuiteDef<Target>;
  testCase: SuiteCase<Target>;
  object?: string;
}

/** A planned case's title: the case's own, and its object when it is planned per object. */
export function plannedTitle(planned: PlannedCase<never> | PlannedCase): string {
  return `${caseTitle(planned.testCase as SuiteCase)}${planned.object === undefined ? '' : ` (${planned.object})`}`;
}

export interface SuiteDef<Target = unknown> {
  name: string;
  title: string;
  cases: SuiteCase<Target>[];
}

export function defineSuite<Target>(name: string, title: string, cases: SuiteCase<Target>[]): SuiteDef<Target> {
  return { name, title, cases };
}

/** What a run needs of an API: its runtime and its suites, in run order. */
export interface RunnableApi<Target = unknown> {
  runtime: ApiRuntime<Target>;
  suites: readonly SuiteDef<Target>[];
}

/** A case's full title, led by the clause ids it covers (vitest and the reports show it). */
export function caseTitle(testCase: SuiteCase): string {
  return `${testCase.clauses.join(' ')}: ${testCase.title}`;
}

/** Each case's position among the cases of its API's suites, in run order. */
export function caseOrdinals(suites: readonly SuiteDef[]): ReadonlyMap<SuiteCase, number> {
  return new Map(suites.flatMap((suite) => suite.cases).map((testCase, index) => [testCase, index] as const));
}

/** Whether --only selects a case: by any of its clause ids or check codes. */
export function selected(testCase: SuiteCase, only: readonly string[]): boolean {
  if (only.length === 0) return true;
  const wanted = new Set(only.map((s) => s.toUpperCase()));
  return testCase.clauses.some((c) => wanted.has(c)) || testCase.checks.some((c) => wanted.has(c.code) || c.clauses.some((id) => wanted.has(id)));
}
