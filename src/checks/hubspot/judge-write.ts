/**
 * Judges the status of a write against the model's prediction and says what the model should
 * apply: the acceptance, nothing (a refusal), or nothing it can follow (a SHOULD refusal the
 * server accepted without the model knowing what it stored). Error bodies of refusals are
 * judged here too.
 */
import type { CheckDef } from '../../core/checks.ts';
import type { Reply } from '../../http/client.ts';
import type { Accepted, Prediction, Rejection } from '../../model/hubspot/prediction.ts';
import { judgeConflict, judgeErrorBody, judgeNotFound, judgeValidation } from './judge-error.ts';
import { expectThat, type HsProbe, type WriteOp } from './probe.ts';
import { ARCHIVED_NOT_UPDATED, CONTACT_IDENTITY_REQUIRED, CREATE_STATUS_201, UPDATE_ACCEPTED, UPDATE_UNKNOWN_ID_404 } from './record-checks.ts';
import {
  UNIQUE_CREATE_CONFLICT, UNIQUE_UPDATE_CONFLICT, UNIQUE_UPSERT_CONFLICT, UPSERT_BATCH_SHAPE, UPSERT_EMPTY_ID_REJECTED, UPSERT_NON_UNIQUE_ID_PROPERTY,
} from './surface-checks.ts';
import { CHECKBOX_SEVERAL_ACCEPTED, READ_ONLY_REJECTED, REJECTED_BY_RULE, UNKNOWN_PROPERTY_REJECTED } from './value-checks.ts';

export type WriteVerdict = { kind: 'accepted'; accepted: Accepted } | { kind: 'rejected' } | { kind: 'diverged' };

const UNIQUE_BY_OP: Readonly<Record<WriteOp, CheckDef>> = { createObject: UNIQUE_CREATE_CONFLICT, updateObject: UNIQUE_UPDATE_CONFLICT, upsertObjects: UNIQUE_UPSERT_CONFLICT };
const STATUS_BY_OP: Readonly<Record<WriteOp, [number, CheckDef]>> = { createObject: [201, CREATE_STATUS_201], updateObject: [200, UPDATE_ACCEPTED], upsertObjects: [200, UPSERT_BATCH_SHAPE] };

/** The check that owns a refusal. */
export function rejectionCheck(op: WriteOp, rejection: Rejection): CheckDef {
  switch (rejection.reason) {
    case 'invalid-value':
      return REJECTED_BY_RULE[rejection.rule!];
    case 'unknown-property':
      return UNKNOWN_PROPERTY_REJECTED;
    case 'read-only':
      return READ_ONLY_REJECTED;
    case 'no-identity':
      return CONTACT_IDENTITY_REQUIRED;
    case 'unique-conflict':
      return UNIQUE_BY_OP[op];
    case 'not-found':
      return UPDATE_UNKNOWN_ID_404;
    case 'archived':
      return ARCHIVED_NOT_UPDATED;
    case 'empty-id':
      return UPSERT_EMPTY_ID_REJECTED;
    case 'non-unique-id-property':
      return UPSERT_NON_UNIQUE_ID_PROPERTY;
  }
}

function judgeRefusalBody(probe: HsProbe, op: WriteOp, rejection: Rejection, reply: Reply, sent: unknown): void {
  if (rejection.status === 409) judgeConflict(probe, UNIQUE_BY_OP[op], reply, rejection.holder);
  else if (rejection.status === 404) judgeNotFound(probe, reply);
  else if (rejection.reason === 'invalid-value' || rejection.reason === 'unknown-property') judgeValidation(probe, reply, rejection, sent);
  else judgeErrorBody(probe, reply);
}

/** `accept` is charged when an acceptance the sources demand is refused; `sent` is the value at issue. */
export function judgeWrite(probe: HsProbe, op: WriteOp, prediction: Prediction, reply: Reply, accept: CheckDef, sent?: unknown): WriteVerdict {
  const ok = reply.status >= 200 && reply.status < 300;
  if (prediction.outcome !== 'rejected') {
    if (!ok && prediction.level === 'SHOULD') {
      // Several checkbox options are an inferred form: the model follows a server that refuses them.
      expectThat(probe, CHECKBOX_SEVERAL_ACCEPTED, false, 'a 2xx answer', reply.status, `several checkbox options were refused with ${reply.status}`);
      return { kind: 'rejected' };
    }
    if (!ok) expectThat(probe, accept, false, 'a 2xx answer', reply.status, `a valid ${op} was refused with ${reply.status}`, true);
    probe.recorder.pass(prediction.level === 'SHOULD' ? CHECKBOX_SEVERAL_ACCEPTED : accept);
    const [status, statusCheck] = STATUS_BY_OP[op];
    expectThat(probe, statusCheck, reply.status === status, status, reply.status, `a successful ${op} answered ${reply.status}`);
    return { kind: 'accepted', accepted: prediction };
  }
  const check = rejectionCheck(op, prediction);
  if (ok) {
    expectThat(probe, check, false, prediction.status, reply.status, `${op} should be refused (${prediction.reason}: ${prediction.keys.join(', ')}) but answered ${reply.status}`);
    return prediction.ifAccepted === undefined ? { kind: 'diverged' } : { kind: 'accepted', accepted: prediction.ifAccepted };
  }
  expectThat(probe, check, reply.status === prediction.status, prediction.status, reply.status, `${op} refused (${prediction.reason}) with ${reply.status}, expected ${prediction.status}`);
  judgeRefusalBody(probe, op, prediction, reply, sent);
  return { kind: 'rejected' };
}
