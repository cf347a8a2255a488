/**
 * Judges the attribute values a server returned (or holds) against the model's prediction.
 * Each differing attribute is charged to the check for its situation: sent or omitted, null,
 * a replaced array, read back later.
 */
import type { CheckDef } from '../../../core/checks.ts';
import { differingKeys, type Values } from '../model/values.ts';
import type { WritableAttribute } from '../model/world.ts';
import { typeClause } from './reject-checks.ts';
import { READBACK_MATCHES, RELATION_ADD_REMOVE, RELATION_OTHERS_UNTOUCHED } from './resource-checks.ts';
import type { Probe } from './probe.ts';
import {
  ASSERT_OMITTED_ON_CREATE, ASSERT_OMITTED_ON_UPDATE, ASSERT_VALUES_STORED, CREATE_OMITTED_NULL, CREATE_VALUES_STORED,
  PATCH_ARRAY_REPLACED, PATCH_KEEPS_OMITTED, PATCH_NULL_CLEARS, PATCH_VALUES_STORED,
} from './write-checks.ts';

export type ValueSituation = 'create' | 'assert-create' | 'assert-update' | 'patch' | 'relation' | 'read';

/** For a relation update, `body` maps the named attribute to the ids it linked before and the change. */
export interface RelationChange {
  before: string[];
  remove: string[];
}

function relationCheck(change: unknown, observed: unknown): CheckDef {
  const { before, remove } = change as RelationChange;
  const now = Array.isArray(observed) ? observed.map((id) => String(id).toLowerCase()) : [];
  const lost = before.filter((id) => !remove.includes(id) && !now.includes(id.toLowerCase()));
  return lost.length > 0 ? RELATION_OTHERS_UNTOUCHED : RELATION_ADD_REMOVE;
}

function checkFor(situation: ValueSituation, attr: WritableAttribute, body: Values, observed?: unknown): CheckDef {
  const sent = Object.hasOwn(body, attr.key);
  switch (situation) {
    case 'create':
      return sent ? CREATE_VALUES_STORED : CREATE_OMITTED_NULL;
    case 'assert-create':
      return sent ? ASSERT_VALUES_STORED : ASSERT_OMITTED_ON_CREATE;
    case 'assert-update':
      return sent ? ASSERT_VALUES_STORED : ASSERT_OMITTED_ON_UPDATE;
    case 'patch':
      if (!sent) return PATCH_KEEPS_OMITTED;
      if (body[attr.key] === null) return PATCH_NULL_CLEARS;
      return attr.type === 'relation' || attr.type === 'user' ? PATCH_ARRAY_REPLACED : PATCH_VALUES_STORED;
    case 'relation':
      return sent ? relationCheck(body[attr.key], observed) : RELATION_OTHERS_UNTOUCHED;
    case 'read':
      return READBACK_MATCHES;
  }
}

/**
 * Compares every writable attribute. `body` holds the keys the request named (for a relation
 * update: the attribute it named). Read-back differences stop the run: the model cannot follow.
 */
export function judgeValues(probe: Probe, situation: ValueSituation, expected: Values, observed: Values, body: Values): void {
  const attrs = [...probe.world.attributes.values()];
  const differing = new Set(differingKeys(attrs, expected, observed));
  const judged = new Set<CheckDef>();
  for (const attr of attrs) judged.add(checkFor(situation, attr, body, expected[attr.key]));
  for (const attr of attrs) {
    if (!differing.has(attr.key)) continue;
    const check = checkFor(situation, attr, body, observed[attr.key]);
    probe.recorder.fail(
      check,
      {
        message: `attribute "${attr.key}" (${attr.type}) is ${JSON.stringify(observed[attr.key] ?? null)}, expected ${JSON.stringify(expected[attr.key] ?? null)}`,
        expected: { [attr.key]: expected[attr.key] ?? null },
        observed: { [attr.key]: observed[attr.key] ?? null },
        exchanges: probe.evidence(),
        extraClauses: check === CREATE_VALUES_STORED || check === ASSERT_VALUES_STORED || check === PATCH_VALUES_STORED ? [typeClause(attr.type)] : [],
      },
      { stop: true },
    );
  }
  for (const check of judged) probe.recorder.pass(check);
}
