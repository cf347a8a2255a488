/**
 * The fault catalogue: named switches that make the HubSpot reference server break exactly one
 * documented rule each. A fault is consulted at the one place in the clean code path where its
 * rule is enforced. `clauses` names the ids in spec/hubspot/clauses.yaml the fault violates.
 */
import { fault, faultCatalogue } from '../../../../reference/common/faults.ts';

export type { FaultEntry } from '../../../../reference/common/faults.ts';

/** Faults in checking property values, per type, and in which properties may be written. */
const VALUE_FAULTS = [
  fault('non-string-value-accepted', ['HUBSPOT-VALUES-002'], 'Accepts JSON numbers and booleans as property values and stores them as text.'),
  fault('bool-accepts-yes', ['HUBSPOT-VALUES-004'], 'Accepts "yes" and "no" for a bool property.'),
  fault('number-accepts-commas', ['HUBSPOT-VALUES-006', 'HUBSPOT-ERRORS-001'], 'Accepts a number with thousands separators such as "1,000".'),
  fault('number-accepts-scientific', ['HUBSPOT-VALUES-007'], 'Accepts a number in scientific notation such as "1.5e3".'),
  fault('number-rejects-negative', ['HUBSPOT-VALUES-005'], 'Rejects a number with a leading minus sign.'),
  fault('date-accepts-any-time', ['HUBSPOT-VALUES-009'], 'Accepts a date value that is not at midnight UTC.'),
  fault('date-rejects-epoch-ms', ['HUBSPOT-VALUES-008'], 'Rejects a date given as epoch milliseconds at midnight UTC.'),
  fault('datetime-rejects-epoch-ms', ['HUBSPOT-VALUES-010'], 'Rejects a datetime given as epoch milliseconds.'),
  fault('enumeration-accepts-label', ['HUBSPOT-VALUES-012', 'HUBSPOT-PROPS-003'], "Accepts an option's label in place of its value."),
  fault('checkbox-rejects-several', ['HUBSPOT-VALUES-013'], 'Rejects several options joined by ";" for a checkbox enumeration.'),
  fault('select-accepts-several', ['HUBSPOT-VALUES-014'], 'Accepts several options joined by ";" for a select or radio enumeration.'),
  fault('string-limit-off-by-one', ['HUBSPOT-VALUES-015'], 'Accepts a string of 65,537 characters.'),
  fault('whitespace-trimmed', ['HUBSPOT-VALUES-016'], 'Trims leading and trailing whitespace of non-string values instead of rejecting them.'),
  fault('unknown-property-ignored', ['HUBSPOT-WRITE-001'], 'Drops properties the object type does not have instead of rejecting the write.'),
  fault('read-only-property-written', ['HUBSPOT-WRITE-002'], 'Stores a value for a read-only property.'),
  fault('contact-without-identity-accepted', ['HUBSPOT-CREATE-005'], 'Creates a contact with none of email, firstname and lastname.'),
  fault('partial-write-on-reject', ['HUBSPOT-WRITE-003'], 'An update rejected with 400 still writes its valid properties.'),
  fault('bool-rejects-false', ['HUBSPOT-VALUES-003'], 'Rejects "false" for a bool property.'),
  fault('datetime-accepts-any-string', ['HUBSPOT-VALUES-011'], 'Accepts any string, such as "yesterday", for a datetime property.'),
  fault('number-read-back-as-number', ['HUBSPOT-VALUES-001', 'HUBSPOT-OBJECT-002'], 'Replies show number property values as JSON numbers.'),
  fault('date-plain-refused', ['HUBSPOT-VALUES-017'], 'Rejects a date given as a plain YYYY-MM-DD.'),
  fault('date-accepts-impossible', ['HUBSPOT-VALUES-018'], 'Accepts an impossible calendar date such as "2025-02-30" for a date property.'),
  fault('properties-array-accepted', ['HUBSPOT-CREATE-004'], 'A properties member that is an array is taken as no properties instead of 400.'),
  fault('number-accepts-decimal-comma', ['HUBSPOT-VALUES-006', 'HUBSPOT-ERRORS-001'], 'Accepts a decimal comma such as "1,5" for a number property.'),
  fault('date-ignores-milliseconds', ['HUBSPOT-VALUES-009', 'HUBSPOT-ERRORS-001'], 'Accepts an ISO date-time a few milliseconds past midnight UTC for a date property.'),
] as const;

/** Faults in error bodies. */
const ERROR_FAULTS = [
  fault('validation-errors-without-codes', ['HUBSPOT-ERRORS-002'], 'VALIDATION_ERROR bodies carry no errors list.'),
  fault('validation-wrong-category', ['HUBSPOT-ERRORS-001'], 'Invalid values are answered with category BAD_REQUEST instead of VALIDATION_ERROR.'),
  fault('errors-without-correlation-id', ['HUBSPOT-ERRORS-003'], 'Error bodies carry no correlationId.'),
  fault('errors-without-status', ['HUBSPOT-ERRORS-004'], 'Error bodies carry no status "error".'),
  fault('not-found-category-generic', ['HUBSPOT-ERRORS-005'], 'A 404 carries category NOT_FOUND instead of OBJECT_NOT_FOUND.'),
  fault('not-found-without-message', ['HUBSPOT-ERRORS-003'], 'A 404 body carries no message.'),
  fault('invalid-option-message-vague', ['HUBSPOT-ERRORS-006'], 'The INVALID_OPTION message says "Invalid option." without the value.'),
] as const;

/** Faults in the hasUniqueValue rule, one per write operation, plus its status and exemption. */
const UNIQUE_FAULTS = [
  fault('unique-ignored-on-create', ['HUBSPOT-UNIQUE-001', 'HUBSPOT-UNIQUE-004'], 'Create stores a unique value another record already holds.'),
  fault('unique-ignored-on-update', ['HUBSPOT-UNIQUE-002', 'HUBSPOT-UNIQUE-004'], 'Update assigns a unique value another record already holds.'),
  fault('unique-ignored-on-upsert', ['HUBSPOT-UNIQUE-003', 'HUBSPOT-UNIQUE-004'], 'Upsert assigns a unique value another record already holds.'),
  fault('unique-conflict-as-400', ['HUBSPOT-UNIQUE-001'], 'A duplicate unique value is answered 400 VALIDATION_ERROR instead of 409 CONFLICT.'),
  fault('unique-rejects-own-value', ['HUBSPOT-UNIQUE-005'], "Rejects writing a record's own unique value back onto it."),
  fault('update-conflict-as-400', ['HUBSPOT-UNIQUE-007'], 'An update to a unique value another record holds is answered 400 VALIDATION_ERROR instead of 409 CONFLICT.'),
  fault('conflict-message-without-id', ['HUBSPOT-UNIQUE-006'], 'A 409 message does not name the id of the record holding the value.'),
  fault('unique-create-race', ['HUBSPOT-UNIQUE-004'], 'Create checks a unique value, pauses, then writes: racing creates of one value all succeed.'),
  fault('unique-update-race', ['HUBSPOT-UNIQUE-004'], 'Update checks a unique value, pauses, then writes: racing updates of several records to one value all succeed.'),
  fault('upsert-race', ['HUBSPOT-UPSERT-004'], 'Upsert looks up its idProperty value, pauses, then writes: racing upserts of one value each create a record.'),
] as const;

/** Faults in create, read, update and archive. */
const RECORD_FAULTS = [
  fault('create-returns-200', ['HUBSPOT-CREATE-001'], 'Create answers 200 instead of 201.'),
  fault('update-wipes-omitted', ['HUBSPOT-UPDATE-002'], 'Update clears every writable property it was not sent.'),
  fault('update-empty-string-ignored', ['HUBSPOT-UPDATE-003'], 'Update ignores "" instead of clearing the property.'),
  fault('read-ignores-properties-param', ['HUBSPOT-READ-002'], 'A read returns the default properties whatever properties names.'),
  fault('read-rejects-unknown-properties', ['HUBSPOT-READ-003'], 'A read naming a property the type does not have answers 400.'),
  fault('read-id-property-ignored', ['HUBSPOT-READ-005'], 'A read takes objectId as the record id even when idProperty names a property.'),
  fault('response-without-archived', ['HUBSPOT-OBJECT-001'], 'Objects in replies carry no archived flag.'),
  fault('archive-answers-200', ['HUBSPOT-ARCHIVE-001'], 'Archive answers 200 with a body instead of 204.'),
  fault('archive-leaves-record-readable', ['HUBSPOT-ARCHIVE-002'], 'An archived record can still be read.'),
  fault('update-archived-record', ['HUBSPOT-ARCHIVE-004'], 'Update changes an archived record instead of answering 404.'),
  fault('create-reply-wrong-values', ['HUBSPOT-CREATE-002'], 'The create reply shows every sent value with an "x" appended (the record stores them right).'),
  fault('create-empty-associations-rejected', ['HUBSPOT-CREATE-003'], 'A create with associations [] is refused with 400.'),
  fault('object-id-property-as-number', ['HUBSPOT-OBJECT-002'], 'Replies show hs_object_id as a JSON number.'),
  fault('empty-properties-as-null', ['HUBSPOT-OBJECT-003'], 'Asked-for properties without a value appear as null instead of being left out.'),
  fault('read-cached', ['HUBSPOT-READ-001'], 'A read serves the object as the first read of its id saw it, ignoring later writes.'),
  fault('read-default-all-properties', ['HUBSPOT-READ-004'], 'A read without properties returns every property that has a value.'),
  fault('read-unknown-id-answers-200', ['HUBSPOT-READ-007'], 'A read of an id that names no record answers 200 with an empty object.'),
  fault('update-reply-wrong-values', ['HUBSPOT-UPDATE-001'], 'The update reply shows every sent value with an "x" appended (the record stores them right).'),
  fault('update-unknown-id-creates', ['HUBSPOT-UPDATE-004'], 'An update of an id that names no record creates one.'),
  fault('update-id-property-ignored', ['HUBSPOT-UPDATE-005'], 'An update takes objectId as the record id even when idProperty names a property.'),
  fault('archived-read-refused', ['HUBSPOT-ARCHIVE-003'], 'A read with archived=true of an archived record answers 404.'),
  fault('response-without-updated-at', ['HUBSPOT-OBJECT-001'], 'Objects in replies carry no updatedAt.'),
  fault('v3-own-store', ['HUBSPOT-PATHS-001'], 'The /crm/v3/objects paths keep a store of their own: a record written through one family is not found through the other.'),
] as const;

/** Faults in batch upsert. */
const UPSERT_FAULTS = [
  fault('upsert-always-creates', ['HUBSPOT-UPSERT-001', 'HUBSPOT-UPSERT-004'], 'Upsert creates a new record even when one holds the idProperty value.'),
  fault('upsert-new-flag-always-false', ['HUBSPOT-UPSERT-003'], 'Upsert results say new false for created records.'),
  fault('upsert-empty-id-accepted', ['HUBSPOT-UPSERT-007'], 'Upsert accepts an input whose id is the empty string.'),
  fault('non-unique-id-property-accepted', ['HUBSPOT-UPSERT-006', 'HUBSPOT-READ-006'], 'Upsert, read and update accept an idProperty that is not unique (and then find no record by it).'),
  fault('upsert-query-id-property-ignored', ['HUBSPOT-UPSERT-008'], 'Upsert ignores the idProperty query parameter.'),
  fault('upsert-create-drops-id-value', ['HUBSPOT-UPSERT-002'], 'A record an upsert creates does not hold the input id in its idProperty.'),
  fault('upsert-status-pending', ['HUBSPOT-UPSERT-010'], 'A finished batch answers status PENDING instead of COMPLETE.'),
  fault('upsert-reply-without-completed-at', ['HUBSPOT-UPSERT-005'], 'A batch upsert reply carries no completedAt.'),
  fault('upsert-non-unique-id-property-as-404', ['HUBSPOT-UPSERT-011'], 'An upsert whose idProperty is not unique is answered 404 instead of 400.'),
  fault('upsert-drops-invalid-inputs', ['HUBSPOT-UPSERT-009'], 'Upsert drops inputs with invalid values and writes the others with 200.'),
  fault('upsert-207-errors-bare', ['HUBSPOT-UPSERT-012'], 'A batch with an invalid input answers 207, its error entries without context and links.'),
  fault('upsert-result-without-new', ['HUBSPOT-UPSERT-005'], 'Batch upsert results carry no new flag.'),
] as const;

/** Faults in authorization and discovery. */
const SURFACE_FAULTS = [
  fault('auth-no-401-without-token', ['HUBSPOT-AUTH-001'], 'Requests without a token are served instead of 401.'),
  fault('auth-category-generic', ['HUBSPOT-AUTH-004'], 'A 401 carries category UNAUTHORIZED instead of INVALID_AUTHENTICATION.'),
  fault('auth-write-with-read-token', ['HUBSPOT-AUTH-002'], 'Writes succeed with a token that only holds read scopes.'),
  fault('properties-without-options', ['HUBSPOT-PROPS-008'], 'Discovery lists enumeration properties with an empty options array.'),
  fault('properties-without-unique-flag', ['HUBSPOT-PROPS-005'], 'Discovery leaves hasUniqueValue out of every property.'),
  fault('properties-archived-ignored', ['HUBSPOT-PROPS-007'], 'Discovery with archived=true lists the live properties.'),
  fault('object-type-id-refused', ['HUBSPOT-PROPS-006'], 'Paths naming an object type by objectTypeId (0-1) answer 404.'),
  fault('reads-need-write-scope', ['HUBSPOT-AUTH-003'], 'Discovery and reads need the write scope, so a read-only token gets 403.'),
  fault('properties-paged', ['HUBSPOT-PROPS-001'], 'Discovery lists only the first 10 properties, with a paging link to the rest.'),
  fault('properties-without-group-name', ['HUBSPOT-PROPS-002'], 'Discovery leaves groupName out of every property.'),
  fault('properties-without-modification-metadata', ['HUBSPOT-PROPS-004'], 'Discovery leaves modificationMetadata out of every property.'),
  fault('options-without-hidden', ['HUBSPOT-PROPS-002'], 'Discovery lists options without their required hidden member.'),
  fault('schema-without-required-properties', ['HUBSPOT-SCHEMA-001'], 'A custom object schema carries no requiredProperties member.'),
] as const;

/** A server that fails: its 5xx comes where a case does not judge the reply (clean-up archives). */
const CRASH_FAULTS = [
  fault('archive-answers-500', ['HUBSPOT-SERVER-001'], 'Archive moves the record to the recycling bin but answers 500.'),
] as const;

/** Every fault the reference server can switch on, in catalogue order. */
export const FAULTS = [...VALUE_FAULTS, ...ERROR_FAULTS, ...UNIQUE_FAULTS, ...RECORD_FAULTS, ...UPSERT_FAULTS, ...SURFACE_FAULTS, ...CRASH_FAULTS] as const;

export type FaultName = (typeof FAULTS)[number]['name'];

/** Names, the name check and fault-set parsing of this catalogue. */
export const CATALOGUE = faultCatalogue(FAULTS, 'HubSpot');

export const FAULT_NAMES: readonly FaultName[] = CATALOGUE.names;

export const isFaultName = CATALOGUE.isName;
