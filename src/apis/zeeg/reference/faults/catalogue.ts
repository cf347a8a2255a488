/**
 * The fault catalogue: named switches that make the reference server break exactly one
 * documented rule each. A fault is not a second server; it is consulted at the one place in
 * the clean code path where the rule is enforced. `clauses` names the clause ids (see
 * spec/zeeg/clauses.yaml) the fault violates.
 */
import { fault, faultCatalogue } from '../../../../reference/common/faults.ts';

export type { FaultEntry } from '../../../../reference/common/faults.ts';

/** Faults in attribute value validation (one per documented type, plus the text limit). */
const VALUE_FAULTS = [
  fault('text-limit-off-by-one', ['ZEEG-TYPES-003', 'ZEEG-TYPES-002'], 'Accepts a text value of 256 code points.'),
  fault('text-limit-counts-utf16', ['ZEEG-TYPES-015'], 'Counts text length in UTF-16 units, so 255 astral characters are rejected.'),
  fault('number-rejects-negative', ['ZEEG-TYPES-001', 'ZEEG-TYPES-004'], 'Refuses a negative integer such as -29 for a number attribute with 400.'),
  fault('number-accepts-decimal', ['ZEEG-TYPES-004', 'ZEEG-TYPES-002'], 'Accepts a non-integer number such as 29.5 for a number attribute.'),
  fault('checkbox-accepts-string', ['ZEEG-TYPES-005', 'ZEEG-TYPES-002'], 'Accepts the strings "true" and "false" for a checkbox attribute.'),
  fault('date-accepts-any-string', ['ZEEG-TYPES-006', 'ZEEG-TYPES-002'], 'Accepts any string, such as "2025-13-45", for a date attribute.'),
  fault('select-accepts-unknown-option', ['ZEEG-TYPES-007', 'ZEEG-TYPES-002'], 'Accepts a select value whose id matches no option.'),
  fault('multiselect-accepts-unknown-option', ['ZEEG-TYPES-009'], 'Accepts a multiselect item whose id matches no option.'),
  fault('multiselect-accepts-bare-ids', ['ZEEG-TYPES-008', 'ZEEG-TYPES-002'], 'Accepts bare option ids such as [1, 2] for a multiselect attribute.'),
  fault('relation-accepts-unknown-record', ['ZEEG-TYPES-011'], 'Accepts relation ids that name no record of the related object.'),
  fault('relation-accepts-bare-uuid', ['ZEEG-TYPES-010', 'ZEEG-TYPES-002'], 'Accepts a bare UUID string instead of an array for a relation attribute.'),
  fault('user-accepts-bare-uuid', ['ZEEG-TYPES-012', 'ZEEG-TYPES-002'], 'Accepts a bare UUID string instead of an array for a user attribute.'),
  fault('user-accepts-unknown-member', ['ZEEG-TYPES-013'], 'Accepts user ids that name no organization member.'),
  fault('text-empty-stored-as-null', ['ZEEG-TYPES-016'], 'Stores an empty text value as null.'),
  fault('date-accepts-datetime', ['ZEEG-TYPES-014'], 'Accepts an ISO 8601 datetime such as 2025-06-01T10:00:00Z for a date attribute and stores its date part.'),
  fault('unknown-attribute-ignored', ['ZEEG-CREATE-006'], 'Silently drops unknown attribute keys instead of rejecting the request.'),
  fault('array-body-accepted', ['ZEEG-CREATE-007'], 'Treats a JSON array body as an empty object instead of rejecting it.'),
] as const;

/** Faults in the isUnique rule, one per write operation, plus the own-value exemption. */
const UNIQUE_FAULTS = [
  fault('unique-ignored-on-create', ['ZEEG-UNIQUE-001', 'ZEEG-UNIQUE-004'], 'Create stores a unique value another record already holds.'),
  fault('unique-ignored-on-assert', ['ZEEG-UNIQUE-002', 'ZEEG-UNIQUE-004'], 'Assert assigns a unique value another record already holds.'),
  fault('unique-ignored-on-patch', ['ZEEG-UNIQUE-004'], 'Patch assigns a unique value another record already holds.'),
  fault('unique-rejects-own-value', ['ZEEG-UNIQUE-003'], "Rejects re-asserting a record's own unique value onto it."),
  fault('unique-rejects-own-value-on-patch', ['ZEEG-UNIQUE-006'], "Rejects a patch that gives a record's unique attribute the value it already holds."),
  fault('unique-patch-conflict-422', ['ZEEG-UNIQUE-005'], 'A patch to a unique value another record holds is refused with 422 instead of 400.'),
  fault('unique-race-on-create', ['ZEEG-UNIQUE-004'], 'Create waits between the unique check and the insert, so racing creates store one unique value twice.'),
] as const;

/** Faults in create, assert and patch semantics. */
const WRITE_FAULTS = [
  fault('wrong-status-create-200', ['ZEEG-RECORD-002'], 'Create answers 200 instead of 201.'),
  fault('create-defaults-omitted', ['ZEEG-CREATE-003'], 'Create stores false for checkbox attributes the body leaves out, instead of null.'),
  fault('required-not-enforced', ['ZEEG-CREATE-008'], 'Creates a record that leaves out an attribute marked isRequired.'),
  fault('create-drops-dates', ['ZEEG-CREATE-002'], 'Create stores null for every date value it is sent.'),
  fault('create-empty-body-rejected', ['ZEEG-CREATE-004'], 'Create rejects an empty body {} with 400.'),
  fault('create-omits-null-attributes', ['ZEEG-RECORD-006'], 'Omitted attributes are missing from the created record instead of null.'),
  fault('unknown-object-creates', ['ZEEG-CREATE-005'], 'A create in an object that does not exist answers 201 with a record.'),
  fault('record-id-not-uuid', ['ZEEG-CREATE-001'], 'Create gives records sequential numeric ids instead of UUIDs.'),
  fault('assert-missing-matching-accepted', ['ZEEG-ASSERT-003'], 'Assert without matchingAttribute creates a record instead of 400.'),
  fault('assert-empty-matching-accepted', ['ZEEG-ASSERT-010'], 'Assert with an empty-string matching value is accepted.'),
  fault('assert-null-matching-accepted', ['ZEEG-ASSERT-010'], 'Assert with a null matching value is accepted.'),
  fault('assert-missing-matching-value-accepted', ['ZEEG-ASSERT-005'], 'Assert whose body lacks the matching attribute creates a record.'),
  fault('assert-drops-matching-value', ['ZEEG-ASSERT-006'], 'Assert creates the record without storing the matching value.'),
  fault('assert-update-returns-201', ['ZEEG-ASSERT-001', 'ZEEG-ASSERT-011'], 'Assert answers 201 when it updated an existing record.'),
  fault('assert-create-returns-200', ['ZEEG-ASSERT-002'], 'Assert answers 200 when it created a new record.'),
  fault('assert-wipes-omitted', ['ZEEG-ASSERT-007'], 'Assert update sets every omitted attribute to null.'),
  fault('assert-duplicates', ['ZEEG-ASSERT-001', 'ZEEG-ASSERT-011'], 'Assert always creates a new record, even when one matches.'),
  fault('assert-race-duplicates', ['ZEEG-ASSERT-013', 'ZEEG-UNIQUE-004'], 'Assert waits between lookup and insert, so racing asserts create duplicates.'),
  fault('assert-updates-every-match', ['ZEEG-ASSERT-008'], 'When several records match, assert updates all of them.'),
  fault('assert-matches-last', ['ZEEG-ASSERT-012'], 'When several records match, assert updates the newest instead of the first.'),
  fault('assert-shared-value-creates', ['ZEEG-ASSERT-009'], 'When several records hold the matching value, assert creates a new record (201) instead of updating one.'),
  fault('assert-case-insensitive-match', ['ZEEG-ASSERT-004'], 'Assert matches text values ignoring case instead of exactly.'),
  fault('patch-wipes-omitted', ['ZEEG-PATCH-001'], 'Patch sets every omitted attribute to null.'),
  fault('patch-null-ignored', ['ZEEG-PATCH-002'], 'Patch ignores null instead of clearing the attribute.'),
  fault('patch-relation-appends', ['ZEEG-PATCH-003'], 'Patch appends relation and user ids instead of replacing the array.'),
  fault('patch-unknown-record-creates', ['ZEEG-PATCH-005'], 'Patch of an unknown record id creates it (201) instead of 404.'),
  fault('patch-skips-type-check', ['ZEEG-PATCH-004'], 'A patch stores the writable keys of its body as sent, wrongly typed values included, and answers 200.'),
  fault('patch-unknown-record-400', ['ZEEG-PATCH-006'], 'Patch of an unknown record id answers 400 instead of 404.'),
  fault('refused-create-stored', ['ZEEG-RECORD-005'], 'A create refused with 400 for an invalid value still stores a record with the valid values.'),
  fault('partial-write-on-reject', ['ZEEG-RECORD-005'], 'A patch rejected with 400 still writes its valid attributes.'),
] as const;

/** Faults in response shape, auth, discovery, delete and the relation endpoint. */
const SURFACE_FAULTS = [
  fault('record-missing-id', ['ZEEG-RECORD-001'], 'The record in responses has no id.'),
  fault('missing-envelope', ['ZEEG-RECORD-001'], 'Responses carry the bare record without { success, status, record }.'),
  fault('auth-no-401-without-token', ['ZEEG-AUTH-001'], 'Requests without a token are served instead of 401.'),
  fault('auth-unknown-token-reads', ['ZEEG-AUTH-001'], 'A bearer token the server does not know may read (discovery and GET) instead of getting 401.'),
  fault('auth-write-with-read-token', ['ZEEG-AUTH-002'], 'Writes succeed with a token that only holds crm:read.'),
  fault('get-drops-multiselect', ['ZEEG-RECORD-003'], 'GET of a record shows its multiselect attributes as null.'),
  fault('delete-resets-connection', ['ZEEG-RECORD-001', 'ZEEG-DELETE-001'], 'DELETE of a record cuts the connection without an answer.'),
  fault('delete-answers-bare-ok', ['ZEEG-DELETE-001'], 'Delete answers 200 with { deleted: true } instead of the success envelope.'),
  fault('delete-idempotent', ['ZEEG-DELETE-002'], 'A second delete of the same record answers 200 instead of 404.'),
  fault('delete-leaves-record-readable', ['ZEEG-DELETE-003'], 'A deleted record can still be read with GET.'),
  fault('relation-remove-ignored', ['ZEEG-RELATION-001'], 'The relation endpoint ignores remove.'),
  fault('relation-add-replaces', ['ZEEG-RELATION-002'], 'The relation endpoint replaces the linked ids with add.'),
  fault('relation-empty-change-accepted', ['ZEEG-RELATION-004'], 'The relation endpoint accepts a body with neither add nor remove.'),
  fault('relation-overlap-accepted', ['ZEEG-RELATION-005'], 'The relation endpoint accepts the same id in add and remove.'),
  fault('relation-any-attribute-accepted', ['ZEEG-RELATION-003'], 'The relation endpoint accepts an attributeSlug of a non-relation attribute.'),
  fault('relation-noop-rejected', ['ZEEG-RELATION-006'], 'Adding an already linked id is rejected with 400 instead of being a no-op.'),
  fault('auth-scope-refused-401', ['ZEEG-AUTH-004'], 'A write with a token lacking crm:write answers 401 instead of 403.'),
  fault('discovery-missing-system-attributes', ['ZEEG-DISCOVERY-002'], 'Discovery leaves out the system attributes id, created_at and updated_at.'),
  fault('discovery-types-missing', ['ZEEG-DISCOVERY-001'], 'Discovery shows attributes without their type.'),
  fault('discovery-options-missing', ['ZEEG-DISCOVERY-003'], 'Discovery shows select and multiselect attributes without their options.'),
  fault('discovery-read-token-refused', ['ZEEG-AUTH-003'], 'Discovery and reads with a crm:read-only token are refused with 403.'),
  fault('record-labelled-text', ['ZEEG-RECORD-007'], 'Success replies carry their JSON body labelled text/plain.'),
  fault('errors-plain-text', ['ZEEG-RECORD-004'], 'Error responses are plain text instead of a JSON error body.'),
] as const;

/** A server that fails: its 5xx comes where a case does not judge the reply (clean-up deletes). */
const CRASH_FAULTS = [
  fault('delete-answers-500', ['ZEEG-SERVER-001'], 'Delete removes the record but answers 500.'),
] as const;

/** Every fault the reference server can switch on, in catalogue order. */
export const FAULTS = [...VALUE_FAULTS, ...UNIQUE_FAULTS, ...WRITE_FAULTS, ...SURFACE_FAULTS, ...CRASH_FAULTS] as const;

export type FaultName = (typeof FAULTS)[number]['name'];

/** Names, the name check and fault-set parsing of this catalogue. */
export const CATALOGUE = faultCatalogue(FAULTS, '');

export const FAULT_NAMES: readonly FaultName[] = CATALOGUE.names;

export const isFaultName = CATALOGUE.isName;
