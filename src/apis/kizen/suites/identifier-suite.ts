/**
 * Identifiers: a second add with an identifier an active record holds is refused, creates
 * nothing and changes nothing; contacts are identified by email; no patch or unarchive leaves
 * two active records with one identifier; an add matching an archived record follows its
 * unarchive choice (prompt refuses, unarchive restores unchanged, overwrite creates).
 */
import fc from 'fast-check';
import { expectThat } from '../checks/probe.ts';
import * as C from '../checks/record-checks.ts';
import { byName, entriesJson, withRequired } from '../runtime/fill.ts';
import { executeWrite } from '../runtime/execute.ts';
import { getRecord, lookupRecord, provedAbsent } from '../runtime/reads.ts';
import { addStep, archiveStep, patchStep, unarchiveStep } from '../runtime/steps.ts';
import { probeOf, type KizenTarget } from '../runtime/target.ts';
import { recordsPath } from '../runtime/discover.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { addOne, bodyArb, scenario, share } from './helpers.ts';

export const identifierSuite = defineSuite<KizenTarget>('identifier', 'Record identifiers', [
  {
    title: 'an add with an identifier an active record holds is refused, creates no second record and leaves the first unchanged',
    clauses: ['KIZEN-IDENT-001', 'KIZEN-ADD-006', 'KIZEN-ADD-007'],
    checks: [C.DUPLICATE_REFUSED, C.DUPLICATE_400, C.ADD_NEVER_MODIFIES, C.REFUSED_ADD_CREATES_NOTHING],
    async run({ session, targets }) {
      for (const target of targets) {
        const identifier = target.world.identifier;
        await scenario(session, target, 'identifier:duplicate', share(session, 5), fc.tuple(bodyArb(target.world, { minLength: 1 }), bodyArb(target.world, { minLength: 1 })), async (box, [first, second]) => {
          const a = await addOne(session, box, first, 'add A');
          if (a === undefined) return;
          const held = a.values.get(identifier.id) as string;
          await executeWrite(box, session, addStep(box, [byName(identifier, held), ...second], 'add B with A identifier'));
          await executeWrite(box, session, archiveStep(box, a.id, 'archive A'));
          await provedAbsent(session, target, held, C.REFUSED_ADD_CREATES_NOTHING, 'after the refused duplicate', box.state.archived.map((r) => r.id));
          await executeWrite(box, session, unarchiveStep(box, a.id, 'unarchive A'));
        });
      }
    },
  },
  {
    title: 'contacts are identified by their email and other objects by their name',
    clauses: ['KIZEN-IDENT-002'],
    checks: [C.CONTACT_IDENTIFIER],
    async run({ session, targets }) {
      for (const target of targets) {
        const world = target.world;
        const other = world.fields.find((f) => f.kind === 'text' && f.id !== world.identifier.id && !f.readOnly && !f.hidden && !f.required);
        await scenario(session, target, 'identifier:field', 1, fc.constant(0), async (box) => {
          const probe = probeOf(session, target);
          const same = other === undefined ? [] : [byName(other, `${box.prefix}same`)];
          await executeWrite(box, session, addStep(box, same, 'add A', { statusCheck: C.CONTACT_IDENTIFIER }));
          await executeWrite(box, session, addStep(box, same, `add B with A's ${other?.name ?? 'fields'} and its own ${world.identifier.name}`, { statusCheck: C.CONTACT_IDENTIFIER }));
          const a = box.state.active[0];
          if (a === undefined) return;
          const held = a.values.get(world.identifier.id) as string;
          session.stepMark = session.client.mark();
          const json = { fields: entriesJson(withRequired(world, [byName(world.identifier, held), ...(other === undefined ? [] : [byName(other, `${box.prefix}other`)])], box.prefix, undefined)) };
          const dup = await session.client.send(`add C with A's ${world.identifier.name}`, { method: 'POST', path: recordsPath(target.slug, '/add'), json });
          const dupId = (dup.json as { id?: unknown } | undefined)?.id;
          if (typeof dupId === 'string' && dup.status < 300) session.track(target.slug, dupId);
          expectThat(probe, C.CONTACT_IDENTIFIER, dup.status >= 400 && dup.status < 500, '4xx', dup.status, `an add holding A's ${world.identifier.name} answered ${dup.status}`, { stop: true });
          const found = await lookupRecord(session, target, held, `lookup A's ${world.identifier.name}`);
          expectThat(probe, C.CONTACT_IDENTIFIER, found.status === 200 && (found.json as { id?: unknown }).id === a.id, a.id, (found.json as { id?: unknown } | undefined)?.id, `lookup of ${held} does not find A`, { stop: true });
        });
      }
    },
  },
  {
    title: 'a patch or unarchive that would give two active records one identifier is refused; archived records do not hold theirs against patches',
    clauses: ['KIZEN-IDENT-003'],
    checks: [C.IDENTIFIER_UNIQUE, C.REFUSED_WRITE_NO_TRACE],
    async run({ session, targets }) {
      for (const target of targets) {
        const identifier = target.world.identifier;
        await scenario(session, target, 'identifier:patch', share(session, 10), fc.constant(0), async (box, _) => {
          await executeWrite(box, session, addStep(box, [], 'add A'));
          await executeWrite(box, session, addStep(box, [], 'add B'));
          const [a, b] = box.state.active;
          if (a === undefined || b === undefined) return;
          const held = a.values.get(identifier.id);
          await executeWrite(box, session, patchStep(box, b.id, [byName(identifier, held)], "patch B to A's identifier"));
          await executeWrite(box, session, archiveStep(box, a.id, 'archive A'));
          await executeWrite(box, session, patchStep(box, b.id, [byName(identifier, held)], "patch B to archived A's identifier"));
          await executeWrite(box, session, unarchiveStep(box, a.id, 'unarchive A'));
          const still = await getRecord(session, target, a.id, 'A stays archived');
          expectThat(probeOf(session, target), C.IDENTIFIER_UNIQUE, still.status === 404, 404, still.status, 'a refused unarchive restored A anyway', { stop: true });
        });
      }
    },
  },
  {
    title: 'an add matching an archived record: prompt or absent refuses (400 conflict), unarchive restores it unchanged, overwrite creates a new record',
    clauses: ['KIZEN-IDENT-004', 'KIZEN-IDENT-005', 'KIZEN-IDENT-006'],
    checks: [C.ARCHIVED_PROMPT, C.ARCHIVED_UNARCHIVE, C.ARCHIVED_OVERWRITE],
    async run({ session, targets }) {
      for (const target of targets) {
        const identifier = target.world.identifier;
        await scenario(session, target, 'identifier:archived', 1, bodyArb(target.world, { minLength: 1 }), async (box, body) => {
          const a = await addOne(session, box, body, 'add A');
          if (a === undefined) return;
          const held = a.values.get(identifier.id) as string;
          await executeWrite(box, session, archiveStep(box, a.id, 'archive A'));
          await executeWrite(box, session, addStep(box, [byName(identifier, held)], 'add with unarchive prompt', { choice: 'prompt' }));
          await executeWrite(box, session, addStep(box, [byName(identifier, held)], 'add without unarchive'));
          await executeWrite(box, session, addStep(box, [byName(identifier, held)], 'add with unarchive unarchive', { choice: 'unarchive', statusCheck: C.ARCHIVED_UNARCHIVE }));
          const restored = box.state.active.find((r) => r.id === a.id);
          if (restored === undefined) return;
          await executeWrite(box, session, archiveStep(box, a.id, 'archive A again'));
          await executeWrite(box, session, addStep(box, [byName(identifier, held)], 'add with unarchive overwrite', { choice: 'overwrite', statusCheck: C.ARCHIVED_OVERWRITE, valueCheck: C.ARCHIVED_OVERWRITE }));
          const gone = await getRecord(session, target, a.id, 'A stays archived');
          expectThat(probeOf(session, target), C.ARCHIVED_OVERWRITE, gone.status === 404, 404, gone.status, 'overwrite restored the archived record');
        });
      }
    },
  },
]);
