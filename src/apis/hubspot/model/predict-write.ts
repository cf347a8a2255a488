/**
 * The model's predictions for create, update and one batch-upsert input (reference notes,
 * facts B4 and B5). The suites send one kind of problem per request, so the order in which
 * a server checks problems never decides a verdict; the order here is the reference's.
 */
import { rejection, type Accepted, type Prediction, type Rejection } from './prediction.ts';
import { findRecord, holderOf, merged, type ModelState } from './state.ts';
import { classify, type Values } from './values.ts';
import type { HsWorld } from './world.ts';

/** Unknown, read-only and invalid properties; on a server that ignores the first two, `kept` holds the rest. */
function checkProperties(world: HsWorld, sent: Readonly<Record<string, unknown>>, onAccept: (kept: Values) => Accepted): Prediction {
  const kept: Values = {};
  const forms: Record<string, NonNullable<Accepted['form']>> = {};
  let ignored: Rejection | undefined;
  for (const [name, value] of Object.entries(sent)) {
    const property = world.properties.get(name);
    if (property === undefined || !property.writable) {
      ignored ??= rejection(400, property === undefined ? 'unknown-property' : 'read-only', [name], 'SHOULD');
      continue;
    }
    const verdict = classify(property, value);
    if (!verdict.valid) return rejection(400, 'invalid-value', [name], verdict.level, { rule: verdict.rule });
    if (verdict.form !== undefined) forms[name] = verdict.form;
    kept[name] = value as string;
  }
  const form = Object.values(forms)[0];
  const accepted: Accepted = { ...onAccept(kept), ...(form === undefined ? {} : { level: 'SHOULD', form, forms }) };
  if (ignored === undefined) return accepted;
  return { ...ignored, ifAccepted: accepted };
}

/** A unique value another live record holds: 409 CONFLICT naming it (reference notes). */
function conflict(world: HsWorld, state: ModelState, values: Values, selfId?: string): Rejection | undefined {
  for (const property of world.writable.filter((p) => p.unique)) {
    const value = values[property.name];
    const holder = value === undefined || value === '' ? undefined : holderOf(state, property.name, value, selfId);
    if (holder !== undefined) return rejection(409, 'unique-conflict', [property.name], 'MUST', { holder: holder.id });
  }
  return undefined;
}

function guarded(prediction: Prediction, check: (accepted: Accepted) => Rejection | undefined): Prediction {
  if (prediction.outcome !== 'rejected') return check(prediction) ?? prediction;
  if (prediction.ifAccepted === undefined) return prediction;
  const hard = check(prediction.ifAccepted);
  return hard ?? prediction;
}

export function predictCreate(world: HsWorld, state: ModelState, sent: Readonly<Record<string, unknown>>): Prediction {
  const checked = checkProperties(world, sent, (kept) => ({ outcome: 'created', values: merged({}, kept), level: 'MUST' }));
  return guarded(checked, (accepted) => {
    const hard = conflict(world, state, accepted.values);
    if (hard !== undefined || world.identity.length === 0 || world.identity.some((n) => accepted.values[n] !== undefined)) return hard;
    return rejection(400, 'no-identity', world.identity, 'SHOULD', { ifAccepted: accepted });
  });
}

export function predictUpdate(world: HsWorld, state: ModelState, id: string, sent: Readonly<Record<string, unknown>>): Prediction {
  const record = findRecord(state, id);
  if (record === undefined) return rejection(404, state.archived.includes(id) ? 'archived' : 'not-found', [], state.archived.includes(id) ? 'SHOULD' : 'MUST');
  const checked = checkProperties(world, sent, (kept) => ({ outcome: 'updated', id, values: merged(record.values, kept), level: 'MUST' }));
  return guarded(checked, (accepted) => conflict(world, state, accepted.values, id));
}

export interface UpsertInput {
  id: string;
  idProperty: string;
  properties: Readonly<Record<string, unknown>>;
}

/** One input of a batch upsert against the state (facts B5): update the holder of `id`, or create. */
export function predictUpsert(world: HsWorld, state: ModelState, input: UpsertInput): Prediction {
  const property = world.properties.get(input.idProperty);
  if (property === undefined || !property.unique) return rejection(400, 'non-unique-id-property', [input.idProperty], 'MUST');
  if (input.id === '') return rejection(400, 'empty-id', [input.idProperty], 'SHOULD');
  const match = holderOf(state, input.idProperty, input.id);
  const sent = { ...input.properties, [input.idProperty]: input.id };
  if (match !== undefined) return predictUpdate(world, state, match.id, sent);
  return predictCreate(world, state, sent);
}
