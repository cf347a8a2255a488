/**
 * Judges error replies: the fields every error body carries (facts B3: category,
 * correlationId, message; status "error" in every real body), the details of a
 * VALIDATION_ERROR per refused property, the INVALID_OPTION wording, the 404 category and the
 * 409 CONFLICT body naming the holder.
 */
import type { CheckDef } from '../../../core/checks.ts';
import type { Reply } from '../../../http/client.ts';
import type { Rejection } from '../model/prediction.ts';
import { expectThat, isObject, type HsProbe } from './probe.ts';
import { CONFLICT_NAMES_HOLDER, ERROR_BODY_FIELDS, ERROR_STATUS_FIELD, NOT_FOUND_CATEGORY } from './surface-checks.ts';
import { INVALID_OPTION_MESSAGE, VALIDATION_CATEGORY, VALIDATION_DETAILS } from './value-checks.ts';

/** The codes the sources name per reason (facts B3); other rules have no documented code. */
const EXPECTED_CODE: Readonly<Record<string, string>> = {
  'number-malformed': 'INVALID_INTEGER', 'enum-unknown': 'INVALID_OPTION', 'date-invalid': 'INVALID_DATE', 'unknown-property': 'PROPERTY_DOESNT_EXIST',
};

export function judgeErrorBody(probe: HsProbe, reply: Reply): Record<string, unknown> {
  const body = isObject(reply.json) ? reply.json : {};
  const missing = ['category', 'correlationId', 'message'].filter((key) => typeof body[key] !== 'string');
  expectThat(probe, ERROR_BODY_FIELDS, isObject(reply.json) && missing.length === 0, 'string category, correlationId and message', reply.json ?? reply.exchange.response?.body, `the ${reply.status} error body lacks ${missing.join(', ') || 'a JSON object'}`);
  expectThat(probe, ERROR_STATUS_FIELD, body['status'] === 'error', 'status "error"', body['status'], `the ${reply.status} error body's status is ${JSON.stringify(body['status'])}`);
  return body;
}

function detailFor(body: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const errors = Array.isArray(body['errors']) ? body['errors'].filter(isObject) : [];
  return errors.find((e) => isObject(e['context']) && Array.isArray(e['context']['propertyName']) && e['context']['propertyName'].includes(name));
}

/** A 400 for a refused property: VALIDATION_ERROR (invalid values), one detail naming it, its code, the option wording. */
export function judgeValidation(probe: HsProbe, reply: Reply, rejection: Rejection, sent: unknown): void {
  const body = judgeErrorBody(probe, reply);
  const name = rejection.keys[0] ?? '';
  if (rejection.reason === 'invalid-value') {
    expectThat(probe, VALIDATION_CATEGORY, body['category'] === 'VALIDATION_ERROR', 'VALIDATION_ERROR', body['category'], `an invalid ${name} was answered with category ${JSON.stringify(body['category'])}`);
  }
  const detail = detailFor(body, name);
  const code = EXPECTED_CODE[rejection.rule ?? rejection.reason];
  const fits = detail !== undefined && typeof detail['message'] === 'string' && typeof detail['code'] === 'string' && (code === undefined || detail['code'] === code);
  expectThat(probe, VALIDATION_DETAILS, fits, { code: code ?? 'a code', context: { propertyName: [name] } }, body['errors'], `the VALIDATION_ERROR does not list ${name} with ${code ?? 'a code'}`);
  if (rejection.rule !== 'enum-unknown' || typeof sent !== 'string') return;
  const messages = [body['message'], ...(Array.isArray(body['errors']) ? body['errors'].filter(isObject).map((e) => e['message']) : [])];
  const worded = messages.some((m) => typeof m === 'string' && m.includes(`${sent} was not one of the allowed options`));
  expectThat(probe, INVALID_OPTION_MESSAGE, worded, `"${sent} was not one of the allowed options"`, messages, 'the INVALID_OPTION message does not name the value as "not one of the allowed options"');
}

export function judgeNotFound(probe: HsProbe, reply: Reply): void {
  const body = judgeErrorBody(probe, reply);
  expectThat(probe, NOT_FOUND_CATEGORY, body['category'] === 'OBJECT_NOT_FOUND', 'OBJECT_NOT_FOUND', body['category'], `a 404 carries category ${JSON.stringify(body['category'])}`);
}

/** A 409 is CONFLICT (charged to `check`) and should name the holder's id in its message. */
export function judgeConflict(probe: HsProbe, check: CheckDef, reply: Reply, holder: string | undefined): void {
  const body = judgeErrorBody(probe, reply);
  expectThat(probe, check, body['category'] === 'CONFLICT', 'category CONFLICT', body['category'], `a 409 carries category ${JSON.stringify(body['category'])}`);
  if (holder === undefined) return;
  const message = typeof body['message'] === 'string' ? body['message'] : '';
  expectThat(probe, CONFLICT_NAMES_HOLDER, new RegExp(`(^|\\D)${holder}(\\D|$)`).test(message), `a message naming ${holder}`, message, `the 409 message does not name the holder ${holder}`);
}
