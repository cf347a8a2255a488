/**
 * fast-check arbitraries of invalid values per documented type, each labelled with why it is
 * invalid. A label is a claim; `confirmInvalid` re-checks the value as it will be sent against
 * the contract validators, and a value that turns out valid is never judged as invalid.
 */
import fc from 'fast-check';
import type { DocumentedType } from '../contract/attributes.ts';
import type { WritableAttribute, World } from '../model/world.ts';

export interface InvalidValue {
  value: unknown;
  why: string;
}

const UUID = '6f1d2c3b-4a59-4e8f-9b7a-0c1d2e3f4a5b';

const wrongJsonTypes = (skip: string[]): InvalidValue[] =>
  [
    { value: 29, why: 'a number' },
    { value: true, why: 'a boolean' },
    { value: 'text', why: 'a string' },
    { value: { nested: 1 }, why: 'an object' },
    { value: ['x'], why: 'an array' },
  ].filter((c) => !skip.includes(c.why));

/**
 * Option ids of other attributes that are no id of this one under any JSON type: whether "1"
 * names option 1 is left open by the pages, so such an id is never sent as invalid.
 */
function otherOptionIds(world: World, attr: WritableAttribute): unknown[] {
  const own = new Set((attr.options ?? []).map((o) => String(o.id)));
  const ids: unknown[] = [];
  for (const other of world.attributes.values()) {
    if (other.key === attr.key) continue;
    for (const option of other.options ?? []) if (!own.has(String(option.id))) ids.push(option.id);
  }
  return ids;
}

function cases(world: World, attr: WritableAttribute): InvalidValue[] {
  const firstOption = attr.options?.[0]?.id ?? 'opt_x';
  const foreign = otherOptionIds(world, attr);
  const byType: Record<DocumentedType, InvalidValue[]> = {
    text: [
      { value: 'a'.repeat(256), why: '256 code points of ASCII' },
      { value: '😀'.repeat(256), why: '256 astral code points' },
      { value: 'b'.repeat(300), why: '300 code points' },
      ...wrongJsonTypes(['a string']),
    ],
    number: [
      { value: 29.5, why: 'a fraction' },
      { value: -0.25, why: 'a negative fraction' },
      { value: '29', why: 'a numeric string' },
      ...wrongJsonTypes(['a number']),
    ],
    checkbox: [
      { value: 'true', why: 'the string "true"' },
      { value: 1, why: 'the number 1' },
      { value: 0, why: 'the number 0' },
      ...wrongJsonTypes(['a boolean']),
    ],
    date: [
      { value: '2025-02-30', why: 'an impossible date' },
      { value: '2025-02-29', why: 'a leap day of a common year' },
      { value: '2025-13-01', why: 'month 13' },
      { value: '01/06/2025', why: 'not ISO 8601' },
      { value: '2025-6-1', why: 'unpadded month and day' },
      ...wrongJsonTypes(['a string']),
    ],
    select: [
      { value: firstOption, why: 'a bare option id' },
      { value: { id: 'crmc-no-such-option' }, why: 'an id that is no option' },
      { value: {}, why: 'an object without id' },
      { value: [{ id: firstOption }], why: 'an array of options' },
      ...foreign.map((id) => ({ value: { id }, why: 'an option id of another attribute' })),
      ...wrongJsonTypes(['an object', 'an array']),
    ],
    multiselect: [
      { value: [firstOption], why: 'bare ids in a multiselect' },
      { value: { id: firstOption }, why: 'a single option object' },
      { value: [{}], why: 'an option without id' },
      ...wrongJsonTypes(['an array', 'an object']),
    ],
    relation: [
      { value: ['c1d2e3f4-...'], why: 'a non-UUID string' },
      { value: UUID, why: 'a bare UUID' },
      { value: [42], why: 'a number in the array' },
      ...wrongJsonTypes(['an array']),
    ],
    user: [
      { value: ['member-uuid-1'], why: 'a non-UUID member id' },
      { value: UUID, why: 'a bare UUID' },
      { value: [true], why: 'a boolean in the array' },
      ...wrongJsonTypes(['an array']),
    ],
  };
  return byType[attr.type];
}

/** Labelled invalid values of one attribute, already confirmed invalid by the validators. */
export function invalidValue(world: World, attr: WritableAttribute): fc.Arbitrary<InvalidValue> {
  const confirmed = cases(world, attr).filter((c) => confirmInvalid(world, attr.key, c.value));
  return fc.constantFrom(...confirmed);
}

/** True when the contract validators reject the value for this attribute. */
export function confirmInvalid(world: World, key: string, value: unknown): boolean {
  return !world.validators.value(key, value).valid;
}
