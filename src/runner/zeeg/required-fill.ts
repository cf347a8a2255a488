/**
 * The reference notes say a required attribute needs a value when a record is created; the
 * create page says a record can be created with no attributes. The suites never depend on
 * which wins: every create they send carries a valid value for each required attribute.
 */
import type { Values } from '../../model/values.ts';
import { knownReferences, type WritableAttribute, type World } from '../../model/world.ts';

/** A valid, non-null value for a required attribute; unique text gets a run-unique value. */
function fillValue(world: World, attr: WritableAttribute, unique: () => string): unknown {
  switch (attr.type) {
    case 'text':
      return unique();
    case 'number':
      return 1;
    case 'checkbox':
      return true;
    case 'date':
      return '2025-06-01';
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

export function requiredKeys(world: World): string[] {
  return [...world.attributes.values()].filter((a) => a.isRequired === true).map((a) => a.key);
}

/** Fills handed out per prefix: prefixes are per sequence, so the values repeat with the seed. */
const filledPerPrefix = new Map<string, number>();

function nextFill(prefix: string): string {
  if (filledPerPrefix.size > 10_000) filledPerPrefix.clear();
  const n = (filledPerPrefix.get(prefix) ?? 0) + 1;
  filledPerPrefix.set(prefix, n);
  return `${prefix}req${n}`;
}

/** `body` plus a value for every required attribute it leaves out or sets to null, bar `keep`. */
export function withRequired(world: World, body: Values, prefix: string, keep: readonly string[] = []): Values {
  const missing = requiredKeys(world).filter((key) => !keep.includes(key) && (body[key] ?? null) === null);
  if (missing.length === 0) return body;
  const fill: Record<string, unknown> = {};
  for (const key of missing) fill[key] = fillValue(world, world.attributes.get(key)!, () => nextFill(prefix));
  return { ...body, ...fill };
}
