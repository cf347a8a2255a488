/**
 * What a judging function needs: where to record verdicts, the validators, and the wire log of
 * the current step for evidence.
 */
import type { OperationValidators } from '../../../contract/operation-validators.ts';
import type { Exchange } from '../../../core/findings.ts';
import type { World } from '../model/world.ts';
import type { CaseRecorder } from '../../../runner/case-recorder.ts';

export interface Probe {
  recorder: CaseRecorder;
  operations: OperationValidators;
  world: World;
  /** Exchanges of the current step (or sequence), oldest first. */
  evidence(): Exchange[];
}

export type OperationId = 'createRecord' | 'assertRecord' | 'patchRecord' | 'getRecord' | 'deleteRecord' | 'updateRelation' | 'getObject';

export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}
