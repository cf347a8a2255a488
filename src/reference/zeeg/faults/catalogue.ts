/**
 * The fault catalogue: named switches that make the reference server break exactly one
 * documented rule each. A fault is not a second server; it is consulted at the one place in
 * the clean code path where the rule is enforced. `clauses` names the clause ids (see
 * spec/zeeg/clauses.yaml) the fault violates.
 */

export interface FaultEntry {
  /** Stable kebab-case name, used on the command line and in reports. */
  readonly name: string;
  /** Clause ids of the catalogue the fault breaks. */
  readonly clauses: readonly string[];
  readonly description: string;
}

function fault<const N extends string>(name: N, clauses: readonly string[], description: string) {
  return { name, clauses, description } as const;
}

/** Faults in attribute value validation (one per documented type, plus the text limit). */
const VALUE_FAULTS = [
  fault('text-limit-off-by-one', ['ZEEG-TYPES-TEXT-LIMIT'], 'Accepts a text value of 256 code points.'),
  fault('text-limit-counts-utf16', ['ZEEG-TYPES-TEXT-LIMIT'], 'Counts text length in UTF-16 units, so 255 astral characters are rejected.'),
  fault('number-accepts-decimal', ['ZEEG-TYPES-NUMBER'], 'Accepts a non-integer number such as 29.5 for a number attribute.'),
  fault('checkbox-accepts-string', ['ZEEG-TYPES-CHECKBOX'], 'Accepts the strings "true" and "false" for a checkbox attribute.'),
  fault('date-accepts-any-string', ['ZEEG-TYPES-DATE'], 'Accepts any string, such as "2025-13-45", for a date attribute.'),
  fault('select-accepts-unknown-option', ['ZEEG-TYPES-SELECT'], 'Accepts a select value whose id matches no option.'),
  fault('multiselect-accepts-unknown-option', ['ZEEG-TYPES-MULTISELECT'], 'Accepts a multiselect item whose id matches no option.'),
  fault('relation-accepts-unknown-record', ['ZEEG-TYPES-RELATION'], 'Accepts relation ids that name no record of the related object.'),
  fault('user-accepts-unknown-member', ['ZEEG-TYPES-USER'], 'Accepts user ids that name no organization member.'),
  fault('unknown-attribute-ignored', ['ZEEG-CREATE-UNKNOWN'], 'Silently drops unknown attribute keys instead of rejecting the request.'),
] as const;

/** Faults in the isUnique rule, one per write operation, plus the own-value exemption. */
const UNIQUE_FAULTS = [
  fault('unique-ignored-on-create', ['ZEEG-CREATE-UNIQUE'], 'Create stores a unique value another record already holds.'),
  fault('unique-ignored-on-assert', ['ZEEG-ASSERT-UNIQUE'], 'Assert assigns a unique value another record already holds.'),
  fault('unique-ignored-on-patch', ['ZEEG-PATCH-UNIQUE'], 'Patch assigns a unique value another record already holds.'),
  fault('unique-rejects-own-value', ['ZEEG-ASSERT-UNIQUE-OWN'], "Rejects re-asserting a record's own unique value onto it."),
] as const;

/** Faults in create, assert and patch semantics. */
const WRITE_FAULTS = [
  fault('wrong-status-create-200', ['ZEEG-CREATE-STATUS'], 'Create answers 200 instead of 201.'),
  fault('create-empty-body-rejected', ['ZEEG-CREATE-EMPTY'], 'Create rejects an empty body {} with 400.'),
  fault('create-omits-null-attributes', ['ZEEG-CREATE-OMITTED-NULL'], 'Omitted attributes are missing from the created record instead of null.'),
  fault('assert-missing-matching-accepted', ['ZEEG-ASSERT-MATCHING-REQUIRED'], 'Assert without matchingAttribute creates a record instead of 400.'),
  fault('assert-empty-matching-accepted', ['ZEEG-ASSERT-EMPTY-VALUE'], 'Assert with an empty-string matching value is accepted.'),
  fault('assert-null-matching-accepted', ['ZEEG-ASSERT-EMPTY-VALUE'], 'Assert with a null matching value is accepted.'),
  fault('assert-update-returns-201', ['ZEEG-ASSERT-UPDATE-200'], 'Assert answers 201 when it updated an existing record.'),
  fault('assert-create-returns-200', ['ZEEG-ASSERT-CREATE-201'], 'Assert answers 200 when it created a new record.'),
  fault('assert-wipes-omitted', ['ZEEG-ASSERT-OMITTED'], 'Assert update sets every omitted attribute to null.'),
  fault('assert-duplicates', ['ZEEG-ASSERT-UPDATE-200'], 'Assert always creates a new record, even when one matches.'),
  fault('assert-race-duplicates', ['ZEEG-ASSERT-ATOMIC'], 'Assert waits between lookup and insert, so racing asserts create duplicates.'),
  fault('assert-matches-last', ['ZEEG-ASSERT-FIRST-MATCH'], 'When several records match, assert updates the newest instead of the first.'),
  fault('assert-case-insensitive-match', ['ZEEG-ASSERT-EXACT'], 'Assert matches text values ignoring case instead of exactly.'),
  fault('patch-wipes-omitted', ['ZEEG-PATCH-OMITTED'], 'Patch sets every omitted attribute to null.'),
  fault('patch-null-ignored', ['ZEEG-PATCH-NULL-CLEARS'], 'Patch ignores null instead of clearing the attribute.'),
  fault('patch-relation-appends', ['ZEEG-PATCH-RELATION-REPLACE'], 'Patch appends relation and user ids instead of replacing the array.'),
  fault('patch-unknown-record-creates', ['ZEEG-PATCH-NOT-FOUND'], 'Patch of an unknown record id creates it (201) instead of 404.'),
  fault('partial-write-on-reject', ['ZEEG-PATCH-ATOMIC'], 'A patch rejected with 400 still writes its valid attributes.'),
] as const;

/** Faults in response shape, auth, delete and the relation endpoint. */
const SURFACE_FAULTS = [
  fault('record-missing-id', ['ZEEG-RECORD-SHAPE'], 'The record in responses has no id.'),
  fault('missing-envelope', ['ZEEG-RECORD-ENVELOPE'], 'Responses carry the bare record without { success, status, record }.'),
  fault('auth-no-401-without-token', ['ZEEG-AUTH-401'], 'Requests without a token are served instead of 401.'),
  fault('auth-write-with-read-token', ['ZEEG-AUTH-SCOPE'], 'Writes succeed with a token that only holds crm:read.'),
  fault('delete-idempotent', ['ZEEG-DELETE-NOT-IDEMPOTENT'], 'A second delete of the same record answers 200 instead of 404.'),
  fault('delete-leaves-record-readable', ['ZEEG-DELETE-GET-404'], 'A deleted record can still be read with GET.'),
  fault('relation-remove-ignored', ['ZEEG-RELATION-REMOVE'], 'The relation endpoint ignores remove.'),
  fault('relation-add-replaces', ['ZEEG-RELATION-UNTOUCHED'], 'The relation endpoint replaces the linked ids with add.'),
  fault('relation-empty-change-accepted', ['ZEEG-RELATION-NON-EMPTY'], 'The relation endpoint accepts a body with neither add nor remove.'),
  fault('relation-overlap-accepted', ['ZEEG-RELATION-OVERLAP'], 'The relation endpoint accepts the same id in add and remove.'),
] as const;

/** Every fault the reference server can switch on, in catalogue order. */
export const FAULTS = [...VALUE_FAULTS, ...UNIQUE_FAULTS, ...WRITE_FAULTS, ...SURFACE_FAULTS] as const;

export type FaultName = (typeof FAULTS)[number]['name'];

export const FAULT_NAMES: readonly FaultName[] = FAULTS.map((entry) => entry.name);

export function isFaultName(name: string): name is FaultName {
  return (FAULT_NAMES as readonly string[]).includes(name);
}
