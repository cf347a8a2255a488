/**
 * What the model expects of a write: accepted (created or updated, with the record's values
 * afterwards) or refused with a status, a reason and how sure the sources are. A SHOULD
 * refusal also says what a server that accepts the request does, when the model can tell.
 */
import type { Level } from '../../../core/checks.ts';
import type { ShouldForm, ValueRule, Values } from './values.ts';

export type RejectReason = 'invalid-value' | 'unknown-property' | 'read-only' | 'no-identity' | 'unique-conflict' | 'not-found' | 'archived' | 'empty-id' | 'non-unique-id-property';

export interface Accepted {
  outcome: 'created' | 'updated';
  /** The record updated; unset for a create. */
  id?: string;
  values: Values;
  /** SHOULD when only our reading accepts the request (a value in a SHOULD form). */
  level: Level;
  /** The SHOULD form that makes the level SHOULD (the first sent), and the form of each property sent in one. */
  form?: ShouldForm;
  forms?: Readonly<Record<string, ShouldForm>>;
}

export interface Rejection {
  outcome: 'rejected';
  status: 400 | 404 | 409;
  reason: RejectReason;
  level: Level;
  /** The properties involved. */
  keys: string[];
  rule?: ValueRule;
  /** For a conflict: the record holding the value. */
  holder?: string;
  /** For SHOULD refusals: the outcome on a server that accepts, when the model can tell. */
  ifAccepted?: Accepted;
}

export type Prediction = Accepted | Rejection;

export function rejection(status: Rejection['status'], reason: RejectReason, keys: string[], level: Level, extra: Partial<Rejection> = {}): Rejection {
  return { outcome: 'rejected', status, reason, level, keys, ...extra };
}
