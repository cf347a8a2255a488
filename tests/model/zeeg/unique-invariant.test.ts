/**
 * A property of the model as a whole: whatever valid creates, asserts and patches a client
 * sends, and whether or not the server is lenient about SHOULD rules, the state the model
 * predicts never holds two records with the same non-null unique value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validOrNull } from '../../../src/apis/zeeg/generation/valid-values.ts';
import type { Prediction } from '../../../src/apis/zeeg/model/prediction.ts';
import { predictAssert, predictCreate, predictPatch } from '../../../src/apis/zeeg/model/predict-write.ts';
import { EMPTY_STATE, withRecord, type ModelState } from '../../../src/apis/zeeg/model/state.ts';
import { sameValue, type Values } from '../../../src/apis/zeeg/model/values.ts';
import { uniqueAttributes } from '../../../src/apis/zeeg/model/world.ts';
import { STRANGER, WORLD } from './world-fixture.ts';

type Command =
  | { kind: 'create'; body: Values }
  | { kind: 'assert'; matching: string; body: Values }
  | { kind: 'patch'; target: number; body: Values };

/** Few distinct unique values, so collisions are frequent. */
const sku = fc.constantFrom('A', 'B', 'C', 'a', null);
const shape: Record<string, fc.Arbitrary<unknown>> = {};
for (const attr of WORLD.attributes.values()) shape[attr.key] = attr.key === 'sku' ? sku : validOrNull(WORLD, attr);
shape.suppliers = fc.oneof(validOrNull(WORLD, WORLD.attributes.get('suppliers')!), fc.constant([STRANGER]));
const body = fc.record(shape, { requiredKeys: [] }) as fc.Arbitrary<Values>;

const command: fc.Arbitrary<Command> = fc.oneof(
  body.map((b) => ({ kind: 'create' as const, body: b })),
  fc.tuple(fc.constantFrom('sku', 'name'), body, sku, fc.string({ maxLength: 3 })).map(([matching, b, s, n]) => ({
    kind: 'assert' as const, matching, body: { ...b, [matching]: matching === 'sku' ? (s ?? 'A') : n || 'n' },
  })),
  fc.tuple(fc.nat(8), body).map(([target, b]) => ({ kind: 'patch' as const, target, body: b })),
);

/** Applies what the server does: accepted outcomes, and a lenient server's SHOULD acceptances. */
function apply(state: ModelState, prediction: Prediction, nextId: () => string, lenient: boolean): ModelState {
  const effective = prediction.outcome === 'rejected' && lenient ? prediction.ifAccepted : prediction;
  if (effective === undefined) return state;
  if (effective.outcome === 'created') return withRecord(state, { id: nextId(), values: effective.values });
  if (effective.outcome === 'updated') return withRecord(state, { id: effective.id, values: effective.values });
  return state;
}

function duplicates(state: ModelState): string[] {
  const out: string[] = [];
  for (const attr of uniqueAttributes(WORLD)) {
    const held = state.records.map((r) => r.values[attr.key]).filter((v) => v !== null && v !== undefined);
    held.forEach((v, i) => held.slice(i + 1).forEach((w) => sameValue(attr, v, w) && out.push(`${attr.key}=${JSON.stringify(v)}`)));
  }
  return out;
}

describe('the unique invariant of the model', () => {
  it('no sequence of valid writes leads to two records sharing a non-null unique value', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), fc.boolean(), (commands, lenient) => {
        let state = EMPTY_STATE;
        let n = 0;
        const nextId = () => `r${(n += 1)}`;
        for (const c of commands) {
          const ids = state.records.map((r) => r.id);
          const prediction =
            c.kind === 'create' ? predictCreate(WORLD, state, c.body)
            : c.kind === 'assert' ? predictAssert(WORLD, state, c.matching, c.body)
            : predictPatch(WORLD, state, ids[c.target % Math.max(ids.length, 1)] ?? 'r0', c.body);
          state = apply(state, prediction, nextId, lenient);
          expect(duplicates(state)).toEqual([]);
        }
      }),
      { numRuns: 300, seed: 20260101 },
    );
  });

  it('the generator does produce conflicts the model has to refuse', () => {
    let state = EMPTY_STATE;
    state = apply(state, predictCreate(WORLD, state, { sku: 'A' }), () => 'r1', false);
    expect(predictCreate(WORLD, state, { sku: 'A' })).toMatchObject({ reason: 'unique-conflict' });
    expect(predictAssert(WORLD, state, 'name', { name: 'x', sku: 'A' })).toMatchObject({ reason: 'unique-conflict' });
  });
});
