/**
 * The HubSpot server's error replies (JSON and 204 go through the shared common/respond.ts):
 * the HubSpot error body `{ status: "error", message, correlationId, category, ... }` for every
 * failure, including the plain HttpErrors of the shared body reader (400 bad JSON, 413).
 */
import { randomUUID } from 'node:crypto';
import { HttpError } from '../../../../reference/common/http-error.ts';
import type { JsonReply } from '../../../../reference/common/respond.ts';
import type { FaultSet } from '../faults/fault-set.ts';
import { HubspotError } from './hubspot-error.ts';

export type { JsonReply } from '../../../../reference/common/respond.ts';

/** A reply without a body (archive). */
export const NO_CONTENT: JsonReply = { status: 204, body: undefined };

/** Categories for errors raised without one; our reading where the sources name none. */
const CATEGORY_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'VALIDATION_ERROR',
  401: 'INVALID_AUTHENTICATION',
  403: 'MISSING_SCOPES',
  404: 'OBJECT_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
};

/** The error body of a thrown HttpError, with the error-body faults applied. */
export function errorReply(error: HttpError, faults: FaultSet, lenient = false): JsonReply {
  const hubspot = error instanceof HubspotError ? error : undefined;
  let category = hubspot?.category ?? CATEGORY_BY_STATUS[error.status] ?? 'INTERNAL_ERROR';
  if (category === 'OBJECT_NOT_FOUND' && faults.has('not-found-category-generic')) category = 'NOT_FOUND';
  const validation = category === 'VALIDATION_ERROR';
  if (validation && faults.has('validation-wrong-category')) category = 'BAD_REQUEST';
  const body: Record<string, unknown> = { status: 'error', message: error.message, correlationId: randomUUID(), category };
  const extras = hubspot?.extras ?? {};
  if (extras.errors !== undefined && !(validation && faults.has('validation-errors-without-codes'))) body['errors'] = extras.errors;
  if (extras.context !== undefined) body['context'] = extras.context;
  if (extras.links !== undefined) body['links'] = extras.links;
  if (faults.has('errors-without-correlation-id')) delete body['correlationId'];
  if (faults.has('errors-without-status')) delete body['status'];
  if (faults.has('not-found-without-message') && error.status === 404) delete body['message'];
  // The lenient twin answers with the Error schema's required members only (lenient.ts).
  if (lenient) return { status: error.status, body: { category, correlationId: body['correlationId'], message: error.message }, headers: { ...error.headers } };
  return { status: error.status, body, headers: { ...error.headers } };
}
