/**
 * Kizen's error bodies, in Django REST framework style: `{ detail, code }` for one problem,
 * plus the positional `fields` list (entry n answers request fields[n], `{}` when accepted)
 * for invalid write entries. Anything else thrown as an HttpError gets a code by its status.
 */
import { HttpError } from '../../../../reference/common/http-error.ts';
import type { JsonReply } from '../../../../reference/common/respond.ts';
import type { FaultSet } from '../faults/fault-set.ts';

/** A refusal with a DRF code and, for write entries, the extra body members. */
export class KizenError extends HttpError {
  readonly code: string;
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(status: number, code: string, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    super(status, detail, headers);
    this.name = 'KizenError';
    this.code = code;
    this.extra = extra;
  }
}

export const invalid = (detail: string, code = 'invalid') => new KizenError(400, code, detail);
export const notFound = (detail: string) => new KizenError(404, 'not_found', detail);

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'parse_error',
  401: 'not_authenticated',
  403: 'permission_denied',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_exceeded',
  500: 'error',
};

/** The JSON reply of a refusal. */
export function errorReply(error: HttpError, faults: FaultSet): JsonReply {
  const code = error instanceof KizenError ? error.code : (CODE_BY_STATUS[error.status] ?? 'error');
  const extra = error instanceof KizenError ? error.extra : {};
  const message = faults.has('errors-message-not-detail') ? { message: error.message } : { detail: error.message };
  const coded = faults.has('errors-detail-without-code') ? {} : { code };
  return { status: error.status, body: { ...message, ...coded, ...extra }, headers: { ...error.headers } };
}
