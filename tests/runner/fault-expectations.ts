/**
 * What each fault of the Zeeg reference server must draw at the default budget: the check
 * charged and its level. Written out by hand from the rule each fault breaks, so a change that
 * charges a fault to another rule (or another level) fails the matrix.
 */
import type { Level } from '../../src/contract/clauses.ts';
import type { FaultName } from '../../src/reference/zeeg/index.ts';

export interface Expected {
  code: string;
  level: Level;
}

const must = (code: string): Expected => ({ code, level: 'MUST' });
const should = (code: string): Expected => ({ code, level: 'SHOULD' });

export const FAULT_EXPECTATIONS: Readonly<Record<FaultName, Expected>> = {
  'text-limit-off-by-one': must('TYPE_TEXT_REJECTED'),
  'text-limit-counts-utf16': should('TEXT_ASTRAL_LIMIT'),
  'number-rejects-negative': must('TYPE_NUMBER_ACCEPTED'),
  'number-accepts-decimal': must('TYPE_NUMBER_REJECTED'),
  'checkbox-accepts-string': must('TYPE_CHECKBOX_REJECTED'),
  'date-accepts-any-string': must('TYPE_DATE_REJECTED'),
  'select-accepts-unknown-option': must('TYPE_SELECT_REJECTED'),
  'multiselect-accepts-unknown-option': should('UNKNOWN_OPTION_REJECTED'),
  'multiselect-accepts-bare-ids': must('TYPE_MULTISELECT_REJECTED'),
  'relation-accepts-unknown-record': should('UNKNOWN_RELATION_REJECTED'),
  'relation-accepts-bare-uuid': must('TYPE_RELATION_REJECTED'),
  'user-accepts-bare-uuid': must('TYPE_USER_REJECTED'),
  'user-accepts-unknown-member': should('UNKNOWN_MEMBER_REJECTED'),
  'text-empty-stored-as-null': should('TEXT_EMPTY_KEPT'),
  'date-accepts-datetime': should('DATE_DATETIME_REJECTED'),
  'unknown-attribute-ignored': should('UNKNOWN_KEY_REJECTED'),
  'array-body-accepted': should('NON_OBJECT_BODY_REJECTED'),
  'unique-ignored-on-create': must('UNIQUE_CREATE_REJECTED'),
  'unique-ignored-on-assert': must('UNIQUE_ASSERT_REJECTED'),
  'unique-ignored-on-patch': must('UNIQUE_PATCH_REJECTED'),
  'unique-rejects-own-value': must('UNIQUE_OWN_VALUE'),
  'unique-rejects-own-value-on-patch': should('UNIQUE_OWN_VALUE_PATCH'),
  'unique-patch-conflict-422': should('UNIQUE_PATCH_400'),
  'unique-race-on-create': must('UNIQUE_INVARIANT'),
  'wrong-status-create-200': should('CREATE_STATUS_201'),
  'create-defaults-omitted': must('CREATE_OMITTED_NULL'),
  'create-drops-dates': must('CREATE_VALUES_STORED'),
  'create-empty-body-rejected': must('CREATE_EMPTY_BODY'),
  'create-omits-null-attributes': should('CREATE_LISTS_NULLS'),
  'unknown-object-creates': must('UNKNOWN_OBJECT_REJECTED'),
  'record-id-not-uuid': must('RECORD_ID_FRESH'),
  'assert-missing-matching-accepted': must('ASSERT_MATCHING_PARAM_REQUIRED'),
  'assert-empty-matching-accepted': must('ASSERT_EMPTY_MATCHING_REJECTED'),
  'assert-null-matching-accepted': must('ASSERT_EMPTY_MATCHING_REJECTED'),
  'assert-missing-matching-value-accepted': must('ASSERT_MATCHING_VALUE_REQUIRED'),
  'assert-drops-matching-value': must('ASSERT_VALUES_STORED'),
  'assert-update-returns-201': must('ASSERT_UPDATES_200'),
  'assert-create-returns-200': must('ASSERT_CREATES_201'),
  'assert-wipes-omitted': must('ASSERT_OMITTED_ON_UPDATE'),
  'assert-duplicates': must('ASSERT_IDEMPOTENT'),
  'assert-race-duplicates': should('ASSERT_RACE_SINGLE_RECORD'),
  'assert-updates-every-match': must('ASSERT_SINGLE_MATCH'),
  'assert-matches-last': should('ASSERT_FIRST_MATCH'),
  'assert-shared-value-creates': must('ASSERT_SHARED_MATCH_UPDATES'),
  'assert-case-insensitive-match': must('ASSERT_EXACT_MATCH'),
  'patch-wipes-omitted': must('PATCH_KEEPS_OMITTED'),
  'patch-null-ignored': must('PATCH_NULL_CLEARS'),
  'patch-relation-appends': must('PATCH_ARRAY_REPLACED'),
  'patch-unknown-record-creates': must('PATCH_UNKNOWN_RECORD_REJECTED'),
  'patch-skips-type-check': must('PATCH_TYPE_REJECTED'),
  'patch-unknown-record-400': should('PATCH_UNKNOWN_RECORD_404'),
  'refused-create-stored': should('REJECTED_CREATE_NO_RECORD'),
  'partial-write-on-reject': should('REJECTED_WRITE_NO_TRACE'),
  'record-missing-id': must('RECORD_ENVELOPE'),
  'missing-envelope': must('RECORD_ENVELOPE'),
  'auth-no-401-without-token': must('AUTH_MISSING_TOKEN'),
  'auth-unknown-token-reads': must('AUTH_INVALID_TOKEN'),
  'auth-write-with-read-token': must('AUTH_READ_TOKEN_WRITE'),
  'get-drops-multiselect': should('READBACK_MATCHES'),
  'delete-resets-connection': must('REPLY_COMPLETE'),
  'delete-answers-bare-ok': must('DELETE_OK'),
  'delete-idempotent': must('DELETE_TWICE_404'),
  'delete-leaves-record-readable': must('GET_AFTER_DELETE_404'),
  'relation-remove-ignored': must('RELATION_ADD_REMOVE'),
  'relation-add-replaces': must('RELATION_OTHERS_UNTOUCHED'),
  'relation-empty-change-accepted': must('RELATION_EMPTY_LISTS'),
  'relation-overlap-accepted': must('RELATION_ID_IN_BOTH'),
  'relation-any-attribute-accepted': must('RELATION_BAD_ATTRIBUTE'),
  'relation-noop-rejected': must('RELATION_NOOP'),
  'auth-scope-refused-401': should('AUTH_READ_TOKEN_403'),
  'discovery-missing-system-attributes': should('DISCOVERY_SYSTEM_ATTRIBUTES'),
  'discovery-types-missing': must('DISCOVERY_SHAPE'),
  'discovery-options-missing': must('DISCOVERY_OPTIONS'),
  'discovery-read-token-refused': must('AUTH_READ_DISCOVERY'),
  'record-labelled-text': should('JSON_CONTENT_TYPE'),
  'errors-plain-text': should('ERROR_BODY_SHAPE'),
};
