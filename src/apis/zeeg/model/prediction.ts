/**
 * What the model expects a request to do. A rejection names why and how sure the pages are:
 * MUST where the pages demand it, SHOULD where they leave the case open (the model then also
 * says what an acceptance would have done, so a run can go on after a lenient server).
 */
import type { Level } from '../../../contract/clauses.ts';
import type { Values } from './values.ts';

export type RejectReason =
  | 'invalid-value'
  | 'unknown-key'
  | 'unknown-reference'
  | 'unique-conflict'
  | 'missing-matching-attribute'
  | 'unknown-matching-attribute'
  | 'matching-value-absent'
  | 'matching-value-empty'
  | 'not-found'
  | 'bad-relation-attribute'
  | 'empty-relation-lists'
  | 'id-in-both-lists';

export type Prediction =
  | { outcome: 'created'; status: 201; values: Values }
  | { outcome: 'updated'; status: 200; id: string; values: Values }
  | { outcome: 'deleted'; status: 200; id: string }
  | { outcome: 'read'; status: 200; id: string; values: Values }
  | {
      outcome: 'rejected';
      /** The exact status the pages (or our reading) give; `statusClass` is what MUST holds. */
      status: 400 | 404;
      reason: RejectReason;
      level: Level;
      /** Keys of the body involved, for the message. */
      keys: string[];
      /** For SHOULD rejections: what the request does on a server that accepts it. */
      ifAccepted?: Prediction;
    };

export type Rejection = Extract<Prediction, { outcome: 'rejected' }>;

export function reject(reason: RejectReason, keys: string[] = [], status: 400 | 404 = 400, level: Level = 'MUST', ifAccepted?: Prediction): Rejection {
  return { outcome: 'rejected', status, reason, level, keys, ...(ifAccepted === undefined ? {} : { ifAccepted }) };
}
