/**
 * How the model compares attribute values: canonical forms that ignore what the pages leave
 * open (order of arrays, extra members of option objects), and nothing else.
 */
import type { WritableAttribute } from './world.ts';

export type Values = Readonly<Record<string, unknown>>;

function optionId(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value;
}

function sortedCopy(items: unknown[]): unknown[] {
  return [...items].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
}

/** The canonical form of a stored or returned value; undefined (absent) counts as null. */
export function canonical(attr: WritableAttribute, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  switch (attr.type) {
    case 'select':
      return { id: optionId(value) };
    case 'multiselect':
      return Array.isArray(value) ? sortedCopy(value.map(optionId)) : value;
    case 'relation':
    case 'user':
      return Array.isArray(value) ? sortedCopy(value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v))) : value;
    default:
      return value;
  }
}

export function sameValue(attr: WritableAttribute, a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(attr, a)) === JSON.stringify(canonical(attr, b));
}

/** Exact equality as assert matching uses it: the JSON values, not their canonical forms. */
export function exactlyEqual(a: unknown, b: unknown): boolean {
  return a !== null && a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** Keys whose values differ between an expected and an observed attribute map. */
export function differingKeys(attrs: Iterable<WritableAttribute>, expected: Values, observed: Values): string[] {
  const out: string[] = [];
  for (const attr of attrs) if (!sameValue(attr, expected[attr.key], observed[attr.key])) out.push(attr.key);
  return out;
}
