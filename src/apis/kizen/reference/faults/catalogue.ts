/**
 * The fault catalogue of the Kizen reference server: named switches that each break one
 * documented rule. A fault is consulted at the one place in the clean code path where its rule
 * is enforced. `clauses` names the clause ids (spec/kizen/clauses.yaml) the fault violates.
 */
import { fault, faultCatalogue } from '../../../../reference/common/faults.ts';

export type { FaultEntry } from '../../../../reference/common/faults.ts';

/** Faults in per-type value validation. */
const VALUE_FAULTS = [
  fault('text-limit-off-by-one', ['KIZEN-TYPES-002'], 'Accepts a text value of 256 characters.'),
  fault('longtext-limit-off-by-one', ['KIZEN-TYPES-022'], 'Accepts a longtext value of 50,001 characters.'),
  fault('email-format-unchecked', ['KIZEN-TYPES-003'], 'Accepts any string as an email address.'),
  fault('phone-accepts-letters', ['KIZEN-TYPES-004'], 'Accepts any string as a phone number.'),
  fault('integer-accepts-fraction', ['KIZEN-TYPES-005', 'KIZEN-TYPES-001'], 'Accepts a number with a fraction, such as 2.5, for an integer field.'),
  fault('integer-range-unchecked', ['KIZEN-TYPES-006'], 'Accepts integers outside the 4-byte range.'),
  fault('date-accepts-impossible', ['KIZEN-TYPES-010'], 'Accepts any YYYY-MM-DD string, such as 2026-02-30, for a date field.'),
  fault('datetime-accepts-bare-date', ['KIZEN-TYPES-020'], 'Accepts a date without a time for a datetime field.'),
  fault('datetime-format-unchecked', ['KIZEN-TYPES-011'], 'Accepts any string, such as "not a date", for a datetime field.'),
  fault('email-accepts-undotted-domain', ['KIZEN-TYPES-021'], 'Accepts an email address whose domain has no dot, such as user@localhost.'),
  fault('checkbox-coerces-strings', ['KIZEN-TYPES-013'], 'Reads the strings "true" and "false" as booleans for a checkbox field.'),
  fault('option-not-offered-accepted', ['KIZEN-TYPES-014'], 'Accepts an option id the field does not offer.'),
  fault('relationship-unknown-record-accepted', ['KIZEN-TYPES-016'], 'Accepts a relationship to a record that does not exist.'),
  fault('team-member-unchecked', ['KIZEN-TYPES-018'], 'Accepts any UUID for a team_selector field.'),
  fault('money-reads-bare-number', ['KIZEN-TYPES-009', 'KIZEN-READ-003'], 'Money reads back as a bare number instead of { currency, symbol, amount }.'),
  fault('decimal-accepts-string', ['KIZEN-TYPES-007'], 'Accepts a numeric string such as "1.5" for a decimal field.'),
  fault('number-digits-unchecked', ['KIZEN-TYPES-008'], 'Accepts decimal and money values with more than 11 digits before the point.'),
  fault('checkbox-accepts-numbers', ['KIZEN-TYPES-012'], 'Reads any number as a boolean for a checkbox field.'),
  fault('option-reads-bare-id', ['KIZEN-TYPES-015'], 'Option values read back as the bare option id instead of { id, code, name }.'),
  fault('relationship-object-refused', ['KIZEN-TYPES-017'], 'Refuses a relationship value { id }; only a bare record id is accepted.'),
  fault('null-refused-on-optional', ['KIZEN-TYPES-019'], 'Refuses null for a field that is not required.'),
] as const;

/** Faults in add: the body, required fields, identifiers and the unarchive choices. */
const ADD_FAULTS = [
  fault('add-status-202', ['KIZEN-ADD-003'], 'A successful add answers 202.'),
  fault('add-reply-missing-counts', ['KIZEN-ADD-002'], 'The add reply lacks num_upcoming_activities and num_associated_team_members.'),
  fault('add-reply-missing-team-members', ['KIZEN-ADD-002'], 'The add reply lacks num_associated_team_members.'),
  fault('field-id-entries-ignored', ['KIZEN-ADD-004'], 'Entries that name their field by UUID are silently dropped.'),
  fault('add-required-unchecked', ['KIZEN-ADD-008'], 'An add without a required field creates the record.'),
  fault('add-required-blank-accepted', ['KIZEN-ADD-013'], 'An add sending a required field null or "" creates the record without it.'),
  fault('add-partial-create-on-reject', ['KIZEN-ADD-007'], 'An add refused for one invalid value still creates a record with the valid ones.'),
  fault('unknown-field-ignored', ['KIZEN-ADD-009'], 'Entries naming no field of the object are silently dropped.'),
  fault('read-only-field-writable', ['KIZEN-ADD-010'], 'Fields with is_read_only true can be written.'),
  fault('add-duplicate-identifier', ['KIZEN-IDENT-001', 'KIZEN-IDENT-003'], 'Add creates a second active record with an identifier already held.'),
  fault('add-race-duplicates', ['KIZEN-IDENT-001', 'KIZEN-IDENT-003'], 'Concurrent adds of one new identifier each pass the identifier check before any is stored, so all create a record.'),
  fault('add-duplicate-overwrites', ['KIZEN-ADD-006'], 'Add with an identifier an active record holds writes the sent values onto that record.'),
  fault('unarchive-prompt-creates', ['KIZEN-IDENT-004'], 'With unarchive prompt, an add matching an archived record creates a new record.'),
  fault('unarchive-choice-ignored', ['KIZEN-IDENT-005'], 'With unarchive unarchive, an add matching an archived record creates a new record.'),
  fault('unarchive-overwrite-restores', ['KIZEN-IDENT-006'], 'With unarchive overwrite, an add matching an archived record restores it instead of creating one.'),
  fault('unarchive-unknown-choice-accepted', ['KIZEN-ADD-012'], 'An unarchive value outside the enum is taken as prompt instead of 400.'),
  fault('add-drops-last-entry', ['KIZEN-ADD-001'], 'Add stores every sent entry but the last.'),
  fault('add-fields-object-accepted', ['KIZEN-ADD-005'], 'Add takes fields given as an object of api name to value instead of refusing it.'),
  fault('display-name-is-id', ['KIZEN-ADD-011'], "A custom object record's display_name is its id instead of its name."),
  fault('add-by-uuid-refused', ['KIZEN-READ-005'], 'Add with the object UUID in the path answers 404; only the api name works.'),
  fault('contact-identified-by-first-name', ['KIZEN-IDENT-002'], 'Contacts are matched by first_name instead of email.'),
] as const;

/** Faults in upsert and lookup. */
const UPSERT_FAULTS = [
  fault('upsert-empty-lookup-accepted', ['KIZEN-UPSERT-001'], 'Upsert with lookup_value "" creates a record.'),
  fault('upsert-update-returns-201', ['KIZEN-UPSERT-003'], 'Upsert answers 201 when it updated a record.'),
  fault('upsert-duplicates', ['KIZEN-UPSERT-005', 'KIZEN-UPSERT-003'], 'Upsert always creates, even when a record matches.'),
  fault('upsert-race-duplicates', ['KIZEN-UPSERT-005', 'KIZEN-IDENT-003'], 'Concurrent upserts of one new lookup_value each find no match before any is stored, so all create a record.'),
  fault('upsert-no-identifier-injection', ['KIZEN-UPSERT-004'], 'Upsert does not give a new record lookup_value as its identifier.'),
  fault('upsert-case-sensitive', ['KIZEN-UPSERT-006'], 'Upsert matches lookup_value only in the exact letter case.'),
  fault('lookup-missing-identifier-404', ['KIZEN-LOOKUP-002'], 'Lookup without identifier answers 404 instead of 400.'),
  fault('upsert-create-returns-200', ['KIZEN-UPSERT-002'], 'Upsert answers 200 when it created a record.'),
  fault('upsert-archived-match-ignored', ['KIZEN-UPSERT-007'], 'By default, upsert matching only an archived record creates a new one instead of 400 conflict.'),
  fault('upsert-update-wipes-omitted', ['KIZEN-UPSERT-008'], 'An upsert that updates blanks every optional field it was not sent.'),
  fault('upsert-whitespace-lookup-404', ['KIZEN-UPSERT-009'], 'Upsert with a lookup_value of only whitespace answers 404 instead of 400.'),
  fault('lookup-empty-identifier-404', ['KIZEN-LOOKUP-003'], 'Lookup with identifier present but empty answers 404 instead of 400.'),
  fault('lookup-without-fields', ['KIZEN-LOOKUP-001'], 'Lookup answers the record without its fields.'),
] as const;

/** Faults in read-back, patch, archive, auth, discovery and error bodies. */
const SURFACE_FAULTS = [
  fault('read-shows-blank-fields', ['KIZEN-READ-002'], 'Blank fields appear in read-back with value null.'),
  fault('empty-field-list-shows-all', ['KIZEN-READ-007'], 'A read with field_names or field_ids present but empty shows every field.'),
  fault('read-fields-keyed-by-name', ['KIZEN-READ-001'], 'Record fields are keyed by api name instead of field UUID.'),
  fault('patch-wipes-omitted', ['KIZEN-PATCH-002'], 'Patch blanks every writable field it was not sent.'),
  fault('patch-returns-all-fields', ['KIZEN-PATCH-003'], 'The patch reply holds every field, not only the written ones.'),
  fault('patch-archived-key-archives', ['KIZEN-PATCH-005'], 'A patch body with archived true archives the record.'),
  fault('patch-identifier-duplicates', ['KIZEN-IDENT-003'], 'Patch gives a record an identifier another active record holds.'),
  fault('archive-deletes-data', ['KIZEN-ARCHIVE-003'], 'Archiving throws away the field values, so unarchive restores an empty record.'),
  fault('archived-record-readable', ['KIZEN-ARCHIVE-002'], 'An archived record can still be read by id.'),
  fault('auth-user-header-optional', ['KIZEN-AUTH-001'], 'Calls without X-USER-ID are served.'),
  fault('read-only-key-writes', ['KIZEN-AUTH-003'], 'The read-only API key may write records.'),
  fault('fields-list-paginated', ['KIZEN-DISCOVERY-004'], 'The field list is a paginated envelope instead of a plain array.'),
  fault('fields-list-without-display-name', ['KIZEN-DISCOVERY-004'], 'The field list leaves out each field\'s display_name.'),
  fault('read-reply-without-access', ['KIZEN-READ-006'], 'A record read carries no access member.'),
  fault('request-id-missing', ['KIZEN-ERRORS-003'], 'Replies carry no X-Request-ID header.'),
  fault('errors-detail-without-code', ['KIZEN-ERRORS-001'], 'Error bodies carry detail without code.'),
  fault('discovery-relation-target-missing', ['KIZEN-DISCOVERY-006'], 'Relationship fields are discovered without their relation target.'),
  fault('errors-not-positional', ['KIZEN-ERRORS-002'], 'A 400 for invalid entries carries no positional fields list.'),
  fault('errors-message-not-detail', ['KIZEN-ERRORS-001'], 'Error bodies carry message instead of detail.'),
  fault('auth-business-code-generic', ['KIZEN-AUTH-002'], 'A call without X-BUSINESS-ID is refused with code not_authenticated.'),
  fault('discovery-without-entity-name', ['KIZEN-DISCOVERY-001'], 'Object details leave out entity_name.'),
  fault('discovery-by-name-refused', ['KIZEN-DISCOVERY-002'], 'Object details by api name answer 404.'),
  fault('fields-unknown-object-empty', ['KIZEN-DISCOVERY-003'], 'The field list of an object that does not exist answers 200 with [].'),
  fault('discovery-options-without-code', ['KIZEN-DISCOVERY-005'], 'Discovered options carry no code.'),
  fault('discovery-field-type-aliases', ['KIZEN-DISCOVERY-007'], 'Discovery shows phonenumber fields with field_type "phone".'),
  fault('record-of-other-object-readable', ['KIZEN-READ-004'], 'GET finds a record by id under any object, not only its own.'),
  fault('patch-null-ignored', ['KIZEN-PATCH-001'], 'Patch ignores null instead of clearing the field.'),
  fault('patch-partial-write-on-reject', ['KIZEN-PATCH-004'], 'A patch refused for one invalid entry still writes the valid ones.'),
  fault('patch-archived-record', ['KIZEN-PATCH-006'], 'Patch changes an archived record instead of answering 404.'),
  fault('patch-required-unchecked', ['KIZEN-PATCH-007'], 'Patch may blank a required field.'),
  fault('archive-answers-200', ['KIZEN-ARCHIVE-001'], 'Archive answers 200 with the record instead of 204 without a body.'),
  fault('archived-record-found-by-lookup', ['KIZEN-ARCHIVE-005'], "Lookup still finds an archived record by its identifier."),
  fault('unarchive-answers-202', ['KIZEN-ARCHIVE-006'], 'Unarchive answers 202 instead of 200.'),
  fault('auth-refused-403', ['KIZEN-AUTH-004'], 'Unauthenticated calls are refused with 403 instead of 401.'),
  fault('read-only-key-reads-refused', ['KIZEN-AUTH-005'], 'The read-only API key is refused reads too (403).'),
  fault('archive-twice-accepted', ['KIZEN-ARCHIVE-004'], 'Archiving an archived record answers 204 again instead of 404.'),
] as const;

/** A server that fails: its 5xx comes where a case does not judge the reply (clean-up archives). */
const CRASH_FAULTS = [
  fault('archive-answers-500', ['KIZEN-SERVER-001'], 'Archive keeps the record archived but answers 500.'),
] as const;

/** Every fault the reference server can switch on, in catalogue order. */
export const FAULTS = [...VALUE_FAULTS, ...ADD_FAULTS, ...UPSERT_FAULTS, ...SURFACE_FAULTS, ...CRASH_FAULTS] as const;

export type FaultName = (typeof FAULTS)[number]['name'];

/** Names, the name check and fault-set parsing of this catalogue. */
export const CATALOGUE = faultCatalogue(FAULTS, 'Kizen');

export const FAULT_NAMES: readonly FaultName[] = CATALOGUE.names;

export const isFaultName = CATALOGUE.isName;
