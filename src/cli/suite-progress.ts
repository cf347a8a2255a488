/**
 * A suite's progress as the CLI prints it, once per suite, from its cases' outcomes. Both runners
 * report it (the engine and vitest's reporter); it needs nothing of vitest, so the library's
 * types can name it where vitest is not installed.
 */
import type { CaseOutcome } from '../core/findings.ts';

export interface SuiteProgress {
  suite: string;
  cases: number;
  findings: number;
  requests: number;
  durationMs: number;
  failed: boolean;
  /** Cases in which at least one check passed or failed: 0 means the suite tested nothing. */
  exercised: number;
}

/** A suite's progress line from its cases' outcomes; `wallMs` is the suite's own wall time, when known. */
export function suiteProgress(suite: string, mine: readonly CaseOutcome[], wallMs: number, failed = false): SuiteProgress {
  return {
    suite,
    cases: mine.length,
    findings: mine.reduce((n, o) => n + o.findings.length, 0),
    requests: mine.reduce((n, o) => n + o.requests, 0),
    // The cases' own time: with cases side by side the wall time leaves out most of it.
    durationMs: Math.max(wallMs, mine.reduce((n, o) => n + o.durationMs, 0)),
    failed: failed || mine.some((o) => o.findings.length > 0 || o.error !== undefined),
    exercised: mine.filter((o) => o.tallies.some((t) => t.passes > 0 || t.failures > 0)).length,
  };
}
