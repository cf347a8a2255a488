/**
 * A fresh model for one focused scenario: empty state, the object's write plan, a new prefix.
 */
import { EMPTY_STATE } from '../model/state.ts';
import type { Session } from '../../../runner/session.ts';
import type { ModelBox } from './model-box.ts';
import { planWrites } from './write-plan.ts';
import { type ObjectUnderTest } from './target.ts';

/** With a `trail`, every write and read the box's steps send is listed there as sent. */
export function freshBox(session: Session, target: ObjectUnderTest, trail?: ModelBox['trail']): ModelBox {
  return { state: EMPTY_STATE, target, plan: planWrites(target.world), prefix: session.nextPrefix(), serials: session.serials, ...(trail === undefined ? {} : { trail }) };
}
