/**
 * The lenient twin of the HubSpot reference server (`style: 'lenient'`): a second conforming
 * server that takes the other permitted side wherever the sources are silent, disagree, or
 * only infer, and answers with only the members the pages require. Each choice names what
 * permits it; the handlers read `ctx.lenient` at the one place each choice is made.
 */

export interface LenientChoice {
  /** What the twin does. */
  readonly does: string;
  /** What the reference server does instead. */
  readonly reference: string;
  /** The source, fact or silence that permits both. */
  readonly permittedBy: string;
}

export const LENIENT_CHOICES: readonly LenientChoice[] = [
  { does: 'batch upsert takes idProperty only from each input; an idProperty query parameter is ignored', reference: 'applies the query parameter to inputs that name none', permittedBy: 'facts B5 [DISAGREE]: the 2026-03 spec declares no query parameter and puts idProperty per input' },
  { does: 'a batch upsert input that fails (invalid value, held unique value, bad id or idProperty) is listed in errors of a 207; the other inputs are written', reference: 'refuses the whole batch with 400 or 409 and writes nothing', permittedBy: 'facts B8: 207 with per-input errors is a documented shape; whether an input fails the batch is [NOT FOUND]' },
  { does: 'error bodies carry only category, correlationId and message (no status, errors, context or links)', reference: 'adds status "error", errors per property, context and links', permittedBy: 'facts B8: Error requires category, correlationId and message only; B6: detail fields "should all be treated as optional"' },
  { does: 'objects carry only id, properties, createdAt, updatedAt and archived; never archivedAt', reference: 'adds archivedAt to archived records', permittedBy: 'create page and reference notes: archivedAt is optional' },
  { does: 'create, update and upsert replies list only the id and timestamp properties, not the written ones', reference: 'lists every written property', permittedBy: 'the pages do not say which properties a write reply lists' },
  { does: 'a requested property without a value reads as null', reference: 'leaves it out', permittedBy: 'facts B2 [DISAGREE]: a third-party schema allows null values' },
  { does: 'date and datetime values read back as epoch milliseconds', reference: 'reads them back as written', permittedBy: 'facts B4: both forms are accepted; no source says a read echoes the notation sent' },
  { does: 'a number in scientific notation ("1.5e3") is accepted', reference: 'refuses it with 400', permittedBy: 'facts B4 [DISAGREE]: the custom-objects guide says number accepts scientific notation' },
  { does: 'a date given as a plain YYYY-MM-DD is refused with 400', reference: 'accepts it as midnight UTC', permittedBy: 'facts B4: "ISO 8601 strings or EPOCH-timestamps"; whether a plain date counts is our reading' },
  { does: 'a checkbox enumeration takes one option; several joined by ";" are refused with 400', reference: 'accepts several options', permittedBy: 'facts B4 [INFERRED]: checkbox as multi-select is inferred' },
  { does: 'unknown and read-only properties in a write are ignored', reference: 'refuses them with 400', permittedBy: 'facts B3 [DISAGREE]: the older v3 text says they "will be ignored"' },
  { does: 'JSON numbers and booleans as property values are taken as their text', reference: 'refuses them with 400', permittedBy: 'the sources do not say what a server does with values that are not strings' },
  { does: 'a contact created without email, firstname and lastname is accepted', reference: 'refuses it with 400', permittedBy: 'facts B2: the guide tells clients what to include, not what the API answers' },
  { does: 'a create body must carry associations (an array, possibly empty)', reference: 'takes a body without associations', permittedBy: 'create page: associations and properties are both marked required' },
  { does: 'archiving an id with no live record answers 404', reference: 'answers 204', permittedBy: 'the sources are silent (HUBSPOT-ARCHIVE-004 allows both)' },
  { does: 'discovery lists each property with the required members, modificationMetadata, and hasUniqueValue only when true', reference: 'lists every member with its value', permittedBy: 'facts B1: the other members are optional; modificationMetadata stays, as the facts name it the way to find read-only properties, without which no client can write' },
];
