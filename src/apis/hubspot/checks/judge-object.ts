/**
 * Judges an object in a reply (SimplePublicObject, reference notes): its members and their
 * types, every property value a string, a property without a value left out (null tolerated
 * at SHOULD), and the values the model expects, each difference charged to the check the
 * caller names for that property.
 */
import type { CheckDef } from '../../../core/checks.ts';
import { sameValue, type Values } from '../model/values.ts';
import { expectThat, isObject, type HsProbe } from './probe.ts';
import { EMPTY_PROPERTY_ABSENT, OBJECT_SHAPE, OBJECT_VALUES_STRINGS } from './record-checks.ts';

export interface SeenObject {
  id: string;
  properties: Record<string, unknown>;
  raw: Record<string, unknown>;
}

const isInstant = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** The object of a reply body (or of one batch result); `live` says archived must be false. */
export function judgeObject(probe: HsProbe, json: unknown, live = true): SeenObject {
  const body = isObject(json) ? json : {};
  const properties = isObject(body['properties']) ? body['properties'] : {};
  const nonStrings = Object.entries(properties).filter(([, v]) => typeof v !== 'string' && v !== null);
  expectThat(probe, OBJECT_VALUES_STRINGS, nonStrings.length === 0, 'string values', Object.fromEntries(nonStrings), `property values that are not strings: ${nonStrings.map(([k]) => k).join(', ')}`);
  const problems = [
    typeof body['id'] === 'string' && body['id'] !== '' ? '' : 'id',
    isObject(body['properties']) ? '' : 'properties',
    isInstant(body['createdAt']) ? '' : 'createdAt',
    isInstant(body['updatedAt']) ? '' : 'updatedAt',
    typeof body['archived'] === 'boolean' && (!live || body['archived'] === false) ? '' : 'archived',
  ].filter((p) => p !== '');
  expectThat(probe, OBJECT_SHAPE, problems.length === 0, 'id, properties, createdAt, updatedAt, archived', json, `the object's ${problems.join(', ')} ${problems.length === 1 ? 'is' : 'are'} missing or wrong`);
  return { id: String(body['id']), properties, raw: body };
}

/** Which check a difference in a property is charged to. */
export type Charge = (name: string) => CheckDef;

/** Compares the named properties with the model: a value where one is expected, none where none is. */
export function judgeValues(probe: HsProbe, expected: Values, seen: SeenObject, names: Iterable<string>, charge: Charge, context: string): void {
  for (const name of names) {
    const want = expected[name];
    const got = seen.properties[name];
    const absent = got === undefined || got === null || got === '';
    if (want === undefined) {
      if (got === null || got === '') {
        probe.recorder.fail(EMPTY_PROPERTY_ABSENT, { message: `${context}: ${name} has no value but is listed as ${JSON.stringify(got)}`, expected: 'left out', observed: got, exchanges: probe.evidence() });
      } else if (got === undefined) probe.recorder.pass(EMPTY_PROPERTY_ABSENT);
      expectThat(probe, charge(name), absent, 'no value', got, `${context}: ${name} should have no value but reads ${JSON.stringify(got)}`);
      continue;
    }
    const same = sameValue(probe.world.properties.get(name), want, got);
    expectThat(probe, charge(name), same, want, got, `${context}: ${name} reads ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  }
}

/**
 * A write reply's values: the page does not say which properties a write reply lists, so a
 * property the model expects a value of that the reply leaves out is not judged here; those
 * names are returned for a read-back to judge.
 */
export function judgeReplyValues(probe: HsProbe, expected: Values, seen: SeenObject, names: Iterable<string>, charge: Charge, context: string): string[] {
  const listed = [...names].filter((name) => expected[name] === undefined || seen.properties[name] !== undefined);
  judgeValues(probe, expected, seen, listed, charge, context);
  return [...names].filter((name) => !listed.includes(name));
}
