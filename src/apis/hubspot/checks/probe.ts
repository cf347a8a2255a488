/**
 * What a HubSpot judging function needs: where to record verdicts, the contract validators,
 * the object type's world, and the wire log of the current step for evidence. `expectThat`
 * passes a check or fails it with that evidence (MUST failures throw).
 */
import type { OperationValidators } from '../../../contract/operation-validators.ts';
import type { CheckDef } from '../../../core/checks.ts';
import type { Exchange } from '../../../core/findings.ts';
import type { HsWorld } from '../model/world.ts';
import type { CaseRecorder } from '../../../runner/case-recorder.ts';

export interface HsProbe {
  recorder: CaseRecorder;
  operations: OperationValidators;
  world: HsWorld;
  evidence(): Exchange[];
}

/** The write operations of spec/hubspot/openapi.yaml the suites send (the 2026-03 paths). */
export type WriteOp = 'createObject' | 'updateObject' | 'upsertObjects';

export function expectThat(probe: HsProbe, check: CheckDef, ok: boolean, expected: unknown, observed: unknown, message: string, stop = false): boolean {
  if (ok) {
    probe.recorder.pass(check);
    return true;
  }
  // Only a MUST violation stops a case: a SHOULD finding is recorded and the case goes on.
  probe.recorder.fail(check, { message, expected, observed, exchanges: probe.evidence() }, { stop: stop && check.level === 'MUST' });
  return false;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
