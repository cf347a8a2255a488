/**
 * For each HubSpot check that no reference fault draws, a reply (or read-back) that breaks its
 * rule, fed straight to the judging function that owns the check. The test beside this file
 * asserts each one is charged to its check at its level; the registry test asserts that every
 * check is drawn here or by a fault of the matrix.
 */
import { judgeValues } from '../../src/apis/hubspot/checks/judge-object.ts';
import { judgeAuthRefusal, judgeFreshId, judgeIdPropertyRefused, judgeSingleHolder } from '../../src/apis/hubspot/checks/judge-surface.ts';
import { judgeWrite } from '../../src/apis/hubspot/checks/judge-write.ts';
import type { HsProbe } from '../../src/apis/hubspot/checks/probe.ts';
import { AUTH_INVALID_TOKEN, ENUM_ACCEPTED, STRING_ACCEPTED, UNIQUE_INVARIANT, UPDATE_ACCEPTED, UPSERT_NO_DUPLICATE, VALUE_READ_BACK } from '../../src/apis/hubspot/checks/index.ts';
import type { Level } from '../../src/contract/clauses.ts';
import type { Reply } from '../../src/http/client.ts';
import { predictCreate, predictUpdate } from '../../src/apis/hubspot/model/predict-write.ts';
import { EMPTY_STATE, withRecord } from '../../src/apis/hubspot/model/state.ts';
import { buildWorld } from '../../src/apis/hubspot/model/world.ts';
import { CONTACTS } from '../../src/apis/hubspot/reference/index.ts';

export const CONTACTS_WORLD = buildWorld('contacts', CONTACTS.properties);

export interface FailingReply {
  code: string;
  level: Level;
  /** A SHOULD finding the model cannot follow also ends the run (default: only MUST ones do). */
  stops?: boolean;
  judge(probe: HsProbe): void;
}

export function replyOf(status: number, json: unknown): Reply {
  const body = JSON.stringify(json);
  return { status, json, exchange: { seq: 1, step: 's', request: { method: 'POST', url: 'u', headers: {} }, response: { status, headers: { 'content-type': 'application/json' }, body, truncated: false }, durationMs: 0 } };
}

const ERROR = { status: 'error', message: 'refused', correlationId: 'c', category: 'VALIDATION_ERROR' };
const ONE = withRecord(EMPTY_STATE, { id: '1000001', values: { email: 'a@example.com', num_employees: '42' } });
const seen = (properties: Record<string, unknown>) => ({ id: '1000001', properties, raw: {} });

export const HUBSPOT_FAILING_REPLIES: readonly FailingReply[] = [
  { code: 'HUBSPOT_STRING_ACCEPTED', level: 'MUST', judge: (p) => judgeWrite(p, 'createObject', predictCreate(CONTACTS_WORLD, EMPTY_STATE, { email: 'b@example.com', bio: 'x' }), replyOf(400, ERROR), STRING_ACCEPTED) },
  { code: 'HUBSPOT_ENUM_ACCEPTED', level: 'MUST', judge: (p) => judgeWrite(p, 'createObject', predictCreate(CONTACTS_WORLD, EMPTY_STATE, { email: 'b@example.com', lifecyclestage: 'lead' }), replyOf(400, ERROR), ENUM_ACCEPTED) },
  { code: 'HUBSPOT_UPDATE_ACCEPTED', level: 'MUST', judge: (p) => judgeWrite(p, 'updateObject', predictUpdate(CONTACTS_WORLD, ONE, '1000001', { bio: 'x' }), replyOf(400, ERROR), UPDATE_ACCEPTED) },
  { code: 'HUBSPOT_CHECKBOX_UNKNOWN_REJECTED', level: 'SHOULD', judge: (p) => judgeWrite(p, 'updateObject', predictUpdate(CONTACTS_WORLD, ONE, '1000001', { preferred_channels: 'email;fax' }), replyOf(200, {}), UPDATE_ACCEPTED) },
  { code: 'HUBSPOT_VALUE_READ_BACK', level: 'MUST', judge: (p) => judgeValues(p, { num_employees: '42' }, seen({ num_employees: '43' }), ['num_employees'], () => VALUE_READ_BACK, 'read') },
  { code: 'HUBSPOT_CREATE_ID_FRESH', level: 'MUST', judge: (p) => judgeFreshId(p, ONE, '1000001') },
  { code: 'HUBSPOT_UNIQUE_INVARIANT', level: 'MUST', judge: (p) => judgeSingleHolder(p, UNIQUE_INVARIANT, ['1000002', '1000003'], replyOf(200, { id: '1000002' }), 'racing creates', [201, 201, 409, 409]) },
  { code: 'HUBSPOT_UPSERT_NO_DUPLICATE', level: 'MUST', judge: (p) => judgeSingleHolder(p, UPSERT_NO_DUPLICATE, ['1000002', '1000003'], replyOf(200, { id: '1000003' }), 'racing upserts', [200, 200, 200]) },
  { code: 'HUBSPOT_AUTH_INVALID_TOKEN', level: 'MUST', judge: (p) => judgeAuthRefusal(p, AUTH_INVALID_TOKEN, replyOf(200, { results: [] }), 401, 'INVALID_AUTHENTICATION', 'discovery') },
  { code: 'HUBSPOT_READ_NON_UNIQUE_ID_PROPERTY', level: 'SHOULD', judge: (p) => judgeIdPropertyRefused(p, replyOf(404, { ...ERROR, category: 'OBJECT_NOT_FOUND' }), 'a read by bio') },
];
