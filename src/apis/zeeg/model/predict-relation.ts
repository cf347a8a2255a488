/**
 * Pure prediction for PATCH /{objectSlug}/{recordId}/relation (add / remove single ids).
 */
import { reject, type Prediction } from './prediction.ts';
import { unknownReferences } from './predict-write.ts';
import { findRecord, merged, type ModelState } from './state.ts';
import type { World } from './world.ts';

export interface RelationUpdate {
  attributeSlug: string;
  add?: string[];
  remove?: string[];
}

export function predictRelationUpdate(world: World, state: ModelState, id: string, update: RelationUpdate): Prediction {
  const record = findRecord(state, id);
  if (record === undefined) return reject('not-found', [], 404);
  const attr = world.attributes.get(update.attributeSlug);
  if (attr === undefined || (attr.type !== 'relation' && attr.type !== 'user')) return reject('bad-relation-attribute', [update.attributeSlug]);
  const add = [...new Set(update.add ?? [])];
  const remove = update.remove ?? [];
  if (add.length === 0 && remove.length === 0) return reject('empty-relation-lists', [update.attributeSlug]);
  if (add.some((x) => remove.includes(x))) return reject('id-in-both-lists', [update.attributeSlug]);
  if (![...add, ...remove].every((x) => world.validators.value(attr.key, [x]).valid)) return reject('invalid-value', [attr.key]);
  const current = Array.isArray(record.values[attr.key]) ? (record.values[attr.key] as string[]) : [];
  const next = [...current.filter((x) => !remove.includes(x)), ...add.filter((x) => !current.includes(x))];
  const accepted: Prediction = { outcome: 'updated', status: 200, id, values: merged(record.values, { [attr.key]: next }) };
  const unknown = unknownReferences(world, { [attr.key]: add });
  return unknown.length > 0 ? reject('unknown-reference', unknown, 400, 'SHOULD', accepted) : accepted;
}
