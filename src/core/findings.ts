/**
 * The data every layer passes on: recorded exchanges, findings and per-check tallies.
 * Checks produce these; reporters only format them.
 */
import type { Level } from './checks.ts';

export type { Level };

/** One request and what came back, as sent on the wire (credentials already redacted). */
export interface Exchange {
  /** 1-based position in the run's wire log. */
  seq: number;
  /** Which command or step sent it, e.g. "AssertExisting" or "cleanup". */
  step: string;
  request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    /** The body exactly as sent, or undefined for none. */
    body?: string;
    /** Which credential the request carried (the header itself is redacted): replay sends the same kind. */
    auth?: 'write' | 'read' | 'none' | 'unknown';
  };
  response?: {
    status: number;
    headers: Record<string, string>;
    /** The body as received, cut at the read limit. */
    body: string;
    truncated: boolean;
  };
  /** Set when no usable response arrived (refused, timeout, reset, too large …). */
  error?: { code: string; message: string };
  durationMs: number;
  /** Set on a write sent while another write of the same case was in flight (a race). */
  raced?: true;
}

/**
 * What a finding holds where the target sent nothing at all (a property or field that read back
 * absent): JSON has no undefined, and a report must be able to say "absent" as a value.
 */
export const ABSENT = Object.freeze({ absent: true }) as { readonly absent: true };

/** The value itself, or ABSENT for undefined. */
export function orAbsent(value: unknown): unknown {
  return value === undefined ? ABSENT : value;
}

/** True for ABSENT (also as read back from report.json). */
export function isAbsent(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && (value as { absent?: unknown }).absent === true;
}

export interface Finding {
  /** Stable within one report: "<check code>#<n>". */
  id: string;
  check: string;
  clauses: string[];
  level: Level;
  title: string;
  message: string;
  expected: unknown;
  observed: unknown;
  /** The exchanges that led to the finding, in order; the last one is usually the offending one. */
  exchanges: Exchange[];
  suite: string;
  /** The test case that produced it. */
  testCase: string;
  seed: number;
  /** fast-check replay path of the shrunk counterexample, when there is one. */
  path?: string;
  /** The shrunk command sequence or property input, printed one step a line. */
  counterexample?: string[];
  /** Requests the case had sent when the violation was first seen (before any shrinking). */
  detectedAfter?: number;
}

export type CheckVerdict = 'passed' | 'failed' | 'skipped';

/** What one check did in one test case. */
export interface CheckTally {
  check: string;
  passes: number;
  failures: number;
  /** Set when the check could not run against this target, with the reason. */
  skipped?: string;
}

/**
 * How the target held a case back: 429 answers, and the milliseconds its requests waited for
 * the run's --rate and for Retry-After pauses, summed over requests (ten requests waiting one
 * second add ten seconds).
 */
export interface ThrottleCounts {
  throttled: number;
  rateWaitMs: number;
  retryAfterWaitMs: number;
}

/** Everything one test case of a suite produced; serialisable (it crosses worker boundaries). */
export interface CaseOutcome {
  suite: string;
  testCase: string;
  clauses: string[];
  tallies: CheckTally[];
  findings: Finding[];
  requests: number;
  durationMs: number;
  /** Records the case created and could not delete afterwards. */
  leftovers: Array<{ objectSlug: string; recordId: string; reason: string }>;
  /** A run-level problem that stopped the case (unreachable target, deadline …). */
  error?: { code: string; message: string };
  /** Set when the case was throttled or paced at all. */
  throttle?: ThrottleCounts;
}
