/**
 * What every create the suites send carries: a fresh, run-prefixed value for each unique text
 * property (they isolate the run's records and let a refused create be looked for), for
 * contacts a value for one of email, firstname and lastname (facts B2), and a valid value for
 * every property the object's schema requires (facts B7). `fullValues` adds one valid value for
 * every other property the suites write.
 */
import { boundaryValues, textValue } from '../generation/valid-values.ts';
import { classify, type Values } from '../model/values.ts';
import type { HsProperty, HsWorld } from '../model/world.ts';
import type { UniqueSerials } from '../../../runner/unique-values.ts';

/** What a fill draws on: a fresh prefix per record and the case's block of unique values. */
export interface FillSource {
  nextPrefix(): string;
  readonly serials: UniqueSerials;
}

export function uniqueText(world: HsWorld): HsProperty[] {
  return world.writable.filter((p) => p.unique && p.type === 'string');
}

const tagOf = (property: HsProperty) => property.name.replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase();

/**
 * A value the sources agree every server takes for a required property: unique numbers from
 * the case's block, the first option, midnight UTC as ISO 8601 for dates. A type without a
 * documented form (phone numbers, unknown types) gets plain text, the best a client can send.
 */
function requiredValue(property: HsProperty, prefix: string, serials: UniqueSerials): string | undefined {
  switch (property.type) {
    case 'number':
      return property.unique ? String(serials.number()) : '1';
    case 'bool':
      return 'true';
    case 'date':
      return `${property.unique ? serials.date() : '2025-06-01'}T00:00:00Z`;
    case 'datetime':
      return property.unique ? `${serials.date()}T12:00:00Z` : '2025-06-01T12:00:00Z';
    case 'enumeration':
      return property.options[0];
    default:
      return textValue(property, prefix, `${tagOf(property)}r`);
  }
}

/** The fill of one record: unique text, identity and required properties, each fresh for the record. */
export function requiredFill(world: HsWorld, source: FillSource): Values {
  const prefix = source.nextPrefix();
  const values: Values = {};
  for (const property of uniqueText(world)) values[property.name] = textValue(property, prefix, tagOf(property));
  if (world.identity.length > 0 && !world.identity.some((name) => values[name] !== undefined)) values[world.identity[0]!] = `${prefix}name`;
  for (const name of world.required) {
    const property = world.properties.get(name);
    if (property === undefined || values[name] !== undefined) continue;
    const value = requiredValue(property, prefix, source.serials);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/** The fill of a record an upsert creates, without the idProperty's value (the input's id carries it). */
export function upsertFill(world: HsWorld, source: FillSource, idProperty: string): Values {
  const { [idProperty]: _, ...values } = requiredFill(world, source);
  return values;
}

/** The fill plus a valid, MUST-accepted value for every property the suites write. */
export function fullValues(world: HsWorld, source: FillSource): Values {
  const values = requiredFill(world, source);
  const prefix = source.nextPrefix();
  for (const property of world.writable) {
    if (values[property.name] !== undefined) continue;
    const value = boundaryValues(property, prefix).find((v) => classify(property, v).level === 'MUST' && v.length < 200);
    if (value !== undefined) values[property.name] = value;
  }
  return values;
}

/** A non-unique, non-required text property other than `except`, for bodies that pair a valid value with another. */
export function plainText(world: HsWorld, except?: string): HsProperty | undefined {
  return world.writable.find((p) => p.type === 'string' && !p.unique && p.name !== except && !world.identity.includes(p.name) && !world.required.includes(p.name));
}
