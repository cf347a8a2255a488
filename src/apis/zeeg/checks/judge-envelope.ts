/**
 * Judges the body of a successful record response: the documented envelope, value types per
 * the discovered schema, and the envelope status. Returns the record for the value checks.
 */
import type { Reply } from '../../../http/client.ts';
import type { Values } from '../model/values.ts';
import { ENVELOPE_STATUS, JSON_CONTENT_TYPE, RECORD_ENVELOPE } from './resource-checks.ts';
import { RECORD_ID_FRESH } from './write-checks.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
import type { OperationId, Probe } from './probe.ts';

export interface ObservedRecord {
  id: string;
  values: Values;
}

export function judgeRecordEnvelope(probe: Probe, operationId: OperationId, reply: Reply): ObservedRecord {
  const fail = (message: string, observed: unknown) =>
    probe.recorder.fail(RECORD_ENVELOPE, { message, expected: 'a JSON record envelope { success: true, status, record }', observed, exchanges: probe.evidence() });
  if (reply.json === undefined) fail(`the ${reply.status} response body is not JSON (${reply.parseError ?? 'empty body'})`, reply.exchange.response?.body ?? '');
  const body = reply.json as { status?: unknown; record?: { id?: unknown; attributes?: unknown } };
  const id = body?.record?.id;
  if (id !== undefined && !(typeof id === 'string' && UUID.test(id))) {
    probe.recorder.fail(RECORD_ID_FRESH, { message: `record id ${JSON.stringify(id)} is not a UUID`, expected: 'a UUID', observed: id, exchanges: probe.evidence(), extraClauses: ['ZEEG-RECORD-001'] });
  }
  const schema = probe.operations.responseValidator(operationId, reply.status);
  const envelope = schema?.(reply.json);
  if (envelope !== undefined && !envelope.valid) fail(`the response does not match the ${operationId} ${reply.status} schema`, envelope.errors);
  const record = probe.world.validators.record(body.record);
  if (!record.valid) fail('the record does not match the object schema', record.errors);
  probe.recorder.pass(RECORD_ENVELOPE);
  const contentType = reply.exchange.response?.headers['content-type'] ?? '';
  if (/^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())) probe.recorder.pass(JSON_CONTENT_TYPE);
  else probe.recorder.fail(JSON_CONTENT_TYPE, { message: `a JSON record came labelled ${JSON.stringify(contentType)}`, expected: 'application/json', observed: contentType, exchanges: probe.evidence() });
  if (body.status !== undefined && body.status !== reply.status) {
    probe.recorder.fail(ENVELOPE_STATUS, { message: `envelope status ${String(body.status)} differs from HTTP status ${reply.status}`, expected: reply.status, observed: body.status, exchanges: probe.evidence() });
  } else {
    probe.recorder.pass(ENVELOPE_STATUS);
  }
  return { id: String(body.record!.id), values: (body.record!.attributes ?? {}) as Values };
}

/** The error body shapes Zeeg documents: { success: false, status, message } or { error }. */
export function isDocumentedErrorBody(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const body = json as Record<string, unknown>;
  if (typeof body.error === 'string') return true;
  return body.success === false && typeof body.message === 'string';
}
