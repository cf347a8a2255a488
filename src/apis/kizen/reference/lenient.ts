/**
 * The lenient style of the Kizen reference server: where the pages are silent or the sources
 * disagree, it takes the other permitted side from the reference style, and it answers with
 * only the members a page requires. Each choice says what it does and which page or fact
 * permits it; the handlers ask `lenient(ctx)` at the one place the choice is made.
 */
import type { ServerStyle } from '../../../reference/common/serve.ts';

export interface LenientChoice {
  /** What the lenient server does (the reference style does the other side). */
  readonly does: string;
  /** The page or fact that leaves the choice open. */
  readonly permittedBy: string;
}

export const LENIENT_CHOICES: readonly LenientChoice[] = [
  {
    does: 'A successful add answers 201 with exactly id, object_type, num_upcoming_activities and num_associated_team_members (the reference: 200 with the whole record).',
    permittedBy: 'Add page: those four members are the required ones; facts A5 [DISAGREE]: 200 (OpenAPI) or 201 (SDK guide).',
  },
  {
    does: 'An unauthenticated call (a header missing, an unknown key, business or user) is refused with 403 (the reference: 401).',
    permittedBy: 'Facts A7: a DRF service answers 403 when its authentication class sends no WWW-Authenticate header; 401 was observed only without business context.',
  },
  {
    does: 'A write that would give two active records one identifier, and an add or upsert matching an archived record under prompt, answer 409 (the reference: 400).',
    permittedBy: 'Facts A5: 409 is the conflict status; the pages give no status for a duplicate.',
  },
  {
    does: 'An upsert lookup_value given as a JSON number is taken as its text (42 -> "42") (the reference: 400).',
    permittedBy: 'Facts A7: a DRF string field accepts a number and stores its text.',
  },
  {
    does: 'A datetime without a time (midnight) or without an offset (UTC, the server time zone) is accepted and read back in UTC with Z (the reference: 400).',
    permittedBy: 'Facts A2 "ISO 8601 string"; A7: Django parse_datetime takes both.',
  },
  {
    does: 'An email address at localhost (user@localhost) is accepted (the reference: 400).',
    permittedBy: 'Facts A2 "Must be a valid email format"; A7: Django EmailValidator allows localhost.',
  },
  {
    does: 'Decimal values and money amounts read back as numeric strings (the reference: JSON numbers).',
    permittedBy: 'Facts A3 [DISAGREE]: the SDK guide says decimals are serialized as strings, the fixture shows numbers.',
  },
  {
    does: 'Lookup matches the identifier exactly: letter case counts and nothing is trimmed (the reference folds case and whitespace); add and upsert still fold case.',
    permittedBy: 'Facts A4 [DISAGREE]: the SDK guide calls lookup exact and case-sensitive and upsert case-insensitive; the Lookup page folds.',
  },
  {
    does: 'Lookup with identifier present but empty answers 404 (no record holds "") (the reference: 400).',
    permittedBy: 'Facts A4: only a missing identifier is said to give 400.',
  },
  {
    does: 'Unarchive answers 204 without a body, for an archived and for an active record (the reference: 200 with the record).',
    permittedBy: 'Reference notes: "PATCH …/{id}/unarchive restores"; no source gives its status or body.',
  },
  {
    does: 'Upsert answers only id and action (the reference: the whole record plus action).',
    permittedBy: 'Reference notes: the upsert "response includes action"; the write envelope is only the SDK guide\'s.',
  },
  {
    does: 'Patch answers only fields: the written ones plus updated (the reference: the envelope with them).',
    permittedBy: 'Facts A3: "PATCH returns only the written fields plus `updated`".',
  },
  {
    does: 'A 400 for invalid entries carries detail and code without the positional fields list (the reference: with it).',
    permittedBy: 'Facts A5: only the SDK guide describes the positional envelope; DRF bodies are detail/code or per-field.',
  },
  {
    does: 'Like the reference, option, rating and relationship values are taken as { id } and as the bare id; a rating also as its number.',
    permittedBy: 'Facts A2 [DISAGREE]: { id } (CLIs, live round-trips) against the bare id (SDK guide); rating as an option or an int. No form is refused that a source accepts.',
  },
];

/** Whether a server context runs the lenient style. */
export function lenient(ctx: { readonly style?: ServerStyle }): boolean {
  return ctx.style === 'lenient';
}
