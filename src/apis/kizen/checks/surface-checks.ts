/**
 * Checks on what surrounds the records: the three auth headers and write permission, object
 * discovery, and the error bodies.
 */
import type { CheckDef } from '../../../core/checks.ts';
import { defineCheck } from '../../../checks/define-check.ts';

export const AUTH_HEADER_REQUIRED = defineCheck('KIZEN_AUTH_HEADER_REQUIRED', 'MUST', ['KIZEN-AUTH-001'], 'A call missing X-API-KEY, X-BUSINESS-ID or X-USER-ID is refused (401 or 403) and writes nothing');
export const AUTH_UNKNOWN_KEY = defineCheck('KIZEN_AUTH_UNKNOWN_KEY', 'MUST', ['KIZEN-AUTH-001'], 'A call with an API key the server does not know is refused (401 or 403) and writes nothing');
export const AUTH_401 = defineCheck('KIZEN_AUTH_401', 'SHOULD', ['KIZEN-AUTH-004'], 'An unauthenticated call is refused with 401 exactly');
export const AUTH_CODE = defineCheck('KIZEN_AUTH_CODE', 'SHOULD', ['KIZEN-AUTH-002'], 'An unauthenticated call is answered with a JSON code; missing_business_context without X-BUSINESS-ID');
export const READ_ONLY_KEY_WRITE = defineCheck('KIZEN_READ_ONLY_KEY_WRITE', 'MUST', ['KIZEN-AUTH-003'], 'A write with an API key that may only read is refused (401 or 403) and writes nothing');
export const READ_ONLY_KEY_403 = defineCheck('KIZEN_READ_ONLY_KEY_403', 'SHOULD', ['KIZEN-AUTH-003'], 'A write with an API key that may only read answers 403');
export const READ_ONLY_KEY_READS = defineCheck('KIZEN_READ_ONLY_KEY_READS', 'SHOULD', ['KIZEN-AUTH-005'], 'An API key that may only read still discovers objects and reads records');

export const OBJECT_DETAILS = defineCheck('KIZEN_OBJECT_DETAILS', 'MUST', ['KIZEN-DISCOVERY-001'], 'Object details by UUID answer 200 with id, name, object_name, entity_name and fields');
export const OBJECT_BY_NAME = defineCheck('KIZEN_OBJECT_BY_NAME', 'SHOULD', ['KIZEN-DISCOVERY-002'], 'Object details by api name answer the same object as by UUID');
export const UNKNOWN_OBJECT_404 = defineCheck('KIZEN_UNKNOWN_OBJECT_404', 'MUST', ['KIZEN-DISCOVERY-003'], 'Object details and the field list of an object that does not exist answer 404');
export const FIELD_LIST = defineCheck('KIZEN_FIELD_LIST', 'MUST', ['KIZEN-DISCOVERY-004'], 'The field list is a plain array of fields with id, name, display_name, field_type and the flags');
export const OPTIONS_SHAPE = defineCheck('KIZEN_OPTIONS_SHAPE', 'MUST', ['KIZEN-DISCOVERY-005'], 'Choice fields list their options, each with id, name and code');
export const RELATION_TARGET = defineCheck('KIZEN_RELATION_TARGET', 'MUST', ['KIZEN-DISCOVERY-006'], 'Relationship fields name their target object by UUID and api name');
export const FIELD_TYPE_ENUM = defineCheck('KIZEN_FIELD_TYPE_ENUM', 'MUST', ['KIZEN-DISCOVERY-007'], 'Every field_type is one of the 24 values');

export const ERROR_BODY = defineCheck('KIZEN_ERROR_BODY', 'SHOULD', ['KIZEN-ERRORS-001'], 'An error body is DRF style: detail and code, non_field_errors, or per-field errors');
export const ERRORS_POSITIONAL = defineCheck('KIZEN_ERRORS_POSITIONAL', 'SHOULD', ['KIZEN-ERRORS-002'], 'A 400 for invalid entries carries a fields list with one entry per request entry');

export const REQUEST_ID = defineCheck('KIZEN_REQUEST_ID', 'MUST', ['KIZEN-ERRORS-003'], 'Every reply carries a non-empty X-Request-ID header');

export const SERVER_ERROR = defineCheck('KIZEN_SERVER_ERROR', 'MUST', ['KIZEN-SERVER-001'], 'No request of a case is answered with a 5xx status');

export const SURFACE_CHECKS: CheckDef[] = [
  SERVER_ERROR,
  AUTH_HEADER_REQUIRED, AUTH_UNKNOWN_KEY, AUTH_401, AUTH_CODE, READ_ONLY_KEY_WRITE, READ_ONLY_KEY_403, READ_ONLY_KEY_READS,
  OBJECT_DETAILS, OBJECT_BY_NAME, UNKNOWN_OBJECT_404, FIELD_LIST, OPTIONS_SHAPE, RELATION_TARGET, FIELD_TYPE_ENUM,
  ERROR_BODY, ERRORS_POSITIONAL, REQUEST_ID,
];
