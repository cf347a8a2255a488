/** PATCH …/relation: surgical add and remove, and the bodies it must refuse. */
import fc from 'fast-check';
import type { CheckDef } from '../../../core/checks.ts';
import { RELATION_ADD_REMOVE, RELATION_BAD_ATTRIBUTE, RELATION_EMPTY_LISTS, RELATION_ID_IN_BOTH, RELATION_NOOP, RELATION_OTHERS_UNTOUCHED } from '../checks/resource-checks.ts';
import { canonical } from '../model/values.ts';
import { knownReferences, type WritableAttribute } from '../model/world.ts';
import { runProperty } from '../../../runner/property-run.ts';
import type { Session } from '../../../runner/session.ts';
import { freshBox } from '../runtime/box.ts';
import { RelationAddRemoveCommand } from '../runtime/commands/relation-add-remove.ts';
import { CreateCommand } from '../runtime/commands/create.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { expectThat } from '../../../checks/judge.ts';
import { createRecord, readRecord } from './fixtures.ts';
import { type ObjectUnderTest, probeOf } from '../runtime/target.ts';

/** Optional relation and user attributes with two known ids (a required one is never emptied). */
function linkable(target: ObjectUnderTest): WritableAttribute[] {
  return [...target.world.attributes.values()].filter((a) => (a.type === 'relation' || a.type === 'user') && a.isRequired !== true && (knownReferences(target.world, a)?.length ?? 0) >= 2);
}

function skipAll(session: Session, target: ObjectUnderTest, checks: Array<typeof RELATION_NOOP>): void {
  for (const check of checks) session.recorder.markSkipped(check, `"${target.slug}" has no optional relation or user attribute with two known ids`);
}

export const relationSuite = defineSuite<ObjectUnderTest>('relation', 'Update relation (add / remove)', [
  {
    title: 'add links and remove unlinks the named ids; ids not named stay linked',
    clauses: ['ZEEG-RELATION-001', 'ZEEG-RELATION-002'],
    checks: [RELATION_ADD_REMOVE, RELATION_OTHERS_UNTOUCHED],
    async run({ session, targets }) {
      for (const target of targets) {
        const attrs = linkable(target);
        if (attrs.length === 0) {
          skipAll(session, target, [RELATION_ADD_REMOVE, RELATION_OTHERS_UNTOUCHED]);
          continue;
        }
        const pick = fc.nat({ max: 63 });
        const step = fc.tuple(pick, fc.array(pick, { minLength: 1, maxLength: 3 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }));
        await runProperty(session, { name: `relation:${target.slug}`, runs: session.settings.runs }, fc.tuple(fc.subarray([0, 1, 2]), fc.array(step, { minLength: 1, maxLength: 4 })), async ([initial, steps], trail) => {
          const box = freshBox(session, target, trail);
          const attr = attrs[0]!;
          const known = knownReferences(target.world, attr)!;
          const create = new CreateCommand({ [attr.key]: initial.map((i) => known[i % known.length]!).filter((v, i, all) => all.indexOf(v) === i) });
          await create.run(box, session);
          for (const [attrPick, ids, add] of steps) {
            const command = new RelationAddRemoveCommand(0, attrPick, ids, add);
            if (!command.check(box)) continue;
            await command.run(box, session);
          }
        });
      }
    },
  },
  {
    title: 'adding a linked id or removing an unlinked one succeeds and changes nothing',
    clauses: ['ZEEG-RELATION-006'],
    checks: [RELATION_NOOP],
    async run({ session, targets }) {
      for (const target of targets) {
        const attr = linkable(target)[0];
        if (attr === undefined) {
          skipAll(session, target, [RELATION_NOOP]);
          continue;
        }
        const probe = probeOf(session, target);
        const [linked, unlinked] = knownReferences(target.world, attr)!;
        const record = await createRecord(session, target, { [attr.key]: [linked] });
        if (record === undefined) continue;
        for (const update of [{ add: [linked] }, { remove: [unlinked] }]) {
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`relation ${JSON.stringify(update)}`, { method: 'PATCH', path: `/crm/${target.slug}/${record.id}/relation`, json: { attributeSlug: attr.key, ...update } });
          const after = (await readRecord(session, target, record.id)).record;
          const unchanged = JSON.stringify(canonical(attr, after?.values[attr.key])) === JSON.stringify(canonical(attr, [linked]));
          expectThat(probe, RELATION_NOOP, reply.status === 200 && unchanged, { status: 200, [attr.key]: [linked] }, { status: reply.status, [attr.key]: after?.values[attr.key] }, `relation update ${JSON.stringify(update)} answered ${reply.status}${unchanged ? '' : ' and changed the links'}`);
        }
      }
    },
  },
  {
    title: 'bodies the relation endpoint must refuse: unknown or non-relation attribute, no ids, an id in both lists',
    clauses: ['ZEEG-RELATION-003', 'ZEEG-RELATION-004', 'ZEEG-RELATION-005'],
    checks: [RELATION_BAD_ATTRIBUTE, RELATION_EMPTY_LISTS, RELATION_ID_IN_BOTH],
    async run({ session, targets }) {
      for (const target of targets) {
        const attr = linkable(target)[0];
        if (attr === undefined) {
          skipAll(session, target, [RELATION_BAD_ATTRIBUTE, RELATION_EMPTY_LISTS, RELATION_ID_IN_BOTH]);
          continue;
        }
        const probe = probeOf(session, target);
        const [first, second] = knownReferences(target.world, attr)!;
        const record = await createRecord(session, target, { [attr.key]: [first] });
        if (record === undefined) continue;
        const plainText = [...target.world.attributes.values()].find((a) => a.type !== 'relation' && a.type !== 'user')?.key;
        const cases: Array<[CheckDef, Record<string, unknown>]> = [
          [RELATION_BAD_ATTRIBUTE, { attributeSlug: `crmc_no_such_${session.settings.runId}`, add: [second] }],
          ...(plainText === undefined ? [] : [[RELATION_BAD_ATTRIBUTE, { attributeSlug: plainText, add: [second] }] as [CheckDef, Record<string, unknown>]]),
          [RELATION_EMPTY_LISTS, { attributeSlug: attr.key }],
          [RELATION_EMPTY_LISTS, { attributeSlug: attr.key, add: [], remove: [] }],
          [RELATION_ID_IN_BOTH, { attributeSlug: attr.key, add: [second], remove: [second] }],
        ];
        for (const [check, body] of cases) {
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`relation ${JSON.stringify(body)}`, { method: 'PATCH', path: `/crm/${target.slug}/${record.id}/relation`, json: body });
          const after = (await readRecord(session, target, record.id)).record;
          const unchanged = JSON.stringify(canonical(attr, after?.values[attr.key])) === JSON.stringify(canonical(attr, [first]));
          const refused = reply.status >= 400 && reply.status < 500;
          expectThat(probe, check, refused && unchanged, '4xx, links unchanged', { status: reply.status, [attr.key]: after?.values[attr.key] }, `relation update ${JSON.stringify(body)} answered ${reply.status}${unchanged ? '' : ' and changed the links'}`);
        }
      }
    },
  },
]);
