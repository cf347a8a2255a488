/**
 * Runs one case against the target: open a session, prepare the objects, run, clean up, and
 * return the outcome as data. Transport failures end the case with an error, never a throw.
 */
import { CrmcError } from '../core/errors.ts';
import type { CaseOutcome } from '../core/findings.ts';
import { ViolationError } from '../runner/case-recorder.ts';
import { Session } from '../runner/session.ts';
import type { ApiRuntime } from '../runner/api-runtime.ts';
import type { RunSettings } from '../runner/settings.ts';
import { throttleOf } from '../runner/run-gate.ts';
import { markTargetDown, TARGET_DOWN_CODES, targetDown } from '../runner/target-down.ts';
import { plannedTitle, type PlannedCase, type SuiteCase } from './suite-def.ts';

/** Objects no record may be written to are left out; when none is left, every check says why. */
function writableTargets<T>(session: Session, runtime: ApiRuntime<T>, testCase: SuiteCase<T>, targets: T[]): T[] {
  const open: T[] = [];
  for (const target of targets) {
    const blocked = runtime.blocked(target);
    if (blocked === undefined) open.push(target);
    else for (const check of testCase.checks) session.recorder.markSkipped(check, blocked);
  }
  return open;
}

/** `ordinal` is the case's position among its API's cases (see caseOrdinals). */
export async function runCase<T>(settings: RunSettings, runtime: ApiRuntime<T>, planned: PlannedCase<T>, ordinal = 0): Promise<CaseOutcome> {
  const { suite, testCase } = planned;
  const session = await Session.open(settings, runtime as ApiRuntime, suite.name, plannedTitle(planned as PlannedCase), testCase.clauses, ordinal);
  const objects = planned.object === undefined ? settings.objects : [planned.object];
  let error: { code: string; message: string } | undefined = targetDown(settings.runId);
  if (error !== undefined) {
    await session.close();
    return session.recorder.outcome(0, { code: error.code, message: `not run: ${error.message}` });
  }
  try {
    const targets: T[] = [];
    if (testCase.raw !== true) for (const slug of objects) targets.push(await runtime.prepare(session, slug));
    session.stepMark = session.client.mark();
    const open = writableTargets(session, runtime, testCase, targets);
    // Raw cases judge discovery, whose breakage means the target is down; a case with no object left does not run.
    session.judging = testCase.raw !== true && open.length > 0;
    if (testCase.raw === true || open.length > 0) await testCase.run({ session, targets: open });
  } catch (caught) {
    if (caught instanceof ViolationError) session.recorder.recordViolation({ detectedAfter: session.client.requests, ...caught.finding });
    else if (caught instanceof CrmcError) {
      error = { code: caught.code, message: caught.message };
      if (TARGET_DOWN_CODES.has(caught.code)) markTargetDown(settings.runId, error);
    }
    else error = { code: 'CRMC_INTERNAL', message: caught instanceof Error ? caught.message : String(caught) };
  } finally {
    session.judgeReplies();
    await session.cleanup().catch(() => undefined);
    session.judgeServerErrors();
    await session.close();
  }
  const outcome = session.recorder.outcome(session.client.requests, error);
  const throttle = throttleOf(session.client.throttle);
  return throttle === undefined ? outcome : { ...outcome, throttle };
}
