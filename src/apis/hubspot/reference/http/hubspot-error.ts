/**
 * HubSpot's errors as the reference server raises them: an HttpError that also carries the
 * category and, for validation errors, one detail per invalid property (reference notes,
 * facts B3 and B6). Handlers throw these before their first write.
 */
import { HttpError } from '../../../../reference/common/http-error.ts';

/** One entry of an error body's `errors` list. */
export interface ErrorDetail {
  message: string;
  code?: string;
  context?: Record<string, string[]>;
}

/** What was wrong with one property value of a write. */
export interface PropertyProblem {
  name: string;
  code: string;
  message: string;
}

export interface HubspotErrorExtras {
  errors?: ErrorDetail[];
  context?: Record<string, string[]>;
  links?: Record<string, string>;
  headers?: Record<string, string>;
}

export class HubspotError extends HttpError {
  readonly category: string;
  readonly extras: HubspotErrorExtras;

  constructor(status: number, category: string, message: string, extras: HubspotErrorExtras = {}) {
    super(status, message, extras.headers);
    this.name = 'HubspotError';
    this.category = category;
    this.extras = extras;
  }
}

/** 400 VALIDATION_ERROR for invalid property values, in the form of the real v3 body (facts B3). */
export function propertyValuesInvalid(problems: readonly PropertyProblem[]): HubspotError {
  const summary = problems.map((p) => ({ isValid: false, message: p.message, error: p.code, name: p.name }));
  return new HubspotError(400, 'VALIDATION_ERROR', `Property values were not valid: ${JSON.stringify(summary)}`, {
    errors: problems.map((p) => ({ message: p.message, code: p.code, context: { propertyName: [p.name] } })),
  });
}

/** 400 VALIDATION_ERROR for a request that is malformed as a whole. */
export function invalidInput(message: string): HubspotError {
  return new HubspotError(400, 'VALIDATION_ERROR', message);
}

/** 404 for a record that does not exist, in the form of the real body (facts B3). */
export function objectNotFound(id: string): HubspotError {
  return new HubspotError(404, 'OBJECT_NOT_FOUND', 'Object not found.  objectId are usually numeric.', { context: { id: [id] } });
}

/** 409 for a unique value another record holds; the existing id only inside the message. */
export function alreadyExists(singularLabel: string, existingId: string): HubspotError {
  return new HubspotError(409, 'CONFLICT', `${singularLabel} already exists. Existing ID: ${existingId}`);
}
