/**
 * Judges the status of a Kizen write against the model's prediction. A refusal is charged to
 * the check that owns its reason (exact status where a clause fixes it, any 4xx otherwise) and
 * its body is judged; an acceptance to the operation's check. Returns the outcome the model
 * applies, or undefined when the request was refused.
 */
import type { CheckDef } from '../../../core/checks.ts';
import type { Reply } from '../../../http/client.ts';
import type { Accepted, Prediction, Rejection } from '../model/state.ts';
import { isDrfError, type KizenOperation, type KizenProbe } from './probe.ts';
import * as C from './record-checks.ts';
import { ERROR_BODY, ERRORS_POSITIONAL } from './surface-checks.ts';
import { COERCION_REFUSED, DATETIME_FORM, EMAIL_DOMAIN, INTEGER_RANGE, kindClause, NUMBER_DIGITS, TYPE_REFUSED } from './type-checks.ts';
import { judgeRefusal } from '../../../checks/judge.ts';

interface Owner {
  check: CheckDef;
  /** The exact status the clause gives; undefined where any 4xx satisfies it. */
  exact?: number;
  extra?: string[];
}

function invalidOwner(rejection: Rejection): Owner {
  const field = rejection.fields[0];
  const extra = field?.kind === undefined ? [] : [kindClause(field.kind)];
  if (rejection.level === 'MUST') return { check: field?.kind === undefined ? TYPE_REFUSED.text : TYPE_REFUSED[field.kind], exact: 400, extra };
  if (field?.kind === 'datetime') return { check: DATETIME_FORM, exact: 400, extra };
  if (field?.kind === 'email') return { check: EMAIL_DOMAIN, exact: 400, extra };
  if (rejection.why.includes('range')) return { check: INTEGER_RANGE, exact: 400, extra };
  if (rejection.why.includes('digits')) return { check: NUMBER_DIGITS, exact: 400, extra };
  return { check: COERCION_REFUSED, exact: 400, extra };
}

function ownerOf(op: KizenOperation, rejection: Rejection): Owner {
  switch (rejection.reason) {
    case 'invalid-value': return invalidOwner(rejection);
    case 'bad-body': return { check: C.ADD_BODY_REFUSED, exact: 400 };
    case 'bad-choice': return { check: C.UNARCHIVE_CHOICE_ENUM, exact: 400 };
    case 'unknown-field': return { check: C.UNKNOWN_FIELD_REFUSED, exact: 400 };
    case 'read-only': return { check: C.READ_ONLY_REFUSED, exact: 403 };
    case 'required-blank': return { check: C.REQUIRED_BLANK_REFUSED, exact: 400 };
    case 'required': return rejection.level === 'MUST' ? { check: C.REQUIRED_REFUSED, exact: 400 } : { check: C.PATCH_REQUIRED_KEPT, exact: 400 };
    case 'duplicate': return op === 'addRecord' ? { check: C.DUPLICATE_REFUSED } : { check: C.IDENTIFIER_UNIQUE };
    case 'archived-match': return { check: op === 'addRecord' ? C.ARCHIVED_PROMPT : C.UPSERT_ARCHIVED, exact: 400 };
    case 'lookup-value': return { check: rejection.level === 'MUST' ? C.UPSERT_LOOKUP_REQUIRED : C.UPSERT_LOOKUP_BLANK, exact: 400 };
    case 'archived-record': return { check: op === 'patchRecord' ? C.PATCH_ARCHIVED_404 : C.ARCHIVE_AGAIN, exact: 404 };
    case 'not-found': return { check: rejection.level === 'MUST' ? C.UNKNOWN_RECORD_404 : C.ARCHIVE_AGAIN, exact: 404 };
  }
}

function judgeBody(probe: KizenProbe, rejection: Rejection, reply: Reply, entries: number): void {
  const evidence = { expected: 'a DRF error body', observed: reply.exchange.response?.body ?? '', exchanges: probe.evidence() };
  if (isDrfError(reply.json)) probe.recorder.pass(ERROR_BODY);
  else probe.recorder.fail(ERROR_BODY, { ...evidence, message: `the ${reply.status} body is not in DRF style` });
  const body = reply.json as Record<string, unknown> | undefined;
  if (rejection.reason === 'unknown-field') {
    const code = body?.['code'];
    if (code === 'does_not_exist') probe.recorder.pass(C.UNKNOWN_FIELD_CODE);
    else probe.recorder.fail(C.UNKNOWN_FIELD_CODE, { ...evidence, message: `an unknown field was refused with code ${JSON.stringify(code)}`, expected: 'does_not_exist' });
  }
  if ((rejection.reason === 'invalid-value' || rejection.reason === 'unknown-field') && reply.status === 400) {
    const list = body?.['fields'];
    if (Array.isArray(list) && list.length === entries) probe.recorder.pass(ERRORS_POSITIONAL);
    else probe.recorder.fail(ERRORS_POSITIONAL, { ...evidence, message: `the 400 carries no fields list of ${entries} entries`, expected: `fields: [${entries} entries]` });
  }
}

function judgeRejection(probe: KizenProbe, op: KizenOperation, rejection: Rejection, reply: Reply, entries: number): Accepted | undefined {
  const owner = ownerOf(op, rejection);
  const { right, follow, evidence } = judgeRefusal(probe, { check: owner.check, ...(owner.exact === undefined ? {} : { exact: owner.exact }), ...(owner.extra === undefined ? {} : { extraClauses: owner.extra }) }, reply, rejection.why, rejection.ifAccepted);
  if (!right) return follow;
  if (rejection.reason === 'duplicate' && op === 'addRecord') {
    if (reply.status === 400) probe.recorder.pass(C.DUPLICATE_400);
    else probe.recorder.fail(C.DUPLICATE_400, { ...evidence, expected: 400 });
  }
  judgeBody(probe, rejection, reply, entries);
  return undefined;
}

const SUCCESS = [200, 201, 202, 203, 204];

/** The check charged for an acceptance, and the statuses that satisfy it. */
function acceptanceOf(op: KizenOperation, accepted: Accepted): { check: CheckDef; statuses: number[]; action?: string } {
  if (op === 'addRecord') return { check: accepted.outcome === 'restored' ? C.ARCHIVED_UNARCHIVE : C.ADD_ACCEPTED, statuses: SUCCESS };
  if (op === 'upsertRecord') {
    if (accepted.outcome === 'created') return { check: C.UPSERT_CREATES_201, statuses: [201], action: 'created' };
    if (accepted.outcome === 'restored') return { check: C.UPSERT_ARCHIVED, statuses: [201], action: 'unarchived' };
    return { check: C.UPSERT_UPDATES_200, statuses: [200], action: 'updated' };
  }
  if (op === 'archiveRecord') return { check: C.ARCHIVE_204, statuses: [204] };
  if (op === 'unarchiveRecord') return { check: accepted.outcome === 'restored' ? C.UNARCHIVE_RESTORES : C.ARCHIVE_AGAIN, statuses: SUCCESS };
  return { check: C.PATCH_ACCEPTED, statuses: [200] };
}

/**
 * Judges a write's status (and upsert's action). `override` replaces the acceptance check (a
 * type case charges its type); a SHOULD acceptance refused is recorded and followed.
 */
export function judgeWriteStatus(probe: KizenProbe, op: KizenOperation, prediction: Prediction, reply: Reply, entries: number, override?: CheckDef): Accepted | undefined {
  if (prediction.outcome === 'rejected') return judgeRejection(probe, op, prediction, reply, entries);
  const { check: own, statuses, action } = acceptanceOf(op, prediction);
  // The override owns a refusal (the value it judges was not taken); a 2xx of the wrong kind stays the operation's.
  const check = override !== undefined && (reply.status < 200 || reply.status >= 300) ? override : own;
  const observedAction = (reply.json as { action?: unknown } | undefined)?.action;
  const ok = statuses.includes(reply.status) && (action === undefined || observedAction === action);
  const message = `expected ${statuses.join(' or ')}${action === undefined ? '' : ` with action ${action}`}, got ${reply.status}${action === undefined ? '' : ` with action ${JSON.stringify(observedAction)}`}`;
  if (!ok) {
    const refused = reply.status >= 400 && reply.status < 500;
    probe.recorder.fail(check, { message, expected: statuses, observed: reply.status, exchanges: probe.evidence() }, { stop: check.level === 'MUST' || !refused });
    return undefined;
  }
  probe.recorder.pass(override ?? own);
  if (op === 'addRecord' && prediction.outcome === 'created') {
    if (reply.status === 200 || reply.status === 201) probe.recorder.pass(C.ADD_STATUS);
    else probe.recorder.fail(C.ADD_STATUS, { message: `a successful add answered ${reply.status}`, expected: '200 or 201', observed: reply.status, exchanges: probe.evidence() });
  }
  if (op === 'unarchiveRecord') {
    if (reply.status === 200) probe.recorder.pass(C.UNARCHIVE_200);
    else probe.recorder.fail(C.UNARCHIVE_200, { message: `unarchive answered ${reply.status}`, expected: 200, observed: reply.status, exchanges: probe.evidence() });
  }
  return prediction;
}
