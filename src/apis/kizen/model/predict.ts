/**
 * Pure predictions of the Kizen model: given the object, the records and a request, what a
 * conforming server answers and how the records change. MUST rejections where a clause states
 * the rule; SHOULD rejections (with what an accepting server does, where the model can follow)
 * where the rule is our reading or the sources disagree.
 */
import { storedForm, UNJUDGED, verdictOf } from './values.ts';
import { activeHolder, archivedHolder, findActive, merged, reject, type Entry, type FieldValues, type KizenState, type Prediction, type Rejection } from './state.ts';
import type { KizenWorld } from './world.ts';

export type UnarchiveChoice = 'prompt' | 'unarchive' | 'overwrite' | null | undefined;

const refused = (v: FieldValues | Rejection): v is Rejection => 'outcome' in v;

/**
 * The entries' values in comparison form, or the first reason to refuse them. With
 * `takeShould`, values only a SHOULD rule refuses are taken as a server that accepts them would
 * (stored, read-back not judged).
 */
export function checkEntries(world: KizenWorld, entries: readonly Entry[], takeShould = false): FieldValues | Rejection {
  const values = new Map<string, unknown>();
  let should: Rejection | undefined;
  for (const entry of entries) {
    if ('unknown' in entry) return reject('unknown-field', `no field "${entry.unknown}"`);
    const { field, value } = entry;
    if (field.readOnly) return reject('read-only', `"${field.name}" is read-only`, { status: 403, level: 'SHOULD', fields: [field] });
    const verdict = verdictOf(world, field, value);
    if (verdict.kind === 'open') throw new Error(`the suites sent a value no clause settles for ${field.name}: ${JSON.stringify(value)}`);
    if (verdict.kind === 'invalid') {
      if (verdict.level === 'MUST') return reject('invalid-value', `${field.name}: ${verdict.why}`, { fields: [field] });
      if (takeShould) {
        values.set(field.id, UNJUDGED);
        continue;
      }
      should ??= reject('invalid-value', `${field.name}: ${verdict.why}`, { level: 'SHOULD', fields: [field] });
      continue;
    }
    values.set(field.id, storedForm(field, value));
  }
  return should ?? values;
}

/**
 * A SHOULD refusal of a value, with what a server that takes the value does (the prediction
 * `taken` makes of the same write with SHOULD values taken), so a case follows either answer.
 */
function followed(rejection: Rejection, taken: () => Prediction): Rejection {
  if (rejection.level !== 'SHOULD' || rejection.reason !== 'invalid-value' || rejection.ifAccepted !== undefined) return rejection;
  const outcome = taken();
  return outcome.outcome === 'rejected' ? rejection : { ...rejection, ifAccepted: outcome };
}

/**
 * Required fields a new record lacks: left out is MUST (KIZEN-ADD-008); sent blank (null, "")
 * only, refusing is our reading (KIZEN-ADD-013) and a server that takes it creates `taken`.
 */
function missingRequired(world: KizenWorld, values: FieldValues, entries: readonly Entry[], taken: Prediction): Prediction {
  const missing = world.fields.filter((f) => f.required && !f.readOnly && (values.get(f.id) ?? null) === null);
  if (missing.length === 0) return taken;
  const names = missing.map((f) => f.name).join(', ');
  const sent = new Set(entries.flatMap((e) => ('field' in e ? [e.field.id] : [])));
  if (!missing.every((f) => sent.has(f.id))) return reject('required', `required ${names} missing`, { fields: missing });
  if (taken.outcome === 'rejected') return taken;
  return reject('required-blank', `required ${names} sent blank`, { level: 'SHOULD', fields: missing, ifAccepted: taken });
}

function blankedRequired(world: KizenWorld, changes: FieldValues, values: FieldValues): Rejection | undefined {
  const blanked = world.fields.filter((f) => f.required && changes.has(f.id) && changes.get(f.id) === null);
  if (blanked.length === 0) return undefined;
  return reject('required', `blanks required ${blanked.map((f) => f.name).join(', ')}`, { level: 'SHOULD', fields: blanked, ifAccepted: { outcome: 'updated', id: '', values } });
}

export function predictAdd(world: KizenWorld, state: KizenState, entries: readonly Entry[], choice?: unknown, takeShould = false): Prediction {
  if (choice !== undefined && choice !== null && !['prompt', 'unarchive', 'overwrite'].includes(choice as string)) {
    // A server that takes an unknown choice as its default (prompt) is followed.
    const taken = predictAdd(world, state, entries, null, takeShould);
    return reject('bad-choice', `unarchive ${JSON.stringify(choice)} is no choice`, { level: 'SHOULD', ...(taken.outcome === 'rejected' ? {} : { ifAccepted: taken }) });
  }
  const checked = checkEntries(world, entries, takeShould);
  if (refused(checked)) return followed(checked, () => predictAdd(world, state, entries, choice, true));
  const values = merged(new Map(), checked);
  return missingRequired(world, values, entries, addOutcome(world, state, values, choice));
}

/** What an add of complete values does: refused for a held identifier, or settled by `choice` for an archived one. */
function addOutcome(world: KizenWorld, state: KizenState, values: FieldValues, choice: unknown): Prediction {
  const identifier = values.get(world.identifier.id);
  if (activeHolder(world, state, identifier) !== undefined) return reject('duplicate', `an active record holds ${String(identifier)}`, { fields: [world.identifier] });
  const archived = archivedHolder(world, state, identifier);
  if (archived !== undefined) {
    if (choice === 'unarchive') return { outcome: 'restored', id: archived.id, values: archived.values };
    if (choice !== 'overwrite') return reject('archived-match', `an archived record holds ${String(identifier)}`, { level: 'SHOULD', fields: [world.identifier], ifAccepted: { outcome: 'created', values } });
  }
  return { outcome: 'created', values };
}

export function predictPatch(world: KizenWorld, state: KizenState, id: string, entries: readonly Entry[], takeShould = false): Prediction {
  const record = findActive(state, id);
  if (record === undefined) {
    const archived = state.archived.some((r) => r.id === id);
    return reject(archived ? 'archived-record' : 'not-found', archived ? 'the record is archived' : 'no such record', { status: 404, level: archived ? 'SHOULD' : 'MUST' });
  }
  const changes = checkEntries(world, entries, takeShould);
  if (refused(changes)) return followed(changes, () => predictPatch(world, state, id, entries, true));
  const values = merged(record.values, changes);
  const blanked = blankedRequired(world, changes, values);
  if (blanked !== undefined) return { ...blanked, ifAccepted: { outcome: 'updated', id, values } };
  const identifier = changes.get(world.identifier.id);
  if (activeHolder(world, state, identifier, id) !== undefined) return reject('duplicate', `another active record holds ${String(identifier)}`, { fields: [world.identifier] });
  return { outcome: 'updated', id, values };
}

export function predictUpsert(world: KizenWorld, state: KizenState, lookupValue: unknown, entries: readonly Entry[], choice?: UnarchiveChoice, takeShould = false): Prediction {
  if (lookupValue === undefined || lookupValue === null || lookupValue === '') return reject('lookup-value', 'lookup_value is missing or empty');
  // Whitespace, or a JSON kind other than a string: refusing it is our reading (KIZEN-UPSERT-009; A7 for numbers).
  if (typeof lookupValue !== 'string' || lookupValue.trim() === '') return reject('lookup-value', 'lookup_value names no identifier', { level: 'SHOULD' });
  const changes = checkEntries(world, entries, takeShould);
  if (refused(changes)) return followed(changes, () => predictUpsert(world, state, lookupValue, entries, choice, true));
  const match = activeHolder(world, state, lookupValue);
  if (match !== undefined) {
    const values = merged(match.values, changes);
    const blanked = blankedRequired(world, changes, values);
    return blanked === undefined ? { outcome: 'updated', id: match.id, values } : { ...blanked, ifAccepted: { outcome: 'updated', id: match.id, values } };
  }
  const values = merged(new Map(), changes.has(world.identifier.id) ? changes : new Map([...changes, [world.identifier.id, storedForm(world.identifier, lookupValue)]]));
  const archived = archivedHolder(world, state, lookupValue);
  if (archived !== undefined && choice === 'unarchive') return { outcome: 'restored', id: archived.id, values: merged(archived.values, changes) };
  if (archived !== undefined && choice !== 'overwrite') return reject('archived-match', `an archived record holds ${lookupValue}`, { level: 'SHOULD', ifAccepted: { outcome: 'created', values } });
  return missingRequired(world, values, entries, { outcome: 'created', values });
}

export function predictArchive(state: KizenState, id: string): Prediction {
  if (findActive(state, id) !== undefined) return { outcome: 'archived', id };
  const archived = state.archived.some((r) => r.id === id);
  if (!archived) return reject('not-found', 'no such record', { status: 404 });
  return reject('not-found', 'the record is already archived', { status: 404, level: 'SHOULD', ifAccepted: { outcome: 'archived', id } });
}

export function predictUnarchive(world: KizenWorld, state: KizenState, id: string): Prediction {
  const archived = state.archived.find((r) => r.id === id);
  if (archived === undefined) {
    const active = findActive(state, id);
    return active === undefined ? reject('not-found', 'no such record', { status: 404 }) : { outcome: 'updated', id, values: active.values };
  }
  const identifier = archived.values.get(world.identifier.id);
  if (activeHolder(world, state, identifier) !== undefined) return reject('duplicate', `an active record holds ${String(identifier)}`, { fields: [world.identifier] });
  return { outcome: 'restored', id, values: archived.values };
}
