/**
 * The command mix of a model-based run, built from the discovered object: each command kind
 * appears only when the object has what it needs.
 */
import fc from 'fast-check';
import { invalidValue } from '../generation/invalid-values.ts';
import { knownReferences } from '../model/world.ts';
import type { Session } from '../../../runner/session.ts';
import { AssertDuplicateUniqueCommand } from './commands/assert-duplicate-unique.ts';
import { AssertEmptyMatchingCommand } from './commands/assert-empty-matching.ts';
import { AssertExistingCommand, type MatchVariant } from './commands/assert-existing.ts';
import { AssertNewCommand } from './commands/assert-new.ts';
import { CreateInvalidCommand } from './commands/create-invalid.ts';
import { CreateCommand } from './commands/create.ts';
import { DeleteCommand } from './commands/delete.ts';
import { GetCommand } from './commands/get.ts';
import { PatchInvalidCommand } from './commands/patch-invalid.ts';
import { PatchNullCommand } from './commands/patch-null.ts';
import { PatchRelationReplaceCommand } from './commands/patch-relation-replace.ts';
import { PatchCommand } from './commands/patch.ts';
import { RelationAddRemoveCommand } from './commands/relation-add-remove.ts';
import type { ModelBox } from './model-box.ts';
import { WriteDuplicateUniqueCommand } from './commands/write-duplicate-unique.ts';
import { bodyTemplate, suffixArb, type WritePlan } from './write-plan.ts';
import type { ObjectUnderTest } from './target.ts';

export type ZeegCommand = fc.AsyncCommand<ModelBox, Session>;

const pick = fc.nat({ max: 63 });

export function commandArbitraries(target: ObjectUnderTest, plan: WritePlan): Array<fc.Arbitrary<ZeegCommand>> {
  const world = target.world;
  const attrs = plan.keys.map((k) => world.attributes.get(k)!);
  const invalidPair = fc.constantFrom(...attrs).chain((attr) => invalidValue(world, attr).map((invalid) => ({ key: attr.key, invalid })));
  const body = bodyTemplate(world, plan);
  const nullable = plan.keys.filter((key) => world.attributes.get(key)?.isRequired !== true);
  const create = body.map((t) => new CreateCommand(t));
  const arbs: Array<fc.Arbitrary<ZeegCommand>> = [
    create,
    create,
    fc.tuple(body, invalidPair).map(([t, { key, invalid }]) => new CreateInvalidCommand(t, key, invalid)),
    fc.tuple(pick, body).map(([p, t]) => new PatchCommand(p, t)),
    fc.tuple(pick, body, invalidPair).map(([p, t, { key, invalid }]) => new PatchInvalidCommand(p, t, key, invalid)),
    pick.map((p) => new GetCommand(p)),
    pick.map((p) => new DeleteCommand(p)),
  ];
  if (nullable.length > 0) arbs.push(fc.tuple(pick, fc.subarray(nullable, { minLength: 1 })).map(([p, keys]) => new PatchNullCommand(p, keys)));
  if (plan.matching !== undefined) {
    const matching = plan.matching;
    const assertExisting = fc
      .tuple(pick, bodyTemplate(world, plan, { exclude: [matching] }), fc.constantFrom<MatchVariant>('exact', 'exact', 'upper', 'trailing-space', 'leading-space', 'drop-last'))
      .map(([p, t, v]) => new AssertExistingCommand(p, t, v));
    arbs.push(
      bodyTemplate(world, plan, { require: [matching] }).map((t) => new AssertNewCommand(t)),
      assertExisting,
      assertExisting,
      fc.tuple(fc.constantFrom(null, '', 'absent' as const), bodyTemplate(world, plan, { exclude: [matching] })).map(([e, t]) => new AssertEmptyMatchingCommand(e, t)),
    );
  }
  if (plan.uniqueText.length > 0) {
    arbs.push(
      fc.tuple(fc.constantFrom('create' as const, 'patch' as const), pick, pick).map(([op, h, t]) => new WriteDuplicateUniqueCommand(op, h, t)),
    );
    if (plan.prefixed.size > 1) arbs.push(fc.tuple(pick, suffixArb).map(([p, s]) => new AssertDuplicateUniqueCommand(p, s)));
  }
  const references = attrs.filter((a) => (a.type === 'relation' || a.type === 'user') && knownReferences(world, a) !== undefined);
  if (references.length > 0) {
    arbs.push(
      fc.tuple(pick, fc.constantFrom(...references)).chain(([p, attr]) =>
        fc.subarray([...knownReferences(world, attr)!], { minLength: attr.isRequired === true ? 1 : 0 }).map((ids) => new PatchRelationReplaceCommand(p, attr.key, ids)),
      ),
      fc.tuple(pick, pick, fc.array(pick, { minLength: 1, maxLength: 3 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }))
        .map(([p, a, ids, add]) => new RelationAddRemoveCommand(p, a, ids, add)),
    );
  }
  return arbs;
}
