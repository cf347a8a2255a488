/**
 * Checks on unique values, batch upsert, error bodies, authorization and properties discovery
 * (reference notes, facts B1, B3, B5 and B6).
 */
import { defineCheck } from '../../../checks/define-check.ts';
import type { CheckDef } from '../../../core/checks.ts';

const c = (code: string, level: 'MUST' | 'SHOULD', clauses: string[], title: string) => defineCheck(code, level, clauses.map((id) => `HUBSPOT-${id}`), title);

export const UNIQUE_CREATE_CONFLICT = c('HUBSPOT_UNIQUE_CREATE_CONFLICT', 'MUST', ['UNIQUE-001'], 'A create with a unique value another record holds answers 409 CONFLICT and creates nothing');
export const UNIQUE_UPDATE_CONFLICT = c('HUBSPOT_UNIQUE_UPDATE_CONFLICT', 'MUST', ['UNIQUE-002'], 'An update to a unique value another record holds is refused and changes nothing');
export const UNIQUE_UPSERT_CONFLICT = c('HUBSPOT_UNIQUE_UPSERT_CONFLICT', 'MUST', ['UNIQUE-003'], 'An upsert input giving a unique value another record holds is refused and writes nothing');
export const UNIQUE_INVARIANT = c('HUBSPOT_UNIQUE_INVARIANT', 'MUST', ['UNIQUE-004'], 'No two live records hold the same unique value, racing creates included');
export const UNIQUE_OWN_VALUE = c('HUBSPOT_UNIQUE_OWN_VALUE', 'MUST', ['UNIQUE-005'], "Writing a record's own unique value back onto it succeeds");
export const CONFLICT_STATUS = c('HUBSPOT_CONFLICT_STATUS', 'SHOULD', ['UNIQUE-007'], 'An update or upsert refused for a held unique value answers 409 CONFLICT (upsert: or 207 listing it)');
export const CONFLICT_NAMES_HOLDER = c('HUBSPOT_CONFLICT_NAMES_HOLDER', 'SHOULD', ['UNIQUE-006'], 'A 409 message names the id of the record holding the value');

export const UPSERT_UPDATES_MATCH = c('HUBSPOT_UPSERT_UPDATES_MATCH', 'MUST', ['UPSERT-001'], 'An upsert input matching a live record updates it, same id, other properties kept');
export const UPSERT_CREATES = c('HUBSPOT_UPSERT_CREATES', 'MUST', ['UPSERT-002'], 'An upsert input matching nothing creates a record holding the id in its idProperty');
export const UPSERT_NEW_FLAG = c('HUBSPOT_UPSERT_NEW_FLAG', 'SHOULD', ['UPSERT-003'], 'An upsert result says new true when it created and false when it updated');
export const UPSERT_NO_DUPLICATE = c('HUBSPOT_UPSERT_NO_DUPLICATE', 'MUST', ['UPSERT-004'], 'Repeated and concurrent upserts of one value leave exactly one record');
export const UPSERT_BATCH_SHAPE = c('HUBSPOT_UPSERT_BATCH_SHAPE', 'MUST', ['UPSERT-005', 'UPSERT-012'], 'A valid batch answers 200 with status, startedAt, completedAt and one result per input; a 207 lists StandardError entries');
export const UPSERT_BATCH_COMPLETE = c('HUBSPOT_UPSERT_BATCH_COMPLETE', 'SHOULD', ['UPSERT-010'], 'A batch answered in full says status COMPLETE');
export const UPSERT_NON_UNIQUE_ID_PROPERTY = c('HUBSPOT_UPSERT_NON_UNIQUE_ID_PROPERTY', 'MUST', ['UPSERT-006'], 'An upsert whose idProperty is not unique is refused and writes nothing');
export const UPSERT_NON_UNIQUE_STATUS = c('HUBSPOT_UPSERT_NON_UNIQUE_STATUS', 'SHOULD', ['UPSERT-011'], 'An upsert whose idProperty is not unique is answered 400 (or 207 listing it)');
export const UPSERT_EMPTY_ID_REJECTED = c('HUBSPOT_UPSERT_EMPTY_ID_REJECTED', 'SHOULD', ['UPSERT-007'], 'An upsert input with an empty id is refused with 400 and writes nothing');
export const UPSERT_QUERY_ID_PROPERTY = c('HUBSPOT_UPSERT_QUERY_ID_PROPERTY', 'SHOULD', ['UPSERT-008'], 'An idProperty query parameter applies to inputs that name none');
export const UPSERT_INVALID_INPUT_REFUSED = c('HUBSPOT_UPSERT_INVALID_INPUT_REFUSED', 'SHOULD', ['UPSERT-009'], 'An input with an invalid value is refused (400, or 207 listing it) and writes nothing');

export const ERROR_BODY_FIELDS = c('HUBSPOT_ERROR_BODY_FIELDS', 'MUST', ['ERRORS-003'], 'An error reply is a JSON object with string category, correlationId and message');
export const ERROR_STATUS_FIELD = c('HUBSPOT_ERROR_STATUS_FIELD', 'SHOULD', ['ERRORS-004'], 'An error reply carries status "error"');
export const NOT_FOUND_CATEGORY = c('HUBSPOT_NOT_FOUND_CATEGORY', 'SHOULD', ['ERRORS-005'], 'A 404 for a record carries category OBJECT_NOT_FOUND');

export const AUTH_MISSING_TOKEN = c('HUBSPOT_AUTH_MISSING_TOKEN', 'MUST', ['AUTH-001'], 'A request without a bearer token answers 401');
export const AUTH_INVALID_TOKEN = c('HUBSPOT_AUTH_INVALID_TOKEN', 'MUST', ['AUTH-001'], 'A request with an unknown token answers 401');
export const AUTH_READ_TOKEN_WRITE = c('HUBSPOT_AUTH_READ_TOKEN_WRITE', 'MUST', ['AUTH-002'], 'A write with a token without write scope answers 403 and writes nothing');
export const AUTH_CATEGORY = c('HUBSPOT_AUTH_CATEGORY', 'SHOULD', ['AUTH-004'], 'A 401 says INVALID_AUTHENTICATION and a 403 MISSING_SCOPES');
export const AUTH_READ_TOKEN_READS = c('HUBSPOT_AUTH_READ_TOKEN_READS', 'SHOULD', ['AUTH-003'], 'Discovery and reads succeed with a token holding only read scopes');

export const DISCOVERY_SHAPE = c('HUBSPOT_DISCOVERY_SHAPE', 'MUST', ['PROPS-001'], 'Discovery answers 200 with { results } and no paging');
export const DISCOVERY_PROPERTY_FIELDS = c('HUBSPOT_DISCOVERY_PROPERTY_FIELDS', 'MUST', ['PROPS-002'], 'Every property carries name, label, type, fieldType, groupName, description and options');
export const DISCOVERY_OPTIONS = c('HUBSPOT_DISCOVERY_OPTIONS', 'SHOULD', ['PROPS-008'], 'Every enumeration without external options lists its options');
export const DISCOVERY_READ_ONLY_FLAG = c('HUBSPOT_DISCOVERY_READ_ONLY_FLAG', 'SHOULD', ['PROPS-004'], 'Every property carries modificationMetadata with readOnlyValue');
export const DISCOVERY_UNIQUE_FLAG = c('HUBSPOT_DISCOVERY_UNIQUE_FLAG', 'SHOULD', ['PROPS-005'], 'Unique properties are listed with hasUniqueValue true (contacts: email)');
export const OBJECT_TYPE_ID = c('HUBSPOT_OBJECT_TYPE_ID', 'SHOULD', ['PROPS-006'], 'An objectTypeId names the same type as its name; an unknown type answers 404');
export const DISCOVERY_ARCHIVED_ONLY = c('HUBSPOT_DISCOVERY_ARCHIVED_ONLY', 'SHOULD', ['PROPS-007'], 'Discovery with archived=true lists none of the live properties');

export const SCHEMA_SHAPE = c('HUBSPOT_SCHEMA_SHAPE', 'MUST', ['SCHEMA-001'], "A custom object's schema carries requiredProperties and the other required ObjectSchema members");

export const HUBSPOT_SERVER_ERROR = c('HUBSPOT_SERVER_ERROR', 'MUST', ['SERVER-001'], 'No request of a case is answered with a 5xx status');

export const SURFACE_CHECKS: readonly CheckDef[] = [
  HUBSPOT_SERVER_ERROR,
  UNIQUE_CREATE_CONFLICT, UNIQUE_UPDATE_CONFLICT, UNIQUE_UPSERT_CONFLICT, UNIQUE_INVARIANT, UNIQUE_OWN_VALUE, CONFLICT_STATUS, CONFLICT_NAMES_HOLDER,
  UPSERT_UPDATES_MATCH, UPSERT_CREATES, UPSERT_NEW_FLAG, UPSERT_NO_DUPLICATE, UPSERT_BATCH_SHAPE, UPSERT_BATCH_COMPLETE, UPSERT_NON_UNIQUE_ID_PROPERTY, UPSERT_NON_UNIQUE_STATUS,
  UPSERT_EMPTY_ID_REJECTED, UPSERT_QUERY_ID_PROPERTY, UPSERT_INVALID_INPUT_REFUSED,
  ERROR_BODY_FIELDS, ERROR_STATUS_FIELD, NOT_FOUND_CATEGORY,
  AUTH_MISSING_TOKEN, AUTH_INVALID_TOKEN, AUTH_READ_TOKEN_WRITE, AUTH_CATEGORY, AUTH_READ_TOKEN_READS,
  DISCOVERY_SHAPE, DISCOVERY_PROPERTY_FIELDS, DISCOVERY_OPTIONS, DISCOVERY_READ_ONLY_FLAG, DISCOVERY_UNIQUE_FLAG, OBJECT_TYPE_ID, DISCOVERY_ARCHIVED_ONLY, SCHEMA_SHAPE,
];
