/**
 * Checks on record responses, read-back, delete, the relation endpoint, auth and discovery.
 */
import { defineCheck } from '../../../checks/define-check.ts';

export const REPLY_COMPLETE = defineCheck('REPLY_COMPLETE', 'MUST', ['ZEEG-RECORD-001'], 'Every request gets a complete HTTP reply within the timeout');
export const RECORD_ENVELOPE = defineCheck('RECORD_ENVELOPE', 'MUST', ['ZEEG-RECORD-001'], 'A record response has the documented envelope and value types');
export const ENVELOPE_STATUS = defineCheck('ENVELOPE_STATUS', 'SHOULD', ['ZEEG-RECORD-002'], 'The envelope status equals the HTTP status');
export const JSON_CONTENT_TYPE = defineCheck('JSON_CONTENT_TYPE', 'SHOULD', ['ZEEG-RECORD-007'], 'A record response is labelled application/json');
export const READBACK_MATCHES = defineCheck('READBACK_MATCHES', 'SHOULD', ['ZEEG-RECORD-003'], 'GET returns the record as the accepted writes left it');

export const DELETE_OK = defineCheck('DELETE_OK', 'MUST', ['ZEEG-DELETE-001'], 'Deleting an existing record answers 200 with a success envelope');
export const DELETE_TWICE_404 = defineCheck('DELETE_TWICE_404', 'MUST', ['ZEEG-DELETE-002'], 'Deleting a deleted record answers 404');
export const GET_AFTER_DELETE_404 = defineCheck('GET_AFTER_DELETE_404', 'MUST', ['ZEEG-DELETE-003'], 'GET of a deleted record answers 404');

export const RELATION_ADD_REMOVE = defineCheck('RELATION_ADD_REMOVE', 'MUST', ['ZEEG-RELATION-001'], 'Relation add links and remove unlinks the named ids');
export const RELATION_OTHERS_UNTOUCHED = defineCheck('RELATION_OTHERS_UNTOUCHED', 'MUST', ['ZEEG-RELATION-002'], 'Relation update leaves ids it does not name linked');
export const RELATION_BAD_ATTRIBUTE = defineCheck('RELATION_BAD_ATTRIBUTE', 'MUST', ['ZEEG-RELATION-003'], 'Relation update of a missing or non-relation attribute is refused');
export const RELATION_EMPTY_LISTS = defineCheck('RELATION_EMPTY_LISTS', 'MUST', ['ZEEG-RELATION-004'], 'Relation update with no non-empty list is refused');
export const RELATION_ID_IN_BOTH = defineCheck('RELATION_ID_IN_BOTH', 'MUST', ['ZEEG-RELATION-005'], 'Relation update naming an id in add and remove is refused');
export const RELATION_NOOP = defineCheck('RELATION_NOOP', 'MUST', ['ZEEG-RELATION-006'], 'Adding a linked id or removing an unlinked one succeeds and changes nothing');

export const AUTH_MISSING_TOKEN = defineCheck('AUTH_MISSING_TOKEN', 'MUST', ['ZEEG-AUTH-001'], 'A request without a token answers 401');
export const AUTH_INVALID_TOKEN = defineCheck('AUTH_INVALID_TOKEN', 'MUST', ['ZEEG-AUTH-001'], 'A request with an unknown token answers 401');
export const AUTH_READ_TOKEN_WRITE = defineCheck('AUTH_READ_TOKEN_WRITE', 'MUST', ['ZEEG-AUTH-002'], 'A write with a token lacking crm:write is refused and writes nothing');
export const AUTH_READ_TOKEN_403 = defineCheck('AUTH_READ_TOKEN_403', 'SHOULD', ['ZEEG-AUTH-004'], 'A write with a token lacking crm:write answers 403');
export const AUTH_READ_DISCOVERY = defineCheck('AUTH_READ_DISCOVERY', 'MUST', ['ZEEG-AUTH-003'], 'Discovery succeeds with a crm:read token');

export const DISCOVERY_SHAPE = defineCheck('DISCOVERY_SHAPE', 'MUST', ['ZEEG-DISCOVERY-001'], 'Discovery answers 200 with the object and its typed attributes');
export const DISCOVERY_SYSTEM_ATTRIBUTES = defineCheck('DISCOVERY_SYSTEM_ATTRIBUTES', 'SHOULD', ['ZEEG-DISCOVERY-002'], 'Discovery lists id, created_at and updated_at as standard attributes');
export const DISCOVERY_OPTIONS = defineCheck('DISCOVERY_OPTIONS', 'MUST', ['ZEEG-DISCOVERY-003'], 'Select and multiselect attributes carry their options');

export const SERVER_ERROR = defineCheck('SERVER_ERROR', 'MUST', ['ZEEG-SERVER-001'], 'No request of a case is answered with a 5xx status');

export const RESOURCE_CHECKS = [
  REPLY_COMPLETE, SERVER_ERROR, RECORD_ENVELOPE, ENVELOPE_STATUS, JSON_CONTENT_TYPE, READBACK_MATCHES, DELETE_OK, DELETE_TWICE_404, GET_AFTER_DELETE_404,
  RELATION_ADD_REMOVE, RELATION_OTHERS_UNTOUCHED, RELATION_BAD_ATTRIBUTE, RELATION_EMPTY_LISTS, RELATION_ID_IN_BOTH, RELATION_NOOP,
  AUTH_MISSING_TOKEN, AUTH_INVALID_TOKEN, AUTH_READ_TOKEN_WRITE, AUTH_READ_TOKEN_403, AUTH_READ_DISCOVERY,
  DISCOVERY_SHAPE, DISCOVERY_SYSTEM_ATTRIBUTES, DISCOVERY_OPTIONS,
];
