/**
 * Replays findings by running again the test case that produced them, with the run's seed and
 * budget, against a target: the case builds its own set-up, the model judges every reply, and
 * the case deletes what it created. A finding is STILL FAILING when its check fails again,
 * FIXED when its check passes and never fails. A finding whose requests raced (writes in
 * flight together) is replayed several times, and is FIXED only when no attempt fails.
 */
import { CrmcError, ERROR_CODES, type ErrorCode } from '../core/errors.ts';
import type { CaseOutcome, Finding } from '../core/findings.ts';
import type { ApiRuntime } from '../runner/api-runtime.ts';
import type { RunSettings } from '../runner/settings.ts';
import { clearTargetDown } from '../runner/target-down.ts';
import { runCase } from './run-case.ts';
import { planCases } from './run-conformance.ts';
import { caseOrdinals, plannedOrdinal, plannedTitle, type PlannedCase, type RunnableApi, type SuiteDef } from './suite-def.ts';

export type ReplayVerdict = 'fixed' | 'still-failing' | 'undecided';

export interface ReplayJudgement {
  verdict: ReplayVerdict;
  reason: string;
  /** The finding the replay drew, when the check failed again. */
  again?: Finding;
}

export interface ReplayResult extends ReplayJudgement {
  finding: Finding;
  racy: boolean;
  /** One judgement per attempt. */
  attempts: ReplayJudgement[];
  /** Records the replayed case could not delete. */
  leftovers: CaseOutcome['leftovers'];
}

/** True when the finding's evidence holds writes that were in flight together. */
export function isRacy(finding: Finding): boolean {
  return finding.exchanges.some((x) => x.raced === true);
}

/** The case of the API's suites that produced the finding, or undefined when this version has none. */
export function caseOf(settings: RunSettings, api: RunnableApi, finding: Finding): PlannedCase | undefined {
  return planCases({ only: [], objects: settings.objects }, api.suites as readonly SuiteDef[]).find((p) => p.suite.name === finding.suite && plannedTitle(p) === finding.testCase);
}

/** How one replayed outcome stands for the finding's check. */
export function judgeOutcome(finding: Finding, outcome: CaseOutcome): ReplayJudgement {
  const again = outcome.findings.find((f) => f.check === finding.check);
  if (again !== undefined) return { verdict: 'still-failing', reason: again.message, again };
  const tally = outcome.tallies.find((t) => t.check === finding.check);
  if (tally !== undefined && tally.failures > 0) return { verdict: 'still-failing', reason: `${finding.check} failed ${times(tally.failures)}` };
  if (tally !== undefined && tally.passes > 0) return { verdict: 'fixed', reason: `${finding.check} passed ${times(tally.passes)} and never failed` };
  if (tally?.skipped !== undefined) return { verdict: 'undecided', reason: `${finding.check} was skipped: ${tally.skipped}` };
  const other = outcome.findings.find((f) => f.level === 'MUST');
  if (other !== undefined) return { verdict: 'undecided', reason: `the case stopped at ${other.check} (${other.message}) before ${finding.check} was judged` };
  return { verdict: 'undecided', reason: `the case never judged ${finding.check}` };
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function errorCode(code: string): ErrorCode {
  return code in ERROR_CODES ? (code as ErrorCode) : 'CRMC_INTERNAL';
}

function combine(attempts: readonly ReplayJudgement[]): ReplayJudgement {
  const failing = attempts.filter((a) => a.verdict === 'still-failing');
  if (failing.length > 0) {
    const first = failing[0]!;
    const count = attempts.length === 1 ? '' : ` (in ${failing.length} of ${attempts.length} attempts)`;
    return { verdict: 'still-failing', reason: `${first.reason}${count}`, ...(first.again === undefined ? {} : { again: first.again }) };
  }
  if (attempts.every((a) => a.verdict === 'fixed')) {
    return { verdict: 'fixed', reason: attempts.length === 1 ? attempts[0]!.reason : `${attempts.length} attempts, every one passed: ${attempts[0]!.reason}` };
  }
  return attempts.find((a) => a.verdict === 'undecided')!;
}

/**
 * Replays findings: each case they came from runs once per attempt (a racy finding gets
 * `racyAttempts`, the others one), and every finding of that case is judged from the same runs.
 * A target that goes down or refuses the setup ends the replay with its error (exit 2).
 */
export async function replayFindings(settings: RunSettings, api: RunnableApi, findings: readonly Finding[], racyAttempts: number): Promise<ReplayResult[]> {
  const ordinals = caseOrdinals(api.suites as readonly SuiteDef[]);
  const byCase = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.suite}\u0000${finding.testCase}`;
    byCase.set(key, [...(byCase.get(key) ?? []), finding]);
  }
  const results: ReplayResult[] = [];
  clearTargetDown(settings.runId);
  for (const group of byCase.values()) {
    const planned = caseOf(settings, api, group[0]!);
    if (planned === undefined) {
      throw new CrmcError('CRMC_USAGE', `the case "${group[0]!.suite} › ${group[0]!.testCase}" is not among this version's suites: replay with the version that wrote the report`);
    }
    const attempts = group.some(isRacy) ? Math.max(1, racyAttempts) : 1;
    const outcomes: CaseOutcome[] = [];
    for (let i = 0; i < attempts; i += 1) {
      // Each attempt writes under its own run id, so a record an earlier attempt left cannot collide.
      const attempt = i === 0 ? settings : { ...settings, runId: `${settings.runId}r${i}` };
      const outcome = await runCase(attempt, api.runtime as ApiRuntime, planned, plannedOrdinal(ordinals, planned, settings.objects));
      if (outcome.error !== undefined) throw new CrmcError(errorCode(outcome.error.code), `the replay could not run: ${outcome.error.message}`);
      outcomes.push(outcome);
    }
    for (const finding of group) {
      const judged = outcomes.map((o) => judgeOutcome(finding, o));
      results.push({ finding, racy: isRacy(finding), attempts: judged, leftovers: outcomes.flatMap((o) => o.leftovers), ...combine(judged) });
    }
  }
  clearTargetDown(settings.runId);
  return results;
}
