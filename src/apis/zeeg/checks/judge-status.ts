/**
 * Judges the status code of a write against the model's prediction, and returns what the
 * model should apply: the accepted outcome, or nothing for a refusal. A server that accepts a
 * request the pages leave open (SHOULD) gets a finding and the run follows it.
 */
import type { CheckDef } from '../../../core/checks.ts';
import type { Reply } from '../../../http/client.ts';
import type { Prediction, Rejection } from '../model/prediction.ts';
import type { Values } from '../model/values.ts';
import { isDocumentedErrorBody } from './judge-envelope.ts';
import type { OperationId, Probe } from './probe.ts';
import {
  ASSERT_EMPTY_MATCHING_REJECTED, ASSERT_MATCHING_PARAM_REQUIRED, ASSERT_MATCHING_VALUE_REQUIRED, ERROR_BODY_SHAPE,
  PATCH_TYPE_REJECTED, PATCH_UNKNOWN_RECORD_404, PATCH_UNKNOWN_RECORD_REJECTED, TYPE_REJECTED, UNIQUE_ASSERT_REJECTED,
  UNIQUE_CREATE_REJECTED, UNIQUE_PATCH_400, UNIQUE_PATCH_REJECTED, UNKNOWN_KEY_REJECTED, UNKNOWN_MEMBER_REJECTED, UNKNOWN_OPTION_REJECTED,
  UNKNOWN_RELATION_REJECTED, typeClause,
} from './reject-checks.ts';
import { GET_AFTER_DELETE_404, RELATION_BAD_ATTRIBUTE, RELATION_EMPTY_LISTS, RELATION_ID_IN_BOTH } from './resource-checks.ts';
import { ASSERT_CREATES_201, ASSERT_UPDATES_200, CREATE_ACCEPTED, CREATE_STATUS_201, PATCH_ACCEPTED, PATCH_STATUS_200 } from './write-checks.ts';
import { RELATION_ADD_REMOVE } from './resource-checks.ts';
import { judgeRefusal } from '../../../checks/judge.ts';

type Accepted = Exclude<Prediction, Rejection>;

/** The check that owns a refusal, and whether the pages fix the exact status. */
function rejectionCheck(probe: Probe, op: OperationId, rejection: Rejection): { check: CheckDef; exact: boolean; extra: string[] } {
  const attr = probe.world.attributes.get(rejection.keys[0] ?? '');
  switch (rejection.reason) {
    case 'invalid-value':
      if (attr === undefined) return { check: TYPE_REJECTED.text, exact: true, extra: [] };
      return { check: op === 'patchRecord' ? PATCH_TYPE_REJECTED : TYPE_REJECTED[attr.type], exact: true, extra: [typeClause(attr.type)] };
    case 'unknown-reference':
      if (attr?.type === 'multiselect') return { check: UNKNOWN_OPTION_REJECTED, exact: true, extra: [] };
      return { check: attr?.type === 'user' ? UNKNOWN_MEMBER_REJECTED : UNKNOWN_RELATION_REJECTED, exact: true, extra: [] };
    case 'unknown-key':
      return { check: UNKNOWN_KEY_REJECTED, exact: true, extra: [] };
    case 'unique-conflict':
      // The pages give 400 for create and assert; a patch must be refused, its 400 is a SHOULD.
      if (op === 'patchRecord') return { check: UNIQUE_PATCH_REJECTED, exact: false, extra: [] };
      return { check: op === 'createRecord' ? UNIQUE_CREATE_REJECTED : UNIQUE_ASSERT_REJECTED, exact: true, extra: [] };
    case 'missing-matching-attribute':
    case 'unknown-matching-attribute':
      return { check: ASSERT_MATCHING_PARAM_REQUIRED, exact: false, extra: [] };
    case 'matching-value-absent':
      return { check: ASSERT_MATCHING_VALUE_REQUIRED, exact: false, extra: [] };
    case 'matching-value-empty':
      return { check: ASSERT_EMPTY_MATCHING_REJECTED, exact: true, extra: [] };
    case 'not-found':
      return { check: op === 'getRecord' ? GET_AFTER_DELETE_404 : PATCH_UNKNOWN_RECORD_REJECTED, exact: op === 'getRecord', extra: [] };
    case 'bad-relation-attribute':
      return { check: RELATION_BAD_ATTRIBUTE, exact: false, extra: [] };
    case 'empty-relation-lists':
      return { check: RELATION_EMPTY_LISTS, exact: false, extra: [] };
    case 'id-in-both-lists':
      return { check: RELATION_ID_IN_BOTH, exact: false, extra: [] };
  }
}

/** The SHOULD check of the exact status, where the MUST check holds any 4xx refusal. */
function exactStatusCheck(op: OperationId, rejection: Rejection): CheckDef | undefined {
  if (op !== 'patchRecord') return undefined;
  if (rejection.reason === 'not-found') return PATCH_UNKNOWN_RECORD_404;
  return rejection.reason === 'unique-conflict' ? UNIQUE_PATCH_400 : undefined;
}

function judgeRejection(probe: Probe, op: OperationId, rejection: Rejection, reply: Reply): Accepted | undefined {
  const { check, exact, extra } = rejectionCheck(probe, op, rejection);
  const why = `${rejection.reason} (${rejection.keys.join(', ') || 'request'})`;
  const { right, follow, evidence } = judgeRefusal(probe, { check, ...(exact ? { exact: rejection.status } : {}), extraClauses: extra }, reply, why, rejection.ifAccepted);
  // A server that takes what the pages leave open is followed; anything else stops the run.
  if (!right) return follow !== undefined && follow.outcome !== 'rejected' ? follow : undefined;
  const exactStatus = exactStatusCheck(op, rejection);
  if (exactStatus !== undefined) {
    if (reply.status === rejection.status) probe.recorder.pass(exactStatus);
    else probe.recorder.fail(exactStatus, { ...evidence, message: `${rejection.reason} (${rejection.keys.join(', ') || 'request'}): expected ${rejection.status}, got ${reply.status}`, expected: rejection.status });
  }
  if (isDocumentedErrorBody(reply.json)) probe.recorder.pass(ERROR_BODY_SHAPE);
  else probe.recorder.fail(ERROR_BODY_SHAPE, { message: `the ${reply.status} body has neither documented error shape`, expected: '{ success: false, status, message } or { error }', observed: reply.exchange.response?.body ?? '', exchanges: probe.evidence() });
  return undefined;
}

function typeClausesOf(probe: Probe, body: Values): string[] {
  return Object.keys(body).flatMap((key) => {
    const attr = probe.world.attributes.get(key);
    return attr === undefined ? [] : [typeClause(attr.type)];
  });
}

function judgeAcceptance(probe: Probe, op: OperationId, accepted: Accepted, reply: Reply, body: Values, override?: CheckDef, refusedCheck?: CheckDef): Accepted | undefined {
  const evidence = (expected: unknown) => ({
    message: `expected ${String(expected)}, got ${reply.status}`,
    expected,
    observed: reply.status,
    exchanges: probe.evidence(),
    extraClauses: reply.status === 400 ? typeClausesOf(probe, body) : [],
  });
  const ok2xx = reply.status >= 200 && reply.status < 300;
  const [must, exact, should]: [CheckDef, number | undefined, CheckDef | undefined] =
    op === 'createRecord' ? [CREATE_ACCEPTED, undefined, CREATE_STATUS_201]
    : op === 'assertRecord' ? [accepted.outcome === 'created' ? ASSERT_CREATES_201 : ASSERT_UPDATES_200, accepted.status, undefined]
    : op === 'patchRecord' ? [PATCH_ACCEPTED, undefined, PATCH_STATUS_200]
    : [RELATION_ADD_REMOVE, 200, undefined];
  // A refusal check names the rule a refusal breaks; a success with the wrong status stays a status fault.
  const charged = (ok2xx ? undefined : refusedCheck) ?? override ?? must;
  if (!ok2xx && charged.level === 'SHOULD' && reply.status >= 400 && reply.status < 500) {
    // A refusal the pages leave open (a SHOULD refusal check): recorded, and the run follows it.
    probe.recorder.fail(charged, evidence('2xx'));
    return undefined;
  }
  if (exact !== undefined ? reply.status !== exact : !ok2xx) probe.recorder.fail(charged, evidence(exact ?? '2xx'), { stop: true });
  probe.recorder.pass(charged);
  // The write was taken: the rule a refusal would have broken held too.
  if (refusedCheck !== undefined && refusedCheck !== charged) probe.recorder.pass(refusedCheck);
  if (should !== undefined) {
    if (reply.status === accepted.status) probe.recorder.pass(should);
    else probe.recorder.fail(should, evidence(accepted.status));
  }
  return accepted;
}

/**
 * Judges the status of a write. Returns the accepted outcome the model should apply, or
 * undefined when the request was (rightly) refused. `statusCheck` replaces the check charged
 * for any wrong status of an acceptance; `refusedCheck` only for a reply that is no 2xx.
 */
export function judgeWriteStatus(probe: Probe, op: OperationId, prediction: Prediction, reply: Reply, body: Values, statusCheck?: CheckDef, refusedCheck?: CheckDef): Accepted | undefined {
  if (prediction.outcome === 'rejected') return judgeRejection(probe, op, prediction, reply);
  return judgeAcceptance(probe, op, prediction, reply, body, statusCheck, refusedCheck);
}
