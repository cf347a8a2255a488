/**
 * Patch: the sent fields are written (null or blank clears), the rest keep their values, and
 * the reply shows only the written fields plus updated (every field with return_all_fields);
 * an invalid entry refuses the whole patch; an archived key archives nothing; an archived
 * record answers 404 and a required field cannot be blanked (SHOULD).
 */
import fc from 'fast-check';
import { expectThat } from '../checks/probe.ts';
import * as C from '../checks/record-checks.ts';
import { invalidValue } from '../generation/invalid-values.ts';
import { writableFields } from '../model/world.ts';
import { recordsPath } from '../runtime/discover.ts';
import { byName } from '../runtime/fill.ts';
import { executeWrite } from '../runtime/execute.ts';
import { archiveStep, patchStep } from '../runtime/steps.ts';
import { probeOf, type KizenTarget } from '../runtime/target.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { addOne, bodyArb, scenario, share } from './helpers.ts';

export const patchSuite = defineSuite<KizenTarget>('patch', 'Patch records', [
  {
    title: 'a patch writes the sent fields, null clears, the rest keep their values, and the reply shows only what was written',
    clauses: ['KIZEN-PATCH-001', 'KIZEN-PATCH-002', 'KIZEN-PATCH-003'],
    checks: [C.PATCH_ACCEPTED, C.PATCH_VALUES_STORED, C.PATCH_KEEPS_OMITTED, C.PATCH_REPLY_FIELDS],
    async run({ session, targets }) {
      for (const target of targets) {
        const probe = probeOf(session, target);
        await scenario(session, target, 'patch:write', share(session, 3), fc.tuple(bodyArb(target.world, { minLength: 1 }), bodyArb(target.world, { nulls: true, minLength: 1 })), async (box, [first, second]) => {
          const record = await addOne(session, box, first, 'add');
          if (record === undefined) return;
          await executeWrite(box, session, patchStep(box, record.id, second, 'patch'));
          session.stepMark = session.client.mark();
          const reply = await session.client.send('patch nothing, return_all_fields', { method: 'PATCH', path: recordsPath(target.slug, `/${record.id}`), query: { return_all_fields: 'true' }, json: { fields: [] } });
          const shown = Object.keys((reply.json as { fields?: object } | undefined)?.fields ?? {});
          const stored = [...(box.state.active[0]?.values.keys() ?? [])];
          const missing = stored.filter((id) => !shown.includes(id));
          expectThat(probe, C.PATCH_REPLY_FIELDS, reply.status === 200 && missing.length === 0, 'every field with a value', shown, `with return_all_fields the patch reply lacks ${missing.map((id) => target.world.byId.get(id)?.name ?? id).join(', ')}`, { stop: true });
        });
      }
    },
  },
  {
    title: 'a patch with one invalid entry changes none of the fields it sent; an archived key archives nothing',
    clauses: ['KIZEN-PATCH-004', 'KIZEN-PATCH-005'],
    checks: [C.REFUSED_WRITE_NO_TRACE, C.PATCH_ARCHIVED_KEY],
    async run({ session, targets }) {
      for (const target of targets) {
        const fields = writableFields(target.world).filter((f) => invalidValue(target.world, f) !== undefined);
        if (fields.length === 0) continue;
        const invalid = fc.constantFrom(...fields).chain((f) => invalidValue(target.world, f)!.map((bad) => ({ f, bad })));
        await scenario(session, target, 'patch:invalid', share(session, 5), fc.tuple(bodyArb(target.world, { minLength: 1 }), bodyArb(target.world, { minLength: 1 }), invalid), async (box, [first, valid, { f, bad }]) => {
          const record = await addOne(session, box, first, 'add');
          if (record === undefined) return;
          await executeWrite(box, session, patchStep(box, record.id, [...valid.filter((e) => !('field' in e) || e.field.id !== f.id), byName(f, bad.value)], 'patch with one invalid entry'));
          await executeWrite(box, session, patchStep(box, record.id, valid, 'patch with archived true', { archived: true }, { statusCheck: C.PATCH_ARCHIVED_KEY, valueCheck: C.PATCH_ARCHIVED_KEY }));
        });
      }
    },
  },
  {
    title: 'a patch of an archived record answers 404; a patch blanking a required field is refused with 400',
    clauses: ['KIZEN-PATCH-006', 'KIZEN-PATCH-007'],
    checks: [C.PATCH_ARCHIVED_404, C.PATCH_REQUIRED_KEPT],
    async run({ session, targets }) {
      for (const target of targets) {
        const required = target.world.fields.filter((f) => f.required && !f.readOnly && f.kind !== undefined);
        await scenario(session, target, 'patch:required', 1, fc.constant(0), async (box) => {
          const record = await addOne(session, box, [], 'add');
          for (const field of required) if (record !== undefined) await executeWrite(box, session, patchStep(box, record.id, [byName(field, null)], `patch ${field.name} null`));
        });
        await scenario(session, target, 'patch:archived', 1, bodyArb(target.world, { minLength: 1 }), async (box, body) => {
          const record = await addOne(session, box, [], 'add');
          if (record === undefined) return;
          await executeWrite(box, session, archiveStep(box, record.id, 'archive'));
          await executeWrite(box, session, patchStep(box, record.id, body, 'patch the archived record'));
        });
      }
    },
  },
]);
