/**
 * Judges the status of a write against the model's prediction and says what the model should
 * apply: the acceptance, nothing (a refusal), or nothing it can follow (a SHOULD refusal the
 * server accepted without the model knowing what it stored). Error bodies of refusals are
 * judged here too. A refusal naming properties the request did not carry is the suites' own
 * ignorance (facts B7): no verdict, the names go back to the caller to learn.
 */
import type { CheckDef } from '../../../core/checks.ts';
import type { Reply } from '../../../http/client.ts';
import type { Accepted, Prediction, Rejection } from '../model/prediction.ts';
import { judgeConflict, judgeErrorBody, judgeNotFound, judgeValidation } from './judge-error.ts';
import { expectThat, type HsProbe, type WriteOp } from './probe.ts';
import { ARCHIVED_NOT_UPDATED, CONTACT_IDENTITY_REQUIRED, CREATE_STATUS_201, UPDATE_ACCEPTED, UPDATE_UNKNOWN_ID_404 } from './record-checks.ts';
import {
  CONFLICT_STATUS, UNIQUE_CREATE_CONFLICT, UNIQUE_UPDATE_CONFLICT, UNIQUE_UPSERT_CONFLICT, UPSERT_BATCH_SHAPE, UPSERT_EMPTY_ID_REJECTED,
  UPSERT_NON_UNIQUE_ID_PROPERTY, UPSERT_NON_UNIQUE_STATUS,
} from './surface-checks.ts';
import { ACCEPTED_BY_FORM, READ_ONLY_REJECTED, REJECTED_BY_RULE, UNKNOWN_PROPERTY_REJECTED } from './value-checks.ts';
import { listsErrors, namedProperties, tookWrite, unsentNames } from './refusal-names.ts';

/** `ignorant`: refused for properties the request did not carry (`names`); nothing is judged. */
export type WriteVerdict = { kind: 'accepted'; accepted: Accepted } | { kind: 'rejected' } | { kind: 'diverged' } | { kind: 'ignorant'; names: string[] };

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

/**
 * The check charged for the status of a refusal: the sources give 409 only for duplicates on
 * create, and no status for an idProperty that is not unique, so those statuses are SHOULD.
 */
function refusalStatusCheck(op: WriteOp, rejection: Rejection): CheckDef {
  if (rejection.reason === 'unique-conflict' && op !== 'createObject') return CONFLICT_STATUS;
  if (rejection.reason === 'non-unique-id-property') return UPSERT_NON_UNIQUE_STATUS;
  return rejectionCheck(op, rejection);
}

function judgeRefusalBody(probe: HsProbe, op: WriteOp, rejection: Rejection, reply: Reply, sent: unknown): void {
  if (rejection.status === 409) judgeConflict(probe, op === 'createObject' ? UNIQUE_CREATE_CONFLICT : CONFLICT_STATUS, reply, rejection.holder);
  else if (rejection.status === 404) judgeNotFound(probe, reply);
  else if (rejection.reason === 'invalid-value' || rejection.reason === 'unknown-property') judgeValidation(probe, reply, rejection, sent);
  else judgeErrorBody(probe, reply);
}

/** A refusal of a write the model predicts refused: refused it is, then its status and body. */
function judgeRefusal(probe: HsProbe, op: WriteOp, prediction: Rejection, reply: Reply, sent: unknown, body: Readonly<Record<string, unknown>>): WriteVerdict {
  const check = rejectionCheck(op, prediction);
  const unsent = reply.status === prediction.status ? [] : unsentNames(probe.world, reply, body);
  if (unsent.length > 0) return { kind: 'ignorant', names: unsent };
  if (tookWrite(reply)) {
    expectThat(probe, check, false, prediction.status, reply.status, `${op} should be refused (${prediction.reason}: ${prediction.keys.join(', ')}) but answered ${reply.status}`);
    return prediction.ifAccepted === undefined ? { kind: 'diverged' } : { kind: 'accepted', accepted: prediction.ifAccepted };
  }
  const statusCheck = refusalStatusCheck(op, prediction);
  if (statusCheck !== check) probe.recorder.pass(check);
  // An upsert may refuse one input with 207 listing it (facts B8): a documented shape, no body to judge.
  if (op === 'upsertObjects' && listsErrors(reply)) {
    probe.recorder.pass(statusCheck);
    return { kind: 'rejected' };
  }
  expectThat(probe, statusCheck, reply.status === prediction.status, prediction.status, reply.status, `${op} refused (${prediction.reason}) with ${reply.status}, expected ${prediction.status}`);
  if (reply.status >= 400) judgeRefusalBody(probe, op, prediction, reply, sent);
  return { kind: 'rejected' };
}

/**
 * `accept` is charged when an acceptance the sources demand is refused; `sent` is the value at
 * issue and `body` the properties the request carried (for a refusal naming others).
 */
export function judgeWrite(probe: HsProbe, op: WriteOp, prediction: Prediction, reply: Reply, accept: CheckDef, sent?: unknown, body: Readonly<Record<string, unknown>> = {}): WriteVerdict {
  if (prediction.outcome === 'rejected') return judgeRefusal(probe, op, prediction, reply, sent, body);
  if (!tookWrite(reply)) {
    const names = unsentNames(probe.world, reply, body);
    if (names.length > 0) return { kind: 'ignorant', names };
    // With values in SHOULD forms, the refusal is charged to the form of a property it names (or the first).
    const named = namedProperties(probe.world, reply).find((name) => prediction.forms?.[name] !== undefined);
    const form = named === undefined ? prediction.form : prediction.forms![named];
    const check = form === undefined ? accept : ACCEPTED_BY_FORM[form];
    expectThat(probe, check, false, 'a 2xx answer', reply.status, `a valid ${op} was refused with ${reply.status}${form === undefined ? '' : ` (a value in the ${form} form)`}`);
    return { kind: 'rejected' };
  }
  probe.recorder.pass(accept);
  if (prediction.form !== undefined) probe.recorder.pass(ACCEPTED_BY_FORM[prediction.form]);
  const [status, statusCheck] = STATUS_BY_OP[op];
  expectThat(probe, statusCheck, reply.status === status, status, reply.status, `a successful ${op} answered ${reply.status}`);
  return { kind: 'accepted', accepted: prediction };
}
