/**
 * Checking the `properties` of a create, update or upsert input in full before anything is
 * written: every name a writable property of the type, every value a string its type allows
 * ("" clears and is always allowed). All problems are reported together, one per property.
 */
import { isJsonObject } from '../../../../reference/common/read-body.ts';
import type { FaultSet } from '../faults/fault-set.ts';
import { HubspotError, invalidInput, propertyValuesInvalid, type PropertyProblem } from '../http/hubspot-error.ts';
import { isReadOnly } from '../schema.ts';
import type { ServedType } from '../server-context.ts';
import { valueProblem } from './value-formats.ts';

export interface CheckedProperties {
  /** The values that passed, by property name. */
  readonly values: Map<string, string>;
  readonly problems: readonly PropertyProblem[];
}

/** The sent value as a string, or undefined when it is another JSON type. */
function asString(sent: unknown, faults: FaultSet, lenient: boolean): string | undefined {
  if (typeof sent === 'string') return sent;
  const scalar = typeof sent === 'number' || typeof sent === 'boolean';
  return scalar && (lenient || faults.has('non-string-value-accepted')) ? String(sent) : undefined;
}

/** The stored text of a value, a problem, or null for a property the lenient twin ignores. */
function problemWith(type: ServedType, name: string, sent: unknown, faults: FaultSet, lenient: boolean): PropertyProblem | string | null {
  const property = type.properties.get(name);
  if (property === undefined) return lenient ? null : { name, code: 'PROPERTY_DOESNT_EXIST', message: `Property "${name}" does not exist` };
  if (isReadOnly(property) && !faults.has('read-only-property-written')) {
    return lenient ? null : { name, code: 'READ_ONLY_VALUE', message: `Property "${name}" is read-only; its value cannot be set.` };
  }
  const value = asString(sent, faults, lenient);
  if (value === undefined) {
    return { name, code: 'INVALID_PROPERTY_VALUE', message: `Property values are strings; "${name}" was ${JSON.stringify(sent)}.` };
  }
  const problem = value === '' ? undefined : valueProblem(property, value, faults, lenient);
  return problem === undefined ? value : { name, ...problem };
}

/** Check a properties object; unknown properties are dropped under `unknown-property-ignored` (and by the lenient twin). */
export function checkProperties(type: ServedType, raw: unknown, faults: FaultSet, lenient = false): CheckedProperties {
  if (Array.isArray(raw) && faults.has('properties-array-accepted')) return { values: new Map(), problems: [] };
  if (!isJsonObject(raw)) throw invalidInput('"properties" must be an object of property names to string values.');
  const values = new Map<string, string>();
  const problems: PropertyProblem[] = [];
  for (const [name, sent] of Object.entries(raw)) {
    const outcome = problemWith(type, name, sent, faults, lenient);
    if (outcome === null) continue;
    if (typeof outcome === 'string') values.set(name, outcome);
    else if (!(outcome.code === 'PROPERTY_DOESNT_EXIST' && faults.has('unknown-property-ignored'))) problems.push(outcome);
  }
  return { values, problems };
}

/** Check a properties object and throw 400 VALIDATION_ERROR on any problem. */
export function requireValidProperties(type: ServedType, raw: unknown, faults: FaultSet, lenient = false): Map<string, string> {
  const checked = checkProperties(type, raw, faults, lenient);
  if (checked.problems.length > 0) throw propertyValuesInvalid(checked.problems);
  return checked.values;
}

/** A create must give one of the type's identifying properties a value (contacts; facts B2). */
export function requireIdentity(type: ServedType, values: ReadonlyMap<string, string>, faults: FaultSet, lenient = false): void {
  const names = type.def.identifyingProperties;
  if (names === undefined || lenient || faults.has('contact-without-identity-accepted')) return;
  if (names.some((name) => (values.get(name) ?? '') !== '')) return;
  throw invalidInput(`To create a ${type.def.singularLabel.toLowerCase()}, include at least one of ${names.join(', ')}.`);
}

/**
 * A create must give every property of the type's requiredProperties a value (facts B7,
 * [INFERRED]): 400 VALIDATION_ERROR naming each missing one.
 */
export function requireRequired(type: ServedType, values: ReadonlyMap<string, string>): void {
  const missing = (type.def.requiredProperties ?? []).filter((name) => (values.get(name) ?? '') === '');
  if (missing.length === 0) return;
  throw new HubspotError(400, 'VALIDATION_ERROR', `Missing required properties: ${missing.join(', ')}.`, {
    errors: missing.map((name) => ({ message: `${name} is required.`, code: 'REQUIRED_PROPERTY', context: { propertyName: [name] } })),
  });
}

/** The `properties` member of a request body that must be a JSON object. */
export function propertiesOf(body: unknown): unknown {
  if (!isJsonObject(body)) throw invalidInput('Request body must be a JSON object.');
  if (!Object.hasOwn(body, 'properties')) throw invalidInput('Request body must have "properties".');
  return body['properties'];
}
