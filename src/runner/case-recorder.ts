/**
 * Collects what one test case observes: passes per check, SHOULD findings as they happen, and
 * MUST violations thrown as ViolationError so fast-check can stop, shrink and replay them.
 */
import type { CheckDef } from '../core/checks.ts';
import { orAbsent, type CaseOutcome, type CheckTally, type Exchange, type Finding } from '../core/findings.ts';

export interface Evidence {
  message: string;
  expected: unknown;
  observed: unknown;
  exchanges: Exchange[];
  /** Clauses beyond the check's own that this failure concerns (e.g. the type of the value). */
  extraClauses?: string[];
}

/** Thrown for a MUST violation (or a divergence the model cannot follow). */
export class ViolationError extends Error {
  readonly finding: Finding;
  constructor(finding: Finding) {
    super(`${finding.check}: ${finding.message}`);
    this.name = 'ViolationError';
    this.finding = finding;
  }
}

export const MAX_EXCHANGES = 60;

export class CaseRecorder {
  readonly suite: string;
  readonly testCase: string;
  readonly clauses: string[];
  readonly seed: number;
  private readonly tallies = new Map<string, CheckTally>();
  private readonly findings: Finding[] = [];
  readonly leftovers: CaseOutcome['leftovers'] = [];
  private readonly started = performance.now();
  /** Completes a finding's evidence (the session adds the writes that set it up); by default the last MAX_EXCHANGES. */
  expandEvidence: (exchanges: Exchange[]) => Exchange[] = (exchanges) => exchanges.slice(-MAX_EXCHANGES);

  constructor(suite: string, testCase: string, clauses: string[], seed: number) {
    this.suite = suite;
    this.testCase = testCase;
    this.clauses = clauses;
    this.seed = seed;
  }

  private tally(check: CheckDef): CheckTally {
    let tally = this.tallies.get(check.code);
    if (tally === undefined) {
      tally = { check: check.code, passes: 0, failures: 0 };
      this.tallies.set(check.code, tally);
    }
    return tally;
  }

  pass(check: CheckDef): void {
    this.tally(check).passes += 1;
  }

  markSkipped(check: CheckDef, reason: string): void {
    const tally = this.tally(check);
    tally.skipped ??= reason;
  }

  finding(check: CheckDef, evidence: Evidence): Finding {
    const clauses = [...new Set([...check.clauses, ...(evidence.extraClauses ?? [])])];
    return {
      id: check.code,
      check: check.code,
      clauses,
      level: check.level,
      title: check.title,
      message: evidence.message,
      expected: orAbsent(evidence.expected),
      observed: orAbsent(evidence.observed),
      exchanges: this.expandEvidence(evidence.exchanges),
      suite: this.suite,
      testCase: this.testCase,
      seed: this.seed,
    };
  }

  /**
   * A failed check. SHOULD findings are recorded once per check and the run goes on; MUST
   * findings (and `stop: true`) throw, to be recorded when the shrunk counterexample is known.
   */
  fail(check: CheckDef, evidence: Evidence, options: { stop?: boolean } = {}): void {
    const finding = this.finding(check, evidence);
    if (check.level === 'MUST' || options.stop === true) throw new ViolationError(finding);
    this.tally(check).failures += 1;
    if (!this.findings.some((f) => f.check === check.code)) this.findings.push(finding);
  }

  /** Records a violation that ended a property run, with its counterexample. */
  recordViolation(finding: Finding): void {
    const tally = this.tallies.get(finding.check) ?? { check: finding.check, passes: 0, failures: 0 };
    tally.failures += 1;
    this.tallies.set(finding.check, tally);
    this.findings.push(finding);
  }

  /** True once any check passed or failed in this case: it tested something. */
  exercised(): boolean {
    return this.findings.length > 0 || [...this.tallies.values()].some((t) => t.passes > 0 || t.failures > 0);
  }

  hasFinding(code: string): boolean {
    return this.findings.some((f) => f.check === code);
  }

  outcome(requests: number, error?: { code: string; message: string }): CaseOutcome {
    return {
      suite: this.suite,
      testCase: this.testCase,
      clauses: this.clauses,
      tallies: [...this.tallies.values()],
      findings: [...this.findings],
      requests,
      durationMs: Math.round(performance.now() - this.started),
      leftovers: [...this.leftovers],
      ...(error === undefined ? {} : { error }),
    };
  }
}
