/**
 * The reference notes say a required attribute needs a value when a record is created; the
 * create page says a record can be created with no attributes. The suites never depend on
 * which wins: every create and assert they send carries a valid value for each required
 * attribute. Values of unique required attributes differ per record and per run: text carries
 * the sequence prefix, numbers and dates come from the case's block (unique-values.ts). A
 * unique required attribute of any other type cannot be isolated (see `fillBlocker`).
 */
import type { Values } from '../model/values.ts';
import { knownReferences, type WritableAttribute, type World } from '../model/world.ts';
import { UniqueSerials } from '../../../runner/unique-values.ts';

/** Types whose unique values a run can make distinct from every other record's. */
const ISOLABLE_UNIQUE_TYPES: readonly string[] = ['text', 'number', 'date'];

function fillValue(world: World, attr: WritableAttribute, text: () => string, serials: UniqueSerials): unknown {
  const unique = attr.isUnique === true;
  switch (attr.type) {
    case 'text':
      return text();
    case 'number':
      return unique ? serials.number() : 1;
    case 'checkbox':
      return true;
    case 'date':
      return unique ? serials.date() : '2025-06-01';
    case 'select':
      return attr.options?.[0] === undefined ? null : { id: attr.options[0].id };
    case 'multiselect':
      return attr.options?.[0] === undefined ? [] : [{ id: attr.options[0].id }];
    case 'relation':
    case 'user': {
      const first = knownReferences(world, attr)?.[0];
      return first === undefined ? [] : [first];
    }
  }
}

/** Null, absent and [] are all "no value" to some reading of isRequired, so a fill replaces each. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

export function requiredKeys(world: World): string[] {
  return [...world.attributes.values()].filter((a) => a.isRequired === true).map((a) => a.key);
}

/**
 * Why no record of this object can be written without risking a collision with data the run
 * does not own (a required unique checkbox, select, relation …), or undefined when it can.
 */
export function fillBlocker(world: World): string | undefined {
  const stuck = [...world.attributes.values()].filter((a) => a.isRequired === true && a.isUnique === true && !ISOLABLE_UNIQUE_TYPES.includes(a.type));
  if (stuck.length === 0) return undefined;
  const named = stuck.map((a) => `"${a.key}" (${a.type})`).join(', ');
  return `"${world.object.slug}" requires unique ${named}: no value of that type can be kept apart from records the run does not own, so no record is written`;
}

/** Text fills handed out per prefix: prefixes are per sequence, so the values repeat with the seed. */
const filledPerPrefix = new Map<string, number>();
/** Serials for callers without a case of their own, one per prefix. */
const serialsPerPrefix = new Map<string, UniqueSerials>();

function nextText(prefix: string): string {
  if (filledPerPrefix.size > 10_000) filledPerPrefix.clear();
  const n = (filledPerPrefix.get(prefix) ?? 0) + 1;
  filledPerPrefix.set(prefix, n);
  return `${prefix}req${n}`;
}

function serialsOf(prefix: string): UniqueSerials {
  if (serialsPerPrefix.size > 10_000) serialsPerPrefix.clear();
  let serials = serialsPerPrefix.get(prefix);
  if (serials === undefined) {
    serials = new UniqueSerials(prefix, 0);
    serialsPerPrefix.set(prefix, serials);
  }
  return serials;
}

/**
 * `body` plus a value for every required attribute it leaves out or sets to null, bar `keep`.
 * `serials` are the case's (Session.serials); without them the prefix picks a block.
 */
export function withRequired(world: World, body: Values, prefix: string, keep: readonly string[] = [], serials?: UniqueSerials): Values {
  const missing = requiredKeys(world).filter((key) => !keep.includes(key) && isEmpty(body[key]));
  if (missing.length === 0) return body;
  const source = serials ?? serialsOf(prefix);
  const fill: Record<string, unknown> = {};
  for (const key of missing) fill[key] = fillValue(world, world.attributes.get(key)!, () => nextText(prefix), source);
  return { ...body, ...fill };
}
