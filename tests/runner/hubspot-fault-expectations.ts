/**
 * What each fault of the HubSpot reference server must draw at the default budget: the check
 * charged and its level, written out by hand from the rule each fault breaks.
 */
import type { Level } from '../../src/contract/clauses.ts';
import type { FaultName } from '../../src/reference/hubspot/index.ts';

export interface Expected {
  code: string;
  level: Level;
}

const must = (code: string): Expected => ({ code, level: 'MUST' });
const should = (code: string): Expected => ({ code, level: 'SHOULD' });

export const HUBSPOT_FAULT_EXPECTATIONS: Readonly<Record<FaultName, Expected>> = {
  'non-string-value-accepted': should('NON_STRING_REJECTED'),
  'bool-accepts-yes': should('BOOL_OTHER_REJECTED'),
  'number-accepts-commas': must('NUMBER_MALFORMED_REJECTED'),
  'number-accepts-scientific': should('NUMBER_SCIENTIFIC_REJECTED'),
  'number-rejects-negative': must('NUMBER_ACCEPTED'),
  'date-accepts-any-time': must('DATE_INVALID_REJECTED'),
  'date-rejects-epoch-ms': must('DATE_ACCEPTED'),
  'datetime-rejects-epoch-ms': must('DATETIME_ACCEPTED'),
  'enumeration-accepts-label': must('ENUM_UNKNOWN_REJECTED'),
  'checkbox-rejects-several': should('CHECKBOX_SEVERAL_ACCEPTED'),
  'select-accepts-several': should('SELECT_SEVERAL_REJECTED'),
  'string-limit-off-by-one': must('STRING_TOO_LONG_REJECTED'),
  'whitespace-trimmed': must('WHITESPACE_REJECTED'),
  'unknown-property-ignored': should('UNKNOWN_PROPERTY_REJECTED'),
  'read-only-property-written': should('READ_ONLY_REJECTED'),
  'contact-without-identity-accepted': should('CONTACT_IDENTITY_REQUIRED'),
  'partial-write-on-reject': should('REJECTED_WRITE_NO_TRACE'),
  'bool-rejects-false': must('BOOL_ACCEPTED'),
  'datetime-accepts-any-string': should('DATETIME_INVALID_REJECTED'),
  'number-read-back-as-number': must('OBJECT_VALUES_STRINGS'),
  'properties-array-accepted': should('MALFORMED_BODY_REJECTED'),
  'validation-errors-without-codes': should('VALIDATION_DETAILS'),
  'validation-wrong-category': must('VALIDATION_CATEGORY'),
  'errors-without-correlation-id': must('ERROR_BODY_FIELDS'),
  'errors-without-status': should('ERROR_STATUS_FIELD'),
  'not-found-category-generic': should('NOT_FOUND_CATEGORY'),
  'invalid-option-message-vague': should('INVALID_OPTION_MESSAGE'),
  'unique-ignored-on-create': must('UNIQUE_CREATE_CONFLICT'),
  'unique-ignored-on-update': must('UNIQUE_UPDATE_CONFLICT'),
  'unique-ignored-on-upsert': must('UNIQUE_UPSERT_CONFLICT'),
  'unique-conflict-as-400': must('UNIQUE_CREATE_CONFLICT'),
  'unique-rejects-own-value': must('UNIQUE_OWN_VALUE'),
  'conflict-message-without-id': should('CONFLICT_NAMES_HOLDER'),
  'create-returns-200': must('CREATE_STATUS_201'),
  'update-wipes-omitted': must('UPDATE_KEEPS_OMITTED'),
  'update-empty-string-ignored': must('UPDATE_EMPTY_CLEARS'),
  'read-ignores-properties-param': must('READ_PROPERTIES_PARAM'),
  'read-rejects-unknown-properties': must('READ_UNKNOWN_PROPERTY_IGNORED'),
  'read-id-property-ignored': must('READ_BY_ID_PROPERTY'),
  'response-without-archived': must('OBJECT_SHAPE'),
  'archive-answers-200': must('ARCHIVE_204'),
  'archive-leaves-record-readable': must('READ_AFTER_ARCHIVE_404'),
  'update-archived-record': should('ARCHIVED_NOT_UPDATED'),
  'create-reply-defaults-only': must('CREATE_VALUES_STORED'),
  'create-empty-associations-rejected': must('CREATE_ACCEPTED'),
  'object-id-property-as-number': must('OBJECT_VALUES_STRINGS'),
  'empty-properties-as-null': should('EMPTY_PROPERTY_ABSENT'),
  'read-cached': must('READ_MATCHES'),
  'read-default-all-properties': should('READ_DEFAULT_SET'),
  'read-unknown-id-answers-200': must('READ_UNKNOWN_ID_404'),
  'update-reply-defaults-only': must('UPDATE_VALUES_STORED'),
  'update-unknown-id-creates': must('UPDATE_UNKNOWN_ID_404'),
  'update-id-property-ignored': must('UPDATE_BY_ID_PROPERTY'),
  'archived-read-refused': should('ARCHIVED_READABLE'),
  'upsert-always-creates': must('UPSERT_UPDATES_MATCH'),
  'upsert-new-flag-always-false': should('UPSERT_NEW_FLAG'),
  'upsert-empty-id-accepted': should('UPSERT_EMPTY_ID_REJECTED'),
  'non-unique-id-property-accepted': must('UPSERT_NON_UNIQUE_ID_PROPERTY'),
  'upsert-query-id-property-ignored': should('UPSERT_QUERY_ID_PROPERTY'),
  'upsert-create-drops-id-value': must('UPSERT_CREATES'),
  'upsert-status-pending': must('UPSERT_BATCH_SHAPE'),
  'upsert-drops-invalid-inputs': should('UPSERT_INVALID_INPUT_REFUSED'),
  'auth-no-401-without-token': must('AUTH_MISSING_TOKEN'),
  'auth-write-with-read-token': must('AUTH_READ_TOKEN_WRITE'),
  'properties-without-options': must('DISCOVERY_OPTIONS'),
  'properties-without-unique-flag': should('DISCOVERY_UNIQUE_FLAG'),
  'properties-archived-ignored': should('DISCOVERY_ARCHIVED_ONLY'),
  'object-type-id-refused': should('OBJECT_TYPE_ID'),
  'reads-need-write-scope': should('AUTH_READ_TOKEN_READS'),
  'properties-paged': must('DISCOVERY_SHAPE'),
  'properties-without-group-name': must('DISCOVERY_PROPERTY_FIELDS'),
  'properties-without-modification-metadata': should('DISCOVERY_READ_ONLY_FLAG'),
};
