/**
 * The model side of a model-based run: the pure state plus what the commands need to build
 * requests (world, write plan, the sequence prefix).
 */
import type { ModelState } from '../model/state.ts';
import type { UniqueSerials } from '../../../runner/unique-values.ts';
import type { WritePlan } from './write-plan.ts';
import { type ObjectUnderTest } from './target.ts';

export interface ModelBox {
  state: ModelState;
  readonly target: ObjectUnderTest;
  readonly plan: WritePlan;
  readonly prefix: string;
  /** The case's source of unique numbers and dates for required attributes. */
  readonly serials: UniqueSerials;
  /** The requests of a property run so far, as sent, for its counterexample. */
  readonly trail?: { add(step: string): void };
}

/** A live record picked by a generated index (commands are generated before the state exists). */
export function pickRecord(box: ModelBox, pick: number) {
  const records = box.state.records;
  return records.length === 0 ? undefined : records[pick % records.length];
}
