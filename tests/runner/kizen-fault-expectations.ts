/**
 * What each fault of the Kizen reference server must draw at the default budget: the check
 * charged and its level. Written from the rule each fault breaks, so a change that charges a
 * fault to another rule (or another level) fails the matrix.
 */
import type { Level } from '../../src/contract/clauses.ts';
import type { FaultName } from '../../src/apis/kizen/reference/index.ts';

export interface KizenExpected {
  code: string;
  level: Level;
}

const must = (code: string): KizenExpected => ({ code, level: 'MUST' });
const should = (code: string): KizenExpected => ({ code, level: 'SHOULD' });

export const KIZEN_FAULT_EXPECTATIONS: Readonly<Record<FaultName, KizenExpected>> = {
  'text-limit-off-by-one': must('KIZEN_TYPE_TEXT_REFUSED'),
  'email-format-unchecked': must('KIZEN_TYPE_EMAIL_REFUSED'),
  'phone-accepts-letters': must('KIZEN_TYPE_PHONENUMBER_REFUSED'),
  'integer-accepts-fraction': must('KIZEN_TYPE_INTEGER_REFUSED'),
  'integer-range-unchecked': should('KIZEN_INTEGER_RANGE'),
  'date-accepts-impossible': must('KIZEN_TYPE_DATE_REFUSED'),
  // A date without a time is refused only by our reading (KIZEN-TYPES-020): SHOULD since the clause split.
  'datetime-accepts-bare-date': should('KIZEN_DATETIME_FORM'),
  'datetime-format-unchecked': must('KIZEN_TYPE_DATETIME_REFUSED'),
  'email-accepts-undotted-domain': should('KIZEN_EMAIL_DOMAIN'),
  'checkbox-coerces-strings': should('KIZEN_COERCION_REFUSED'),
  'option-not-offered-accepted': must('KIZEN_TYPE_OPTION_REFUSED'),
  'relationship-unknown-record-accepted': must('KIZEN_TYPE_RELATIONSHIP_REFUSED'),
  'team-member-unchecked': must('KIZEN_TYPE_TEAM_SELECTOR_REFUSED'),
  'money-reads-bare-number': should('KIZEN_READ_ENCODING'),
  'decimal-accepts-string': should('KIZEN_COERCION_REFUSED'),
  'number-digits-unchecked': should('KIZEN_NUMBER_DIGITS'),
  'checkbox-accepts-numbers': must('KIZEN_TYPE_CHECKBOX_REFUSED'),
  'option-reads-bare-id': should('KIZEN_READ_ENCODING'),
  'relationship-object-refused': should('KIZEN_TYPE_RELATIONSHIP_ACCEPTED'),
  'null-refused-on-optional': should('KIZEN_NULL_ACCEPTED'),
  'add-status-202': should('KIZEN_ADD_STATUS'),
  'add-reply-missing-counts': must('KIZEN_ADD_REPLY_SHAPE'),
  'field-id-entries-ignored': must('KIZEN_FIELD_BY_ID'),
  'add-required-unchecked': must('KIZEN_REQUIRED_REFUSED'),
  'add-required-blank-accepted': should('KIZEN_REQUIRED_BLANK_REFUSED'),
  'add-partial-create-on-reject': must('KIZEN_REFUSED_ADD_CREATES_NOTHING'),
  'unknown-field-ignored': must('KIZEN_UNKNOWN_FIELD_REFUSED'),
  'read-only-field-writable': should('KIZEN_READ_ONLY_REFUSED'),
  'add-duplicate-identifier': must('KIZEN_DUPLICATE_REFUSED'),
  'add-duplicate-overwrites': must('KIZEN_ADD_NEVER_MODIFIES'),
  'unarchive-prompt-creates': should('KIZEN_ARCHIVED_PROMPT'),
  'unarchive-choice-ignored': should('KIZEN_ARCHIVED_UNARCHIVE'),
  'unarchive-overwrite-restores': should('KIZEN_ARCHIVED_OVERWRITE'),
  'unarchive-unknown-choice-accepted': should('KIZEN_UNARCHIVE_CHOICE_ENUM'),
  'add-drops-last-entry': must('KIZEN_ADD_ACCEPTED'),
  'add-fields-object-accepted': must('KIZEN_ADD_BODY_REFUSED'),
  // display_name is in no page's add reply: KIZEN-ADD-011 is SHOULD.
  'display-name-is-id': should('KIZEN_DISPLAY_NAME'),
  'add-by-uuid-refused': must('KIZEN_UUID_OR_NAME'),
  'contact-identified-by-first-name': must('KIZEN_CONTACT_IDENTIFIER'),
  'upsert-empty-lookup-accepted': must('KIZEN_UPSERT_LOOKUP_REQUIRED'),
  'upsert-update-returns-201': must('KIZEN_UPSERT_UPDATES_200'),
  'upsert-duplicates': must('KIZEN_UPSERT_UPDATES_200'),
  'upsert-no-identifier-injection': must('KIZEN_UPSERT_IDENTIFIER_INJECTED'),
  'upsert-case-sensitive': should('KIZEN_UPSERT_CASE'),
  'lookup-missing-identifier-404': must('KIZEN_LOOKUP_ERRORS'),
  'upsert-create-returns-200': must('KIZEN_UPSERT_CREATES_201'),
  'upsert-archived-match-ignored': should('KIZEN_UPSERT_ARCHIVED'),
  'upsert-update-wipes-omitted': should('KIZEN_UPSERT_KEEPS_OMITTED'),
  'lookup-without-fields': must('KIZEN_LOOKUP_FINDS'),
  'read-shows-blank-fields': must('KIZEN_BLANK_OMITTED'),
  'read-fields-keyed-by-name': must('KIZEN_RECORD_SHAPE'),
  'patch-wipes-omitted': should('KIZEN_PATCH_KEEPS_OMITTED'),
  'patch-returns-all-fields': must('KIZEN_PATCH_REPLY_FIELDS'),
  'patch-archived-key-archives': must('KIZEN_PATCH_ARCHIVED_KEY'),
  'patch-identifier-duplicates': must('KIZEN_IDENTIFIER_UNIQUE'),
  'archive-deletes-data': must('KIZEN_UNARCHIVE_RESTORES'),
  'archived-record-readable': must('KIZEN_ARCHIVED_GONE'),
  'auth-user-header-optional': must('KIZEN_AUTH_HEADER_REQUIRED'),
  'read-only-key-writes': must('KIZEN_READ_ONLY_KEY_WRITE'),
  'fields-list-paginated': must('KIZEN_FIELD_LIST'),
  'discovery-relation-target-missing': must('KIZEN_RELATION_TARGET'),
  'errors-not-positional': should('KIZEN_ERRORS_POSITIONAL'),
  'errors-message-not-detail': should('KIZEN_ERROR_BODY'),
  'auth-business-code-generic': should('KIZEN_AUTH_CODE'),
  'discovery-without-entity-name': must('KIZEN_OBJECT_DETAILS'),
  'discovery-by-name-refused': should('KIZEN_OBJECT_BY_NAME'),
  'fields-unknown-object-empty': must('KIZEN_UNKNOWN_OBJECT_404'),
  'discovery-options-without-code': must('KIZEN_OPTIONS_SHAPE'),
  'discovery-field-type-aliases': must('KIZEN_FIELD_TYPE_ENUM'),
  'record-of-other-object-readable': must('KIZEN_UNKNOWN_RECORD_404'),
  'patch-null-ignored': must('KIZEN_PATCH_VALUES_STORED'),
  'patch-partial-write-on-reject': must('KIZEN_REFUSED_WRITE_NO_TRACE'),
  'patch-archived-record': should('KIZEN_PATCH_ARCHIVED_404'),
  'patch-required-unchecked': should('KIZEN_PATCH_REQUIRED_KEPT'),
  'archive-answers-200': must('KIZEN_ARCHIVE_204'),
  'upsert-whitespace-lookup-404': should('KIZEN_UPSERT_LOOKUP_BLANK'),
  'lookup-empty-identifier-404': should('KIZEN_LOOKUP_EMPTY'),
  'archived-record-found-by-lookup': should('KIZEN_ARCHIVED_LOOKUP_GONE'),
  'unarchive-answers-202': should('KIZEN_UNARCHIVE_200'),
  'auth-refused-403': should('KIZEN_AUTH_401'),
  'read-only-key-reads-refused': should('KIZEN_READ_ONLY_KEY_READS'),
  'archive-twice-accepted': should('KIZEN_ARCHIVE_AGAIN'),
  'archive-answers-500': must('KIZEN_SERVER_ERROR'),
};
