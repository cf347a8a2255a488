/**
 * Pure predictions for create, assert and patch: given the model state, the world and a
 * request, the documented outcome. No IO.
 */
import { knownReferences, type World } from './world.ts';
import { reject, type Prediction, type Rejection } from './prediction.ts';
import { allNull, findRecord, merged, type ModelState } from './state.ts';
import { exactlyEqual, sameValue, type Values } from './values.ts';

/** Type and key problems of a body, MUST-level; undefined when the body is well formed. */
export function bodyProblem(world: World, body: Values): Rejection | undefined {
  const unknown = Object.keys(body).filter((key) => !world.attributes.has(key));
  if (unknown.length > 0) return reject('unknown-key', unknown, 400, 'SHOULD');
  const invalid = Object.keys(body).filter((key) => !world.validators.value(key, body[key]).valid);
  if (invalid.length > 0) return reject('invalid-value', invalid);
  return undefined;
}

/** Well-formed ids that name nothing the target knows (SHOULD-level: the pages are silent). */
export function unknownReferences(world: World, body: Values): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    const attr = world.attributes.get(key);
    if (attr === undefined || !Array.isArray(value)) continue;
    if (attr.type === 'multiselect') {
      const options = new Set((attr.options ?? []).map((o) => JSON.stringify(o.id)));
      if (value.some((item) => !options.has(JSON.stringify((item as { id?: unknown }).id)))) keys.push(key);
      continue;
    }
    const known = knownReferences(world, attr);
    if (known !== undefined && value.some((id) => !known.includes(String(id).toLowerCase()) && !known.includes(String(id)))) keys.push(key);
  }
  return keys;
}

/** Unique attributes of `values` that another live record already holds. */
export function uniqueConflicts(world: World, state: ModelState, values: Values, exceptId?: string): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const attr = world.attributes.get(key);
    if (attr?.isUnique !== true || value === null || value === undefined) continue;
    if (state.records.some((r) => r.id !== exceptId && sameValue(attr, r.values[key], value))) keys.push(key);
  }
  return keys;
}

/**
 * A refusal of unknown keys (SHOULD) says what a server that ignores them does: the same
 * request without them.
 */
function ignoringUnknown(world: World, body: Values, problem: Rejection, predict: (known: Values) => Prediction): Rejection {
  if (problem.reason !== 'unknown-key') return problem;
  const known = Object.fromEntries(Object.entries(body).filter(([key]) => world.attributes.has(key)));
  return { ...problem, ifAccepted: predict(known) };
}

/** Wraps an accepted outcome with the SHOULD-level reference rule in front of it. */
function withReferenceRule(world: World, body: Values, accepted: Prediction): Prediction {
  const unknown = unknownReferences(world, body);
  return unknown.length > 0 ? reject('unknown-reference', unknown, 400, 'SHOULD', accepted) : accepted;
}

export function predictCreate(world: World, state: ModelState, body: Values): Prediction {
  const problem = bodyProblem(world, body);
  if (problem !== undefined) return ignoringUnknown(world, body, problem, (known) => predictCreate(world, state, known));
  const values = merged(allNull(world), body);
  const conflicts = uniqueConflicts(world, state, body);
  if (conflicts.length > 0) return reject('unique-conflict', conflicts);
  return withReferenceRule(world, body, { outcome: 'created', status: 201, values });
}

export function predictAssert(world: World, state: ModelState, matchingAttribute: string | undefined, body: Values): Prediction {
  if (matchingAttribute === undefined) return reject('missing-matching-attribute');
  if (!world.attributes.has(matchingAttribute)) return reject('unknown-matching-attribute', [matchingAttribute]);
  if (!Object.hasOwn(body, matchingAttribute)) return reject('matching-value-absent', [matchingAttribute]);
  const value = body[matchingAttribute];
  if (value === null || value === '') return reject('matching-value-empty', [matchingAttribute]);
  const problem = bodyProblem(world, body);
  if (problem !== undefined) return ignoringUnknown(world, body, problem, (known) => predictAssert(world, state, matchingAttribute, known));
  const match = state.records.find((r) => exactlyEqual(r.values[matchingAttribute], value));
  if (match === undefined) {
    const conflicts = uniqueConflicts(world, state, body);
    if (conflicts.length > 0) return reject('unique-conflict', conflicts);
    return withReferenceRule(world, body, { outcome: 'created', status: 201, values: merged(allNull(world), body) });
  }
  const conflicts = uniqueConflicts(world, state, body, match.id);
  if (conflicts.length > 0) return reject('unique-conflict', conflicts);
  return withReferenceRule(world, body, { outcome: 'updated', status: 200, id: match.id, values: merged(match.values, body) });
}

export function predictPatch(world: World, state: ModelState, id: string, body: Values): Prediction {
  const record = findRecord(state, id);
  if (record === undefined) return reject('not-found', [], 404);
  const problem = bodyProblem(world, body);
  if (problem !== undefined) return ignoringUnknown(world, body, problem, (known) => predictPatch(world, state, id, known));
  const conflicts = uniqueConflicts(world, state, body, id);
  if (conflicts.length > 0) return reject('unique-conflict', conflicts);
  return withReferenceRule(world, body, { outcome: 'updated', status: 200, id, values: merged(record.values, body) });
}

export function predictGet(state: ModelState, id: string): Prediction {
  const record = findRecord(state, id);
  return record === undefined ? reject('not-found', [], 404) : { outcome: 'read', status: 200, id, values: record.values };
}

export function predictDelete(state: ModelState, id: string): Prediction {
  return findRecord(state, id) === undefined ? reject('not-found', [], 404) : { outcome: 'deleted', status: 200, id };
}
