/**
 * The run report: what report.json holds (its JSON Schema is spec/report.schema.json) and what
 * every reporter renders. Built from case outcomes by build-report.ts.
 */
import type { Level } from '../contract/clauses.ts';
import type { CheckVerdict, Finding } from '../core/findings.ts';

export type ClauseVerdict = 'passed' | 'failed' | 'skipped' | 'untested' | 'untestable';

export interface ClauseRow {
  id: string;
  level: Level;
  source: string;
  quote: string;
  summary: string;
  reading?: string;
  verdict: ClauseVerdict;
  /** Why the clause was skipped, untested or untestable. */
  reason?: string;
  checks: string[];
  findings: string[];
}

/** CONFORMANT needs evidence: no failing finding and every selected MUST clause exercised. */
export type RunVerdict = 'CONFORMANT' | 'NOT CONFORMANT' | 'INCOMPLETE' | 'STOPPED';

export interface CheckRow {
  code: string;
  title: string;
  level: Level;
  clauses: string[];
  verdict: CheckVerdict;
  passes: number;
  failures: number;
  skipped?: string;
}

/**
 * Findings of one root cause: the same check, level, clauses, operation and shape of
 * difference (see finding-groups.ts for how operation and shape are derived).
 */
export interface FindingGroup {
  /** "G<n>", in the report's order: most severe first. */
  id: string;
  check: string;
  level: Level;
  clauses: string[];
  /** Method and path of the last exchange, ids replaced by {id}, e.g. "PATCH /crm/products/{id}". */
  operation: string;
  /** Expected against observed as kinds, e.g. "201 → 200, reply 200". */
  shape: string;
  count: number;
  /** Id of the smallest finding of the group. */
  example: string;
  findings: string[];
}

/**
 * How the run was held back: its --rate, the target's 429 answers, and the milliseconds its
 * requests waited for the rate and for Retry-After pauses, summed over requests.
 */
export interface RunThrottle {
  rate?: number;
  throttled: number;
  rateWaitMs: number;
  retryAfterWaitMs: number;
}

export interface RunReport {
  schemaVersion: 1;
  tool: { name: 'crm-conformance'; version: string };
  api: string;
  /**
   * The spec judged against (its OpenAPI title and version) and the version of the API it judges
   * (HubSpot's 2026-03, Zeeg's v2); absent in reports of older versions.
   */
  spec?: { title: string; version: string; apiVersion?: string };
  /** The public page of each source file the clauses cite (spec/sources/sources.yaml), by file name. */
  sources?: Record<string, { title: string; url?: string }>;
  /** The server under test, with the settings a replay needs to rebuild the run's requests. */
  target: { baseUrl: string; embedded: boolean; objects: string[]; members?: string[]; apiSettings?: Record<string, string> };
  run: {
    id: string;
    seed: number;
    runs: number;
    strict: boolean;
    /** Set by --allow-untested: exit 0 although MUST clauses were not exercised; the verdict still says INCOMPLETE. */
    allowUntested?: true;
    only: string[];
    shard?: { index: number; count: number };
    startedAt: string;
    finishedAt: string;
    wallMs: number;
    /** How the cases ran (--runner); absent in reports of older versions and in merged ones. */
    runner?: 'engine' | 'vitest';
    /** Set when the run stopped early (deadline, unreachable target …). */
    stopped?: { code: string; message: string };
    /** Set when the run had --rate or the target answered 429. */
    throttle?: RunThrottle;
  };
  summary: {
    /** True only when the verdict is CONFORMANT. */
    conformant: boolean;
    /** Absent in reports of older versions. */
    verdict?: RunVerdict;
    exitCode: 0 | 1 | 2;
    clauses: Record<ClauseVerdict, number>;
    findings: { MUST: number; SHOULD: number };
    requests: number;
    requestsPerSecond: number;
  };
  clauses: ClauseRow[];
  checks: CheckRow[];
  findings: Finding[];
  /** The findings by root cause, most severe first; absent in reports of older versions. */
  groups?: FindingGroup[];
  cases: Array<{ suite: string; testCase: string; clauses: string[]; verdict: CheckVerdict; requests: number; durationMs: number; error?: { code: string; message: string } }>;
  leftovers: Array<{ objectSlug: string; recordId: string; reason: string }>;
  /** Only on a report written although it broke its schema: where and how. */
  schemaProblems?: string[];
}
