/**
 * The lenient twin of the Zeeg reference server (`style: 'lenient'`): a second conforming
 * server that takes, wherever the pages are silent or allow two answers, the other side from
 * the reference style, and answers with only the members the pages require. Each choice names
 * what it does and the page or reference note that leaves it open; the handlers consult
 * `ctx.lenient.has(name)` at the one place the choice applies. No choice breaks a MUST clause.
 */
import type { ServerStyle } from '../../../reference/common/serve.ts';

export interface LenientChoice {
  readonly name: string;
  /** What the twin does instead of what the reference style does. */
  readonly does: string;
  /** The page or reference note that leaves this open. */
  readonly permittedBy: string;
}

const choice = <N extends string>(name: N, does: string, permittedBy: string) => ({ name, does, permittedBy }) as const;

export const LENIENT_CHOICES = [
  // --- what replies carry ------------------------------------------------------------------
  choice('error-member-only', 'Every error body is { error: message }, never { success: false, status, message }.', 'reference notes, Errors: "Some endpoints return {"error": "..."} while others return {"success": false, ...}"; clients should handle both.'),
  choice('record-required-members', 'A record reply is { record: { id, attributes } }: no success, status, objectSlug, createdAt or updatedAt.', 'reference notes, Records: the envelope is a summary; the record pages show no reply body at all (ZEEG-RECORD-001 reading).'),
  choice('null-attributes-left-out', 'A record lists only the attributes that hold a value; null ones are left out.', 'reference notes, Records: the example record lists only "sku" and "price" (ZEEG-RECORD-006 reading).'),
  choice('extra-members', 'Record replies carry members the pages never name: requestId on the body, createdBy on the record.', 'No page forbids members beyond those it shows.'),
  choice('options-enriched', 'select and multiselect values come back as whole option objects { id, value, color }.', 'create page: a select value is "Object with an id key"; reference notes, Object schema: options are { id, value, color }.'),
  choice('id-arrays-reordered', 'multiselect, relation and user arrays come back in reverse order, relation and user ids in upper case.', 'create page: "Array of record UUIDs" names no order; UUIDs compare without regard to case (RFC 9562).'),
  choice('attributes-reordered', 'The members of record.attributes come in reverse order.', 'JSON object members have no order (RFC 8259).'),
  choice('delete-success-only', 'A delete answers 200 with { success: true } only.', 'reference notes, Records: the delete body is a summary; ZEEG-DELETE-001 asks for a success envelope.'),
  choice('discovery-required-members', 'Discovery answers { object: { slug, attributes } }; each attribute has key and type, options as { id }, relatedObjectSlug, and isUnique, isRequired, isArchived, isStandard only when true; system attributes are left out.', 'create page: discovery gives "the available attribute slugs and their types"; the reference notes summarise the rest (ZEEG-DISCOVERY-001 reading).'),
  // --- statuses where the pages give none, or two ------------------------------------------
  choice('create-answers-200', 'A create answers 200, not 201.', 'The create page names no status; reference notes: "status": 201 | 200.'),
  choice('scope-refusal-401', 'A write with a token lacking crm:write answers 401, not 403.', 'reference notes list 401 and 403 and say nothing of a missing scope (ZEEG-AUTH-002 reading).'),
  choice('patch-unknown-record-400', 'A patch of a record id that does not exist answers 400, not 404.', 'The patch page names no status for it (ZEEG-PATCH-005 reading).'),
  choice('patch-unique-conflict-409', 'A patch to a unique value another record holds answers 409, not 400.', 'The 400 sentence is on the create and assert pages; reference notes list 409 (ZEEG-UNIQUE-005).'),
  choice('assert-refusals-422', 'An assert without a usable matchingAttribute, or whose body lacks the matching value, answers 422.', 'The assert page makes both required and names no status; reference notes list 422.'),
  choice('relation-refusals-422', 'The relation endpoint answers 422 to a bad attributeSlug, empty lists or an id in both lists.', 'reference notes, Update relation: the rules are stated without a status; 422 is listed.'),
  choice('unknown-object-400', 'A write to an object slug that does not exist answers 400, not 404.', 'create page: "The object must exist." names no status.'),
  choice('non-object-body-422', 'A JSON body that is not an object (an array, a string, null) answers 422, not 400.', 'The pages name the media type and shape only (ZEEG-CREATE-007 reading).'),
  choice('unrouted-method-404', 'A method a path does not serve answers 404 without an Allow header, not 405.', 'No page says how an undocumented method is answered.'),
  // --- what the twin accepts where the pages are silent --------------------------------------
  choice('unknown-keys-ignored', 'Body keys that name no writable attribute are ignored, not refused.', 'The pages do not say what happens to unknown keys (ZEEG-CREATE-006 reading).'),
  choice('unknown-references-kept', 'Relation ids naming no record, user ids naming no member and multiselect ids naming no option are stored.', 'The pages do not say what happens to them (ZEEG-TYPES-009, 011 and 013 readings).'),
  choice('text-counts-utf16', 'Text length is counted in UTF-16 units: 255 astral characters are refused.', 'create page: "max 255 characters" does not say what a character is (ZEEG-TYPES-015).'),
  choice('empty-text-null', 'An empty text "" is stored as null.', 'The pages do not say how "" is kept (ZEEG-TYPES-016).'),
  choice('date-takes-datetime', 'An ISO 8601 datetime sent for a date is accepted and its date part stored.', 'create page: "ISO 8601 date string" (ZEEG-TYPES-014).'),
  choice('required-not-enforced', 'A create that leaves out an attribute marked isRequired creates the record.', 'create page: "You can create a record with no attributes at all"; the notes let the record pages win (ZEEG-CREATE-008).'),
  choice('first-match-newest', 'When several records hold the matching value, assert updates the newest of them.', 'assert page: "the first match is used" does not define first (ZEEG-ASSERT-012).'),
] as const;

export type LenientName = (typeof LENIENT_CHOICES)[number]['name'];

/** The choices a server of one style takes: all of them for the twin, none for the reference. */
export interface LenientSet {
  has(name: LenientName): boolean;
}

export function lenientSet(style: ServerStyle | undefined): LenientSet {
  const on = style === 'lenient';
  return { has: () => on };
}

/** The status a refusal gets: `other` when the server takes the choice `name`, else `usual`. */
export function refusalStatus(lenient: LenientSet, name: LenientName, usual: number, other: number): number {
  return lenient.has(name) ? other : usual;
}
