/**
 * Labelled invalid Kizen values per value kind. A label is a claim: each value is re-checked
 * as it will be sent against the model's value rules (`confirmInvalid`), which also give its
 * level — MUST where a clause states the rule, SHOULD where it is inferred (range, digits,
 * coercible spellings). A value the rules do not call invalid is never sent as one.
 */
import fc from 'fast-check';
import type { Level } from '../../../core/checks.ts';
import { LONGTEXT_LIMIT, NO_SUCH_ID, verdictOf } from '../model/values.ts';
import type { KizenField, KizenWorld } from '../model/world.ts';

export interface InvalidValue {
  value: unknown;
  why: string;
  level: Level;
}

const wrongKinds = [{ value: true, why: 'a boolean' }, { value: { nested: 1 }, why: 'an object' }, { value: [1], why: 'a list' }];

function candidates(world: KizenWorld, field: KizenField): Array<{ value: unknown; why: string }> {
  const first = field.options[0]?.id ?? NO_SUCH_ID;
  const foreign = world.fields.flatMap((f) => (f.id === field.id ? [] : f.options.map((o) => o.id))).filter((id) => !field.options.some((o) => o.id === id));
  const archived = world.archivedIds.get(field.id);
  const many = field.kind === 'options' || field.relation?.many === true;
  const ref = (id: string) => (many ? [{ id }] : { id });
  switch (field.kind) {
    case 'text': return [{ value: 'a'.repeat(256), why: '256 characters' }, { value: 'é'.repeat(300), why: '300 characters' }, { value: 42, why: 'a number' }, ...wrongKinds];
    case 'longtext': return [{ value: 'a'.repeat(LONGTEXT_LIMIT + 1), why: '50,001 characters' }, { value: '😀'.repeat(LONGTEXT_LIMIT + 1), why: '50,001 emoji' }, { value: 42, why: 'a number' }, ...wrongKinds];
    case 'email': return [{ value: 'not-an-email', why: 'no @' }, { value: 'two@@example.test', why: 'two @' }, { value: '@example.test', why: 'an empty local part' }, { value: 'user name@example.test', why: 'a space' }, { value: 'user@localhost', why: 'an undotted domain' }, { value: 42, why: 'a number' }];
    case 'phonenumber': return [{ value: 'call-me-maybe', why: 'letters' }, { value: '+1-CALL-NOW', why: 'letters after the code' }, { value: 13125550100, why: 'a number' }, { value: true, why: 'a boolean' }];
    case 'integer': return [{ value: 2.5, why: 'a fraction' }, { value: -0.25, why: 'a negative fraction' }, { value: 'abc', why: 'a word' }, ...wrongKinds, { value: 2_147_483_648, why: 'one above the 4-byte range' }, { value: -2_147_483_649, why: 'one below the 4-byte range' }, { value: '5', why: 'a numeric string' }];
    case 'decimal': return [{ value: 'abc', why: 'a word' }, ...wrongKinds, { value: '2.5', why: 'a numeric string' }, { value: 123_456_789_012.5, why: '12 digits before the point' }];
    case 'money': return [{ value: '$1,250.50', why: 'a formatted amount' }, { value: 'ten', why: 'a word' }, ...wrongKinds, { value: '10.50', why: 'a numeric string' }, { value: 200_000_000_000, why: '12 digits' }];
    case 'date': return [{ value: '2026-02-30', why: 'an impossible date' }, { value: '2025-02-29', why: 'a leap day of a common year' }, { value: '2026-13-01', why: 'month 13' }, { value: '2026-06-01T10:00:00Z', why: 'a datetime' }, { value: '01/06/2026', why: 'not YYYY-MM-DD' }, { value: 20260601, why: 'a number' }];
    case 'datetime': return [{ value: 'not a date', why: 'words' }, { value: 'soon', why: 'a word' }, { value: '2026-13-45T99:00', why: 'month 13, day 45, hour 99' }, { value: '2026-02-30T10:00:00Z', why: 'an impossible day' }, { value: 1_767_225_600_000, why: 'a number' }, { value: '2026-06-01', why: 'a date without a time' }, { value: '2026-06-01T10:00:00', why: 'a time without an offset' }];
    case 'checkbox': return [{ value: 'maybe', why: 'a word' }, { value: 7, why: 'the number 7' }, { value: { yes: true }, why: 'an object' }, { value: 'true', why: 'the string "true"' }, { value: 1, why: 'the number 1' }, { value: 0, why: 'the number 0' }, { value: 'yes', why: 'the string "yes"' }];
    case 'option':
    case 'options':
      return [{ value: ref(NO_SUCH_ID), why: 'an option id no field offers' }, ...foreign.slice(0, 2).map((id) => ({ value: ref(id), why: "another field's option" })), { value: many ? [{ name: 'crmc no such label' }] : { name: 'crmc no such label' }, why: 'a label no option has' }, { value: 42, why: 'a number' }, ...(many ? [{ value: [{ id: first }, { id: NO_SUCH_ID }], why: 'one offered and one unknown option' }] : [{ value: [{ id: first }], why: 'a list for a single option' }])];
    case 'relationship': return [{ value: ref(NO_SUCH_ID), why: 'a record that does not exist' }, ...(archived === undefined ? [] : [{ value: ref(archived), why: 'an archived record' }]), { value: 42, why: 'a number' }];
    case 'team_selector': return [{ value: NO_SUCH_ID, why: 'a UUID of no team member' }, { value: 'member-1', why: 'no UUID' }, { value: 42, why: 'a number' }];
    default: return [];
  }
}

/** True when the model's rules call `value` invalid for the field, as it will be sent. */
export function confirmInvalid(world: KizenWorld, field: KizenField, value: unknown): boolean {
  return verdictOf(world, field, value).kind === 'invalid';
}

/** Confirmed invalid values of a field at a level, with the level the rules give them. */
export function invalidCases(world: KizenWorld, field: KizenField, level: Level): InvalidValue[] {
  return candidates(world, field).flatMap((c) => {
    const verdict = verdictOf(world, field, c.value);
    return verdict.kind === 'invalid' && verdict.level === level ? [{ ...c, level }] : [];
  });
}

export function invalidValue(world: KizenWorld, field: KizenField, level: Level = 'MUST'): fc.Arbitrary<InvalidValue> | undefined {
  const cases = invalidCases(world, field, level);
  return cases.length === 0 ? undefined : fc.constantFrom(...cases);
}
