/**
 * Building request entries: run-unique identifiers (text starting with the run prefix, or a
 * prefixed local part at example.test for email identifiers), a valid value for every required
 * field a write leaves out, and the `{ name | id, value }` list a request sends.
 */
import type { Entry } from '../model/state.ts';
import { knownReferences, refOf, type KizenField, type KizenWorld } from '../model/world.ts';

/** Where run-unique email addresses live: a reserved domain that never receives mail. */
export const RESERVED_DOMAIN = 'example.test';

/** An identifier no other run, case or record uses: `prefix` + a serial (lower-case, no spaces). */
export function identifierValue(world: KizenWorld, prefix: string, serial: number): string {
  const local = `${prefix}${serial}`;
  return world.identifier.kind === 'email' ? `${local}@${RESERVED_DOMAIN}` : local;
}

/** A fixed valid value of a field, or undefined when the run has none (no options, records or members). */
export function plainValue(world: KizenWorld, field: KizenField, prefix: string): unknown {
  const refs = knownReferences(world, field);
  switch (field.kind) {
    case 'text':
    case 'longtext': return `${prefix}fill`;
    case 'email': return `${prefix}fill@${RESERVED_DOMAIN}`;
    case 'phonenumber': return '+13125550100';
    case 'integer': return 1;
    case 'decimal': return 1.5;
    case 'money': return 10;
    case 'date': return '2020-01-01';
    case 'datetime': return '2020-01-01T00:00:00Z';
    case 'checkbox': return true;
    case 'team_selector': return refs?.[0];
    case 'option': return refs === undefined ? undefined : refOf(field, refs[0]!);
    case 'options': return refs === undefined ? undefined : [refOf(field, refs[0]!)];
    case 'relationship': return refs === undefined ? undefined : field.relation?.many === true ? [refOf(field, refs[0]!)] : refOf(field, refs[0]!);
    default: return undefined;
  }
}

/** Why no record of the object can be written (a required field the run cannot fill), else undefined. */
export function fillBlocker(world: KizenWorld): string | undefined {
  for (const field of world.fields) {
    if (!field.required || field.readOnly || field.id === world.identifier.id) continue;
    if (field.hidden || plainValue(world, field, 'x') === undefined) return `required field "${field.name}" (${field.fieldType}) cannot be filled: ${field.fieldType === 'team_selector' ? 'give a team member with --member' : 'no valid value is known'}`;
  }
  if (world.identifier.kind !== 'text' && world.identifier.kind !== 'email') return `the identifier field "${world.identifier.name}" is ${world.identifier.fieldType}, not text or email`;
  return undefined;
}

export const byName = (field: KizenField, value: unknown): Entry => ({ field, value, by: 'name' });

/** Entries for every required field `given` leaves out, then `given`; the identifier is fresh unless given. */
export function withRequired(world: KizenWorld, given: readonly Entry[], prefix: string, identifier: string | undefined): Entry[] {
  const named = new Set(given.flatMap((e) => ('field' in e ? [e.field.id] : [])));
  const fill: Entry[] = [];
  for (const field of world.fields) {
    if (!field.required || field.readOnly || named.has(field.id)) continue;
    if (field.id === world.identifier.id) {
      if (identifier !== undefined) fill.push(byName(field, identifier));
      continue;
    }
    fill.push(byName(field, plainValue(world, field, prefix)));
  }
  return [...fill, ...given];
}

/** The JSON a request sends for its entries. */
export function entriesJson(entries: readonly Entry[]): Array<Record<string, unknown>> {
  return entries.map((e) => ('unknown' in e ? { name: e.unknown, value: e.value } : e.by === 'id' ? { id: e.field.id, value: e.value } : { name: e.field.name, value: e.value }));
}
