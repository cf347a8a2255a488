/**
 * One-shot judging for focused cases: pass the check or fail it with evidence from the
 * current step. MUST failures throw and end the case; SHOULD failures are recorded.
 */
import type { Probe } from '../checks/probe.ts';
import type { CheckDef } from '../../../core/checks.ts';

export function expectThat(probe: Probe, check: CheckDef, ok: boolean, expected: unknown, observed: unknown, message: string): boolean {
  if (ok) {
    probe.recorder.pass(check);
    return true;
  }
  probe.recorder.fail(check, { message, expected, observed, exchanges: probe.evidence() });
  return false;
}
