/**
 * The fault catalogue of the Kizen reference server: named switches that each break one
 * documented rule. A fault is consulted at the one place in the clean code path where its rule
 * is enforced. `clauses` names the clause ids (spec/kizen/clauses.yaml) the fault violates.
 */
import { fault, faultCatalogue } from '../../common/faults.ts';

export type { FaultEntry } from '../../common/faults.ts';

/** Faults in per-type value validation. */
const VALUE_FAULTS = [
  fault('text-limit-off-by-one', ['KIZEN-TYPES-002'], 'Accepts a text value of 256 characters.'),
  fault('email-format-unchecked', ['KIZEN-TYPES-003'], 'Accepts any string as an email address.'),
  fault('phone-accepts-letters', ['KIZEN-TYPES-004'], 'Accepts any string as a phone number.'),
  fault('integer-accepts-fraction', ['KIZEN-TYPES-005', 'KIZEN-TYPES-001'], 'Accepts a number with a fraction, such as 2.5, for an integer field.'),
  fault('integer-range-unchecked', ['KIZEN-TYPES-006'], 'Accepts integers outside the 4-byte range.'),
  fault('date-accepts-impossible', ['KIZEN-TYPES-010'], 'Accepts any YYYY-MM-DD string, such as 2026-02-30, for a date field.'),
  fault('datetime-accepts-bare-date', ['KIZEN-TYPES-011'], 'Accepts a date without a time for a datetime field.'),
  fault('checkbox-coerces-strings', ['KIZEN-TYPES-013'], 'Reads the strings "true" and "false" as booleans for a checkbox field.'),
  fault('option-not-offered-accepted', ['KIZEN-TYPES-014'], 'Accepts an option id the field does not offer.'),
  fault('relationship-unknown-record-accepted', ['KIZEN-TYPES-016'], 'Accepts a relationship to a record that does not exist.'),
  fault('team-member-unchecked', ['KIZEN-TYPES-018'], 'Accepts any UUID for a team_selector field.'),
  fault('money-reads-bare-number', ['KIZEN-TYPES-009', 'KIZEN-READ-003'], 'Money reads back as a bare number instead of { currency, symbol, amount }.'),
] as const;

/** Faults in add: the body, required fields, identifiers and the unarchive choices. */
const ADD_FAULTS = [
  fault('add-status-202', ['KIZEN-ADD-003'], 'A successful add answers 202.'),
  fault('add-reply-missing-counts', ['KIZEN-ADD-002'], 'The add reply lacks num_upcoming_activities and num_associated_team_members.'),
  fault('field-id-entries-ignored', ['KIZEN-ADD-004'], 'Entries that name their field by UUID are silently dropped.'),
  fault('add-required-unchecked', ['KIZEN-ADD-008'], 'An add without a required field creates the record.'),
  fault('add-partial-create-on-reject', ['KIZEN-ADD-007'], 'An add refused for one invalid value still creates a record with the valid ones.'),
  fault('unknown-field-ignored', ['KIZEN-ADD-009'], 'Entries naming no field of the object are silently dropped.'),
  fault('read-only-field-writable', ['KIZEN-ADD-010'], 'Fields with is_read_only true can be written.'),
  fault('add-duplicate-identifier', ['KIZEN-IDENT-001', 'KIZEN-IDENT-003'], 'Add creates a second active record with an identifier already held.'),
  fault('add-duplicate-overwrites', ['KIZEN-ADD-006'], 'Add with an identifier an active record holds writes the sent values onto that record.'),
  fault('unarchive-prompt-creates', ['KIZEN-IDENT-004'], 'With unarchive prompt, an add matching an archived record creates a new record.'),
  fault('unarchive-choice-ignored', ['KIZEN-IDENT-005'], 'With unarchive unarchive, an add matching an archived record creates a new record.'),
] as const;

/** Faults in upsert and lookup. */
const UPSERT_FAULTS = [
  fault('upsert-empty-lookup-accepted', ['KIZEN-UPSERT-001'], 'Upsert with lookup_value "" creates a record.'),
  fault('upsert-update-returns-201', ['KIZEN-UPSERT-003'], 'Upsert answers 201 when it updated a record.'),
  fault('upsert-duplicates', ['KIZEN-UPSERT-005', 'KIZEN-UPSERT-003'], 'Upsert always creates, even when a record matches.'),
  fault('upsert-no-identifier-injection', ['KIZEN-UPSERT-004'], 'Upsert does not give a new record lookup_value as its identifier.'),
  fault('upsert-case-sensitive', ['KIZEN-UPSERT-006'], 'Upsert matches lookup_value only in the exact letter case.'),
  fault('lookup-missing-identifier-404', ['KIZEN-LOOKUP-002'], 'Lookup without identifier answers 404 instead of 400.'),
] as const;

/** Faults in read-back, patch, archive, auth, discovery and error bodies. */
const SURFACE_FAULTS = [
  fault('read-shows-blank-fields', ['KIZEN-READ-002'], 'Blank fields appear in read-back with value null.'),
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
  fault('discovery-relation-target-missing', ['KIZEN-DISCOVERY-006'], 'Relationship fields are discovered without their relation target.'),
  fault('errors-not-positional', ['KIZEN-ERRORS-002'], 'A 400 for invalid entries carries no positional fields list.'),
] as const;

/** Every fault the reference server can switch on, in catalogue order. */
export const FAULTS = [...VALUE_FAULTS, ...ADD_FAULTS, ...UPSERT_FAULTS, ...SURFACE_FAULTS] as const;

export type FaultName = (typeof FAULTS)[number]['name'];

/** Names, the name check and fault-set parsing of this catalogue. */
export const CATALOGUE = faultCatalogue(FAULTS, 'Kizen');

export const FAULT_NAMES: readonly FaultName[] = CATALOGUE.names;

export const isFaultName = CATALOGUE.isName;
