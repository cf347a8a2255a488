/**
 * Checks on the record operations: add, identifiers and archived matches, upsert, lookup,
 * read-back, patch, archive and unarchive.
 */
import type { CheckDef } from '../../../core/checks.ts';
import { defineCheck } from '../../../checks/define-check.ts';

export const ADD_ACCEPTED = defineCheck('KIZEN_ADD_ACCEPTED', 'MUST', ['KIZEN-ADD-001'], 'A valid add succeeds with a 2xx status and a new record id');
export const ADD_STATUS = defineCheck('KIZEN_ADD_STATUS', 'SHOULD', ['KIZEN-ADD-003'], 'A successful add answers 200 or 201');
export const ADD_REPLY_SHAPE = defineCheck('KIZEN_ADD_REPLY_SHAPE', 'MUST', ['KIZEN-ADD-002'], 'The add reply has id, object_type, num_upcoming_activities and num_associated_team_members (nothing more is required)');
export const ADD_VALUES_STORED = defineCheck('KIZEN_ADD_VALUES_STORED', 'MUST', ['KIZEN-ADD-001', 'KIZEN-READ-001'], 'An added record reads back with the values sent');
export const FIELD_BY_ID = defineCheck('KIZEN_FIELD_BY_ID', 'MUST', ['KIZEN-ADD-004'], 'Entries naming their field by UUID write that field as entries by api name do');
export const ADD_BODY_REFUSED = defineCheck('KIZEN_ADD_BODY_REFUSED', 'MUST', ['KIZEN-ADD-005'], 'An add without a fields list is refused with 400 and creates nothing');
export const ADD_NEVER_MODIFIES = defineCheck('KIZEN_ADD_NEVER_MODIFIES', 'MUST', ['KIZEN-ADD-006'], 'An add leaves every existing record as it was');
export const REFUSED_ADD_CREATES_NOTHING = defineCheck('KIZEN_REFUSED_ADD_CREATES_NOTHING', 'MUST', ['KIZEN-ADD-007'], 'A refused add creates no record');
export const REQUIRED_REFUSED = defineCheck('KIZEN_REQUIRED_REFUSED', 'MUST', ['KIZEN-ADD-008'], 'An add or creating upsert without a required field is refused with 400');
export const REQUIRED_BLANK_REFUSED = defineCheck('KIZEN_REQUIRED_BLANK_REFUSED', 'SHOULD', ['KIZEN-ADD-013'], 'An add or creating upsert sending a required field null or blank is refused with 400');
export const UNKNOWN_FIELD_REFUSED = defineCheck('KIZEN_UNKNOWN_FIELD_REFUSED', 'MUST', ['KIZEN-ADD-009'], 'An entry naming no field of the object is refused with 400');
export const UNKNOWN_FIELD_CODE = defineCheck('KIZEN_UNKNOWN_FIELD_CODE', 'SHOULD', ['KIZEN-ADD-009'], 'The refusal of an unknown field carries code does_not_exist');
export const READ_ONLY_REFUSED = defineCheck('KIZEN_READ_ONLY_REFUSED', 'SHOULD', ['KIZEN-ADD-010'], 'Writing a read-only field is refused with 403 and writes nothing');
export const DISPLAY_NAME = defineCheck('KIZEN_DISPLAY_NAME', 'SHOULD', ['KIZEN-ADD-011'], "A custom object record's display_name is its name");
export const UNARCHIVE_CHOICE_ENUM = defineCheck('KIZEN_UNARCHIVE_CHOICE_ENUM', 'SHOULD', ['KIZEN-ADD-012'], 'An unarchive value outside prompt, unarchive, overwrite or null is refused with 400');

export const DUPLICATE_REFUSED = defineCheck('KIZEN_DUPLICATE_REFUSED', 'MUST', ['KIZEN-IDENT-001'], 'An add with an identifier an active record holds is refused (4xx)');
export const DUPLICATE_400 = defineCheck('KIZEN_DUPLICATE_400', 'SHOULD', ['KIZEN-IDENT-001'], 'An add with a held identifier answers 400');
export const CONTACT_IDENTIFIER = defineCheck('KIZEN_CONTACT_IDENTIFIER', 'MUST', ['KIZEN-IDENT-002'], 'Contacts are identified by email, other objects by name');
export const IDENTIFIER_UNIQUE = defineCheck('KIZEN_IDENTIFIER_UNIQUE', 'MUST', ['KIZEN-IDENT-003'], 'No write leaves two active records with one identifier');
export const ADD_RACE_SINGLE = defineCheck('KIZEN_ADD_RACE_SINGLE', 'MUST', ['KIZEN-IDENT-001', 'KIZEN-IDENT-003'], 'Concurrent adds of one new identifier leave at most one record holding it');
export const UPSERT_RACE_SINGLE = defineCheck('KIZEN_UPSERT_RACE_SINGLE', 'MUST', ['KIZEN-UPSERT-005', 'KIZEN-IDENT-003'], 'Concurrent upserts of one new lookup_value leave at most one record holding it');
export const RACE_ONE_WINS = defineCheck('KIZEN_RACE_ONE_WINS', 'SHOULD', ['KIZEN-IDENT-003'], 'Of concurrent adds or upserts of one new identifier, one creates the record');
export const ARCHIVED_PROMPT = defineCheck('KIZEN_ARCHIVED_PROMPT', 'SHOULD', ['KIZEN-IDENT-004'], 'With unarchive prompt or absent, an add matching an archived record is refused with 400 conflict');
export const ARCHIVED_UNARCHIVE = defineCheck('KIZEN_ARCHIVED_UNARCHIVE', 'SHOULD', ['KIZEN-IDENT-005'], 'With unarchive unarchive, an add matching an archived record restores it unchanged');
export const ARCHIVED_OVERWRITE = defineCheck('KIZEN_ARCHIVED_OVERWRITE', 'SHOULD', ['KIZEN-IDENT-006'], 'With unarchive overwrite, an add matching an archived record creates a new one');

export const UPSERT_LOOKUP_REQUIRED = defineCheck('KIZEN_UPSERT_LOOKUP_REQUIRED', 'MUST', ['KIZEN-UPSERT-001'], 'Upsert without lookup_value, or with "", is refused with 400 and writes nothing');
export const UPSERT_LOOKUP_BLANK = defineCheck('KIZEN_UPSERT_LOOKUP_BLANK', 'SHOULD', ['KIZEN-UPSERT-009'], 'Upsert with a lookup_value of only whitespace is refused with 400 and writes nothing');
export const UPSERT_CREATES_201 = defineCheck('KIZEN_UPSERT_CREATES_201', 'MUST', ['KIZEN-UPSERT-002'], 'Upsert without a match creates and answers 201 with action created');
export const UPSERT_UPDATES_200 = defineCheck('KIZEN_UPSERT_UPDATES_200', 'MUST', ['KIZEN-UPSERT-003'], 'Upsert with a match updates that record and answers 200 with action updated');
export const UPSERT_IDENTIFIER_INJECTED = defineCheck('KIZEN_UPSERT_IDENTIFIER_INJECTED', 'MUST', ['KIZEN-UPSERT-004'], 'A record upsert creates holds lookup_value as its identifier');
export const UPSERT_NO_DUPLICATE = defineCheck('KIZEN_UPSERT_NO_DUPLICATE', 'MUST', ['KIZEN-UPSERT-005'], 'Repeating an upsert updates the record the first created');
export const UPSERT_CASE = defineCheck('KIZEN_UPSERT_CASE', 'SHOULD', ['KIZEN-UPSERT-006'], 'Upsert matches lookup_value ignoring letter case');
export const UPSERT_ARCHIVED = defineCheck('KIZEN_UPSERT_ARCHIVED', 'SHOULD', ['KIZEN-UPSERT-007'], 'Upsert matching only an archived record follows oncreate_unarchive');
export const UPSERT_KEEPS_OMITTED = defineCheck('KIZEN_UPSERT_KEEPS_OMITTED', 'SHOULD', ['KIZEN-UPSERT-008'], 'Fields an updating upsert does not send keep their values');

export const LOOKUP_FINDS = defineCheck('KIZEN_LOOKUP_FINDS', 'MUST', ['KIZEN-LOOKUP-001'], 'Lookup of an identifier as stored answers 200 with that record and its fields');
export const LOOKUP_ERRORS = defineCheck('KIZEN_LOOKUP_ERRORS', 'MUST', ['KIZEN-LOOKUP-002'], 'Lookup without identifier answers 400; of an identifier nobody holds, 404');
export const LOOKUP_EMPTY = defineCheck('KIZEN_LOOKUP_EMPTY', 'SHOULD', ['KIZEN-LOOKUP-003'], 'Lookup with an empty identifier answers 400');

export const RECORD_SHAPE = defineCheck('KIZEN_RECORD_SHAPE', 'MUST', ['KIZEN-READ-001'], 'A record reply has id and fields keyed by field UUID, entries { id, name, field_type, value }');
export const READ_REPLY_MEMBERS = defineCheck('KIZEN_READ_REPLY_MEMBERS', 'MUST', ['KIZEN-READ-006'], 'A record read (GET, lookup) carries object_type, client_info and access { view, edit, remove } besides id and fields');
export const EMPTY_LIST_DEFAULTS = defineCheck('KIZEN_EMPTY_LIST_DEFAULTS', 'MUST', ['KIZEN-READ-007'], 'A read with field_names or field_ids present but empty shows only default fields');
export const BLANK_OMITTED = defineCheck('KIZEN_BLANK_OMITTED', 'MUST', ['KIZEN-READ-002'], 'Fields without a value are absent from a record read');
export const UNKNOWN_RECORD_404 = defineCheck('KIZEN_UNKNOWN_RECORD_404', 'MUST', ['KIZEN-READ-004'], 'A record or object that does not exist answers 404');
export const UUID_OR_NAME = defineCheck('KIZEN_UUID_OR_NAME', 'MUST', ['KIZEN-READ-005'], 'Record routes answer the same for the object UUID as for its api name');

export const PATCH_ACCEPTED = defineCheck('KIZEN_PATCH_ACCEPTED', 'MUST', ['KIZEN-PATCH-001'], 'A valid patch answers 200');
export const PATCH_VALUES_STORED = defineCheck('KIZEN_PATCH_VALUES_STORED', 'MUST', ['KIZEN-PATCH-001'], 'A patched record reads back with the sent values; null clears');
export const PATCH_KEEPS_OMITTED = defineCheck('KIZEN_PATCH_KEEPS_OMITTED', 'SHOULD', ['KIZEN-PATCH-002'], 'Fields a patch does not send keep their values');
export const PATCH_REPLY_FIELDS = defineCheck('KIZEN_PATCH_REPLY_FIELDS', 'MUST', ['KIZEN-PATCH-003'], 'The patch reply holds the written fields and updated, or every field with return_all_fields');
export const REFUSED_WRITE_NO_TRACE = defineCheck('KIZEN_REFUSED_WRITE_NO_TRACE', 'MUST', ['KIZEN-PATCH-004'], 'A refused patch or upsert changes none of the fields it sent');
export const PATCH_ARCHIVED_KEY = defineCheck('KIZEN_PATCH_ARCHIVED_KEY', 'MUST', ['KIZEN-PATCH-005'], 'A patch with an archived key answers 200 and archives nothing');
export const PATCH_ARCHIVED_404 = defineCheck('KIZEN_PATCH_ARCHIVED_404', 'SHOULD', ['KIZEN-PATCH-006'], 'A patch of an archived record answers 404 and changes nothing');
export const PATCH_REQUIRED_KEPT = defineCheck('KIZEN_PATCH_REQUIRED_KEPT', 'SHOULD', ['KIZEN-PATCH-007'], 'A patch or upsert blanking a required field is refused with 400');

export const ARCHIVE_204 = defineCheck('KIZEN_ARCHIVE_204', 'MUST', ['KIZEN-ARCHIVE-001'], 'Archiving an active record answers 204 without a body');
export const ARCHIVED_GONE = defineCheck('KIZEN_ARCHIVED_GONE', 'MUST', ['KIZEN-ARCHIVE-002'], 'An archived record answers 404 to GET');
export const ARCHIVED_LOOKUP_GONE = defineCheck('KIZEN_ARCHIVED_LOOKUP_GONE', 'SHOULD', ['KIZEN-ARCHIVE-005'], 'Lookup of an archived record\'s identifier answers 404');
export const UNARCHIVE_RESTORES = defineCheck('KIZEN_UNARCHIVE_RESTORES', 'MUST', ['KIZEN-ARCHIVE-003'], 'Unarchive succeeds (2xx) and the record reads back with every value it had');
export const UNARCHIVE_200 = defineCheck('KIZEN_UNARCHIVE_200', 'SHOULD', ['KIZEN-ARCHIVE-006'], 'Unarchive answers 200');
export const ARCHIVE_AGAIN = defineCheck('KIZEN_ARCHIVE_AGAIN', 'SHOULD', ['KIZEN-ARCHIVE-004'], 'Archiving an archived record answers 404; unarchiving an active one answers 200 and changes nothing');

export const RECORD_CHECKS: CheckDef[] = [
  ADD_ACCEPTED, ADD_STATUS, ADD_REPLY_SHAPE, ADD_VALUES_STORED, FIELD_BY_ID, ADD_BODY_REFUSED, ADD_NEVER_MODIFIES,
  REFUSED_ADD_CREATES_NOTHING, REQUIRED_REFUSED, REQUIRED_BLANK_REFUSED, UNKNOWN_FIELD_REFUSED, UNKNOWN_FIELD_CODE, READ_ONLY_REFUSED, DISPLAY_NAME, UNARCHIVE_CHOICE_ENUM,
  DUPLICATE_REFUSED, DUPLICATE_400, CONTACT_IDENTIFIER, IDENTIFIER_UNIQUE, ADD_RACE_SINGLE, UPSERT_RACE_SINGLE, RACE_ONE_WINS, ARCHIVED_PROMPT, ARCHIVED_UNARCHIVE, ARCHIVED_OVERWRITE,
  UPSERT_LOOKUP_REQUIRED, UPSERT_LOOKUP_BLANK, UPSERT_CREATES_201, UPSERT_UPDATES_200, UPSERT_IDENTIFIER_INJECTED, UPSERT_NO_DUPLICATE, UPSERT_CASE, UPSERT_ARCHIVED, UPSERT_KEEPS_OMITTED,
  LOOKUP_FINDS, LOOKUP_ERRORS, LOOKUP_EMPTY, RECORD_SHAPE, READ_REPLY_MEMBERS, EMPTY_LIST_DEFAULTS, BLANK_OMITTED, UNKNOWN_RECORD_404, UUID_OR_NAME,
  PATCH_ACCEPTED, PATCH_VALUES_STORED, PATCH_KEEPS_OMITTED, PATCH_REPLY_FIELDS, REFUSED_WRITE_NO_TRACE, PATCH_ARCHIVED_KEY, PATCH_ARCHIVED_404, PATCH_REQUIRED_KEPT,
  ARCHIVE_204, ARCHIVED_GONE, ARCHIVED_LOOKUP_GONE, UNARCHIVE_RESTORES, UNARCHIVE_200, ARCHIVE_AGAIN,
];
