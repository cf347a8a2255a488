/**
 * For each check that no reference fault draws, a reply (or read-back) that breaks its rule,
 * fed straight to the judging function that owns the check. failing-replies.test.ts asserts
 * each one is charged to its check at its level; the registry test asserts that every check is
 * drawn either here or by a fault of the matrix.
 */
import { judgeRecordEnvelope } from '../../src/apis/zeeg/checks/judge-envelope.ts';
import { judgeUpdatedId } from '../../src/apis/zeeg/checks/judge-identity.ts';
import { judgeWriteStatus } from '../../src/apis/zeeg/checks/judge-status.ts';
import { judgeValues } from '../../src/apis/zeeg/checks/judge-values.ts';
import type { Probe } from '../../src/apis/zeeg/checks/probe.ts';
import { TYPE_ACCEPTED } from '../../src/apis/zeeg/checks/reject-checks.ts';
import type { DocumentedType } from '../../src/apis/zeeg/contract/attributes.ts';
import type { Level } from '../../src/contract/clauses.ts';
import type { Reply } from '../../src/http/client.ts';
import { predictCreate, predictPatch } from '../../src/apis/zeeg/model/predict-write.ts';
import { EMPTY_STATE } from '../../src/apis/zeeg/model/state.ts';
import { MEMBERS, SUPPLIER_IDS, full, stateOf, WORLD } from '../model/zeeg/world-fixture.ts';

export interface FailingReply {
  code: string;
  level: Level;
  /** A SHOULD finding the model cannot follow also ends the run (default: only MUST ones do). */
  stops?: boolean;
  /** Calls the judging function with a reply that breaks the check's rule. */
  judge(probe: Probe): void;
}

export function replyOf(status: number, json: unknown, contentType = 'application/json; charset=utf-8'): Reply {
  const body = JSON.stringify(json);
  return { status, json, exchange: { seq: 1, step: 's', request: { method: 'POST', url: 'u', headers: {} }, response: { status, headers: { 'content-type': contentType }, body, truncated: false }, durationMs: 0 } };
}

const ERROR = { success: false, status: 400, message: 'refused' };
const RECORD = { id: '0b7c1f7e-1d7a-4c3e-9f00-0000000000aa', objectSlug: 'products', attributes: full(), createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

/** One valid value per documented type of the products fixture. */
const VALID: Record<DocumentedType, [string, unknown]> = {
  text: ['name', 'Dress'],
  number: ['price', 29],
  checkbox: ['in_stock', false],
  date: ['launch_date', '2024-02-29'],
  select: ['category', { id: 'opt_bags' }],
  multiselect: ['tags', [{ id: 1 }, { id: 4 }]],
  relation: ['suppliers', [SUPPLIER_IDS[1]]],
  user: ['owners', [MEMBERS[2]]],
};

const typeAccepted = (Object.keys(VALID) as DocumentedType[]).map((type): FailingReply => ({
  code: TYPE_ACCEPTED[type].code,
  level: 'MUST',
  judge: (probe) => {
    const [key, value] = VALID[type];
    judgeWriteStatus(probe, 'createRecord', predictCreate(WORLD, EMPTY_STATE, { [key]: value }), replyOf(400, ERROR), { [key]: value }, TYPE_ACCEPTED[type]);
  },
}));

export const FAILING_REPLIES: readonly FailingReply[] = [
  ...typeAccepted,
  { code: 'CREATE_ACCEPTED', level: 'MUST', judge: (p) => judgeWriteStatus(p, 'createRecord', predictCreate(WORLD, EMPTY_STATE, { price: 3 }), replyOf(500, ERROR), { price: 3 }) },
  { code: 'ASSERT_OMITTED_ON_CREATE', level: 'MUST', judge: (p) => judgeValues(p, 'assert-create', full({ sku: 'A' }), full({ sku: 'A', price: 0 }), { sku: 'A' }) },
  { code: 'PATCH_ACCEPTED', level: 'MUST', judge: (p) => judgeWriteStatus(p, 'patchRecord', predictPatch(WORLD, stateOf({}), 'r1', { price: 2 }), replyOf(400, ERROR), { price: 2 }) },
  { code: 'PATCH_STATUS_200', level: 'SHOULD', judge: (p) => judgeWriteStatus(p, 'patchRecord', predictPatch(WORLD, stateOf({}), 'r1', { price: 2 }), replyOf(202, {}), { price: 2 }) },
  { code: 'PATCH_TYPE_REJECTED', level: 'MUST', judge: (p) => judgeWriteStatus(p, 'patchRecord', predictPatch(WORLD, stateOf({}), 'r1', { price: 1.5 }), replyOf(200, {}), { price: 1.5 }) },
  { code: 'PATCH_VALUES_STORED', level: 'MUST', judge: (p) => judgeValues(p, 'patch', full({ price: 2 }), full({ price: 3 }), { price: 2 }) },
  { code: 'UPDATE_SAME_RECORD', level: 'MUST', judge: (p) => judgeUpdatedId(p, 'r1', { id: 'r2', values: full() }) },
  { code: 'PATCH_UNKNOWN_RECORD_404', level: 'SHOULD', judge: (p) => judgeWriteStatus(p, 'patchRecord', predictPatch(WORLD, EMPTY_STATE, 'gone', { price: 1 }), replyOf(400, ERROR), { price: 1 }) },
  { code: 'ENVELOPE_STATUS', level: 'SHOULD', judge: (p) => judgeRecordEnvelope(p, 'createRecord', replyOf(201, { success: true, status: 200, record: RECORD })) },
  { code: 'JSON_CONTENT_TYPE', level: 'SHOULD', judge: (p) => judgeRecordEnvelope(p, 'createRecord', replyOf(201, { success: true, status: 201, record: RECORD }, 'text/plain')) },
  { code: 'READBACK_MATCHES', level: 'SHOULD', stops: true, judge: (p) => judgeValues(p, 'read', full({ price: 1 }), full({ price: 2 }), {}) },
];
