/**
 * What every create the suites send carries: a fresh, run-prefixed value for each unique text
 * property (they isolate the run's records and let a refused create be looked for), and for
 * contacts a value for one of email, firstname and lastname (facts B2). `fullValues` adds one
 * valid value for every other property the suites write.
 */
import { boundaryValues, textValue } from '../../generation/hubspot/valid-values.ts';
import { classify, type Values } from '../../model/hubspot/values.ts';
import type { HsProperty, HsWorld } from '../../model/hubspot/world.ts';

export function uniqueText(world: HsWorld): HsProperty[] {
  return world.writable.filter((p) => p.unique && p.type === 'string');
}

/** The fill of one record; `prefix` must be fresh for the record (session.nextPrefix()). */
export function requiredFill(world: HsWorld, prefix: string): Values {
  const values: Values = {};
  for (const property of uniqueText(world)) values[property.name] = textValue(property, prefix, property.name.replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase());
  if (world.identity.length > 0 && !world.identity.some((name) => values[name] !== undefined)) values[world.identity[0]!] = `${prefix}name`;
  return values;
}

/** The fill plus a valid, MUST-accepted value for every property the suites write. */
export function fullValues(world: HsWorld, prefix: string): Values {
  const values = requiredFill(world, prefix);
  for (const property of world.writable) {
    if (values[property.name] !== undefined) continue;
    const value = boundaryValues(property, prefix).find((v) => classify(property, v).level === 'MUST' && v.length < 200);
    if (value !== undefined) values[property.name] = value;
  }
  return values;
}

/** A non-unique text property other than `except`, for bodies that pair a valid value with another. */
export function plainText(world: HsWorld, except?: string): HsProperty | undefined {
  return world.writable.find((p) => p.type === 'string' && !p.unique && p.name !== except && !world.identity.includes(p.name));
}
