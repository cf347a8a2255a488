/**
 * The model-based run: random sequences of adds (valid, invalid, duplicate), upserts (new,
 * existing, blank), patches (values, invalid values, identifiers), archives, unarchives and
 * reads against one object, each step judged against the model; at the end every active
 * record is read back and found by its identifier, so no two hold one.
 */
import fc from 'fast-check';
import { expectThat } from '../checks/probe.ts';
import * as C from '../checks/record-checks.ts';
import { SERVER_ERROR } from '../checks/surface-checks.ts';
import { invalidValue } from '../generation/invalid-values.ts';
import { writableFields } from '../model/world.ts';
import * as K from '../runtime/commands.ts';
import { lookupRecord, readBack } from '../runtime/reads.ts';
import { freshBox } from '../runtime/steps.ts';
import { probeOf, type KizenTarget } from '../runtime/target.ts';
import { runProperty } from '../../../runner/property-run.ts';
import type { Session } from '../../../runner/session.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { bodyArb } from './helpers.ts';

const MAX_COMMANDS = 15;
const pick = fc.nat({ max: 31 });

function commandArbs(target: KizenTarget): Array<fc.Arbitrary<K.KizenCommand>> {
  const world = target.world;
  const body = bodyArb(world);
  const nullable = bodyArb(world, { nulls: true, minLength: 1 });
  const fields = writableFields(world).filter((f) => invalidValue(world, f) !== undefined);
  const invalid = fc.constantFrom(...fields).chain((f) => invalidValue(world, f)!.map((bad) => ({ f, bad })));
  return [
    body.map(K.add), body.map(K.add),
    fc.tuple(body, invalid).map(([b, { f, bad }]) => K.addInvalid(b, f, bad)),
    fc.tuple(pick, body).map(([p, b]) => K.addDuplicate(p, b)),
    body.map(K.upsertNew),
    fc.tuple(pick, body).map(([p, b]) => K.upsertExisting(p, b)),
    fc.tuple(fc.constantFrom('' as const, undefined), body).map(([l, b]) => K.upsertBlank(l, b)),
    fc.tuple(pick, nullable).map(([p, b]) => K.patch(p, b)),
    fc.tuple(pick, invalid).map(([p, { f, bad }]) => K.patchInvalid(p, f, bad)),
    fc.tuple(pick, fc.constantFrom('fresh' as const, 'active' as const, 'archived' as const), pick).map(([p, from, o]) => K.patchIdentifier(p, from, o)),
    pick.map(K.archive), pick.map(K.unarchive), pick.map(K.get),
  ];
}

async function modelRun(session: Session, target: KizenTarget): Promise<void> {
  const commands = fc.commands(commandArbs(target), { maxCommands: MAX_COMMANDS, size: '+1' });
  await runProperty(session, { name: `model:${target.slug}`, runs: session.settings.runs }, commands, async (cmds, trail) => {
    // The commands list every request they send in the trail, as sent (see sentStep).
    const box = freshBox(session, target, trail);
    await fc.asyncModelRun(() => ({ model: box, real: session }), cmds);
    const probe = probeOf(session, target);
    for (const record of box.state.active) {
      trail.add(`ReadBack(${record.id})`);
      await readBack(session, target, record.id, record.values, { checkFor: () => C.ADD_VALUES_STORED }, C.ADD_VALUES_STORED, 'final read-back');
      const identifier = String(record.values.get(target.world.identifier.id));
      const found = await lookupRecord(session, target, identifier, 'final lookup');
      expectThat(probe, C.IDENTIFIER_UNIQUE, found.status === 200 && (found.json as { id?: unknown }).id === record.id, record.id, (found.json as { id?: unknown } | undefined)?.id, `lookup of ${identifier} does not find the one record holding it`, { stop: true });
    }
  });
}

export const modelSuite = defineSuite<KizenTarget>('model', 'Model-based sequences', [
  {
    title: 'random sequences of adds, upserts, patches, archives and reads agree with the model step by step',
    clauses: ['KIZEN-ADD-001', 'KIZEN-ADD-006', 'KIZEN-ADD-007', 'KIZEN-IDENT-001', 'KIZEN-IDENT-003', 'KIZEN-UPSERT-001', 'KIZEN-UPSERT-003', 'KIZEN-PATCH-001', 'KIZEN-PATCH-004', 'KIZEN-ARCHIVE-003', 'KIZEN-SERVER-001'],
    checks: [C.ADD_ACCEPTED, C.ADD_VALUES_STORED, C.DUPLICATE_REFUSED, C.IDENTIFIER_UNIQUE, C.UPSERT_UPDATES_200, C.PATCH_VALUES_STORED, C.REFUSED_WRITE_NO_TRACE, C.UNARCHIVE_RESTORES, SERVER_ERROR],
    async run({ session, targets }) {
      for (const target of targets) await modelRun(session, target);
    },
  },
]);
