/**
 * Field types: for each value kind the object has, generated valid values (boundaries first)
 * are accepted by add and patch and read back as sent; labelled invalid values, re-confirmed
 * invalid as sent, are refused with 400 and leave no trace. The rules the sources only imply
 * (the 4-byte range, 15 digits, coercible spellings, null on optional fields) are judged at SHOULD.
 */
import fc from 'fast-check';
import * as C from '../checks/record-checks.ts';
import { NULL_ACCEPTED, READ_ENCODING, TYPE_ACCEPTED, TYPE_REFUSED, kindClause } from '../checks/type-checks.ts';
import { invalidCases, invalidValue } from '../generation/invalid-values.ts';
import { validValues } from '../generation/valid-values.ts';
import { VALUE_KINDS, type ValueKind } from '../model/world.ts';
import { byName } from '../runtime/fill.ts';
import { executeWrite } from '../runtime/execute.ts';
import { addStep, patchStep } from '../runtime/steps.ts';
import type { KizenTarget } from '../runtime/target.ts';
import { defineSuite, type SuiteCase } from '../../../suites/suite-def.ts';
import { fieldOfKind, optionalFields, scenario, share } from './helpers.ts';
import { COERCION_REFUSED, DATETIME_FORM, EMAIL_DOMAIN, INTEGER_RANGE, NUMBER_DIGITS } from '../checks/type-checks.ts';

function kindCase(kind: ValueKind): SuiteCase<KizenTarget> {
  const accepted = TYPE_ACCEPTED[kind];
  const refused = TYPE_REFUSED[kind];
  return {
    title: `${kind}: valid values are accepted by add and patch and read back as sent; invalid ones are refused with 400 and leave no trace`,
    clauses: ['KIZEN-TYPES-001', kindClause(kind), accepted.clauses[0]!, 'KIZEN-PATCH-004'].filter((c, i, all) => all.indexOf(c) === i),
    checks: [accepted, refused, C.REFUSED_WRITE_NO_TRACE, C.REFUSED_ADD_CREATES_NOTHING, READ_ENCODING],
    async run({ session, targets }) {
      for (const target of targets) {
        const world = target.world;
        const field = fieldOfKind(world, kind);
        const valid = field === undefined ? undefined : validValues(world, field);
        const invalid = field === undefined ? undefined : invalidValue(world, field);
        if (field === undefined || valid === undefined || invalid === undefined) {
          for (const check of [accepted, refused]) session.recorder.markSkipped(check, field === undefined ? `"${target.slug}" has no writable ${kind} field` : `"${field.name}" has no valid value the run knows`);
          continue;
        }
        const checks = { statusCheck: accepted, valueCheck: accepted };
        await scenario(session, target, `types:${kind}`, share(session, 5), fc.tuple(valid, valid), async (box, [a, b]) => {
          await executeWrite(box, session, addStep(box, [byName(field, a)], `add ${field.name}`, checks));
          const record = box.state.active[0];
          if (record === undefined) return;
          await executeWrite(box, session, patchStep(box, record.id, [byName(field, b)], `patch ${field.name}`, {}, checks));
        });
        // Every labelled invalid value once: the boundaries must not be left to chance.
        await scenario(session, target, `types:${kind}:invalid`, 1, fc.constant(invalidCases(world, field, 'MUST')), async (box, cases) => {
          await executeWrite(box, session, addStep(box, [], 'add a record to patch'));
          for (const bad of cases) {
            await executeWrite(box, session, addStep(box, [byName(field, bad.value)], `add invalid ${field.name}`));
            const kept = box.state.active[0];
            if (kept === undefined) continue;
            await executeWrite(box, session, patchStep(box, kept.id, [byName(field, bad.value)], `patch invalid ${field.name}`));
          }
        });
      }
    },
  };
}

export const typesSuite = defineSuite<KizenTarget>('types', 'Field types', [
  ...VALUE_KINDS.map(kindCase),
  {
    title: 'values outside the 4-byte range, beyond 15 digits, spelled in another JSON kind, datetimes without time or offset and undotted email domains are refused with 400',
    clauses: ['KIZEN-TYPES-006', 'KIZEN-TYPES-008', 'KIZEN-TYPES-013', 'KIZEN-TYPES-020', 'KIZEN-TYPES-021', 'KIZEN-TYPES-005', 'KIZEN-TYPES-007', 'KIZEN-TYPES-009', 'KIZEN-TYPES-012'],
    checks: [INTEGER_RANGE, NUMBER_DIGITS, COERCION_REFUSED, DATETIME_FORM, EMAIL_DOMAIN],
    async run({ session, targets }) {
      for (const target of targets) {
        for (const kind of VALUE_KINDS) {
          const field = fieldOfKind(target.world, kind);
          const cases = field === undefined ? [] : invalidCases(target.world, field, 'SHOULD');
          if (field === undefined || cases.length === 0) continue;
          for (const bad of cases) {
            await scenario(session, target, `types:${kind}:should:${bad.why}`, 1, fc.constant(bad), async (box, one) => {
              await executeWrite(box, session, addStep(box, [byName(field, one.value)], `add ${field.name} ${one.why}`));
            });
          }
        }
      }
    },
  },
  {
    title: 'null on a field that is not required is accepted and leaves the field blank',
    clauses: ['KIZEN-TYPES-019', 'KIZEN-READ-002'],
    checks: [NULL_ACCEPTED, C.BLANK_OMITTED],
    async run({ session, targets }) {
      for (const target of targets) {
        const fields = optionalFields(target.world);
        await scenario(session, target, 'types:null', 1, fc.constant(0), async (box) => {
          const step = addStep(box, fields.map((f) => byName(f, null)), 'add with null optional fields', { statusCheck: NULL_ACCEPTED, valueCheck: NULL_ACCEPTED });
          await executeWrite(box, session, step);
          const record = box.state.active[0];
          if (record === undefined) return;
          for (const field of fields) {
            const filled = validValues(target.world, field);
            if (filled === undefined) continue;
            const [value] = fc.sample(filled, { numRuns: 1, seed: session.settings.seed });
            await executeWrite(box, session, patchStep(box, record.id, [byName(field, value)], `patch ${field.name}`));
            await executeWrite(box, session, patchStep(box, record.id, [byName(field, null)], `patch ${field.name} null`, {}, { statusCheck: NULL_ACCEPTED }));
          }
        });
      }
    },
  },
]);
