/**
 * Attribute types: for each documented type the object has, valid values (boundaries
 * included) are accepted and stored through create and patch; invalid values are refused
 * with 400 and leave no trace; ids that name nothing are refused (SHOULD).
 */
import fc from 'fast-check';
import { TYPE_ACCEPTED, TYPE_REJECTED, PATCH_TYPE_REJECTED, REJECTED_WRITE_NO_TRACE, UNKNOWN_MEMBER_REJECTED, UNKNOWN_OPTION_REJECTED, UNKNOWN_RELATION_REJECTED } from '../checks/reject-checks.ts';
import { DOCUMENTED_TYPES, TEXT_MAX_CODE_POINTS, type DocumentedType } from '../contract/attributes.ts';
import { invalidValue } from '../generation/invalid-values.ts';
import { validValue } from '../generation/valid-values.ts';
import type { WritableAttribute } from '../model/world.ts';
import { runProperty } from '../../../runner/property-run.ts';
import type { Session } from '../../../runner/session.ts';
import { freshBox } from '../runtime/box.ts';
import { executeWrite } from '../runtime/execute.ts';
import type { ModelBox } from '../runtime/model-box.ts';
import { planWrites } from '../runtime/write-plan.ts';
import { createStep, patchStep } from '../runtime/write-steps.ts';
import { defineSuite, type SuiteCase } from '../../../suites/suite-def.ts';
import { typeClauseOf, unknownReferenceCase } from './reference-cases.ts';
import { textReadingsCase } from './text-readings.ts';
import { type ObjectUnderTest } from '../runtime/target.ts';

/** The attribute of a type to write: a non-unique one if any, else a unique text one (prefixed). */
function attributeOf(target: ObjectUnderTest, type: DocumentedType): WritableAttribute | undefined {
  const plan = planWrites(target.world);
  const candidates = plan.keys.map((k) => target.world.attributes.get(k)!).filter((a) => a.type === type);
  return candidates.find((a) => a.isUnique !== true) ?? candidates[0];
}

/**
 * Unique text values carry the prefix, cut so the whole stays within 255 UTF-16 units (and so
 * within 255 code points): valid under either reading of the limit.
 */
function fit(attr: WritableAttribute, value: unknown, prefix: string): unknown {
  if (attr.type !== 'text' || attr.isUnique !== true || typeof value !== 'string') return value;
  let out = prefix;
  for (const char of value) {
    if (out.length + char.length > TEXT_MAX_CODE_POINTS) break;
    out += char;
  }
  return out;
}

async function createWith(box: ModelBox, session: Session, attr: WritableAttribute, value: unknown, step: string, typeCheck = true) {
  await executeWrite(box, session, createStep(box, { [attr.key]: value }, step, typeCheck ? TYPE_ACCEPTED[attr.type] : undefined));
}

async function patchWith(box: ModelBox, session: Session, attr: WritableAttribute, value: unknown, step: string) {
  const record = box.state.records[0];
  // A valid value refused breaks the type's acceptance rule; an invalid one goes through the rejection checks.
  if (record !== undefined) await executeWrite(box, session, { ...patchStep(box, record.id, { [attr.key]: value }, step), refusedCheck: TYPE_ACCEPTED[attr.type] });
}

function validCase(type: DocumentedType): SuiteCase<ObjectUnderTest> {
  return {
    title: `valid ${type} values, boundaries included, are accepted and stored by create and patch`,
    clauses: ['ZEEG-TYPES-001', typeClauseOf(type)],
    checks: [TYPE_ACCEPTED[type]],
    async run({ session, targets }) {
      for (const target of targets) {
        const attr = attributeOf(target, type);
        const values = attr === undefined ? undefined : validValue(target.world, attr);
        if (attr === undefined || values === undefined) {
          session.recorder.markSkipped(TYPE_ACCEPTED[type], attr === undefined ? `"${target.slug}" has no writable ${type} attribute` : `"${attr.key}" offers no valid value (no options or ids)`);
          continue;
        }
        await runProperty(session, { name: `types:${type}:valid:${target.slug}`, runs: session.settings.runs }, fc.tuple(values, values), async ([first, second], trail) => {
          const box = freshBox(session, target, trail);
          const a = fit(attr, first, box.prefix);
          const b = fit(attr, second, `${box.prefix}p-`);
          await createWith(box, session, attr, a, `create ${attr.key}`);
          await patchWith(box, session, attr, b, `patch ${attr.key}`);
        });
      }
    },
  };
}

function invalidCase(type: DocumentedType): SuiteCase<ObjectUnderTest> {
  return {
    title: `invalid ${type} values are refused with 400 by create and patch and leave no trace`,
    clauses: ['ZEEG-TYPES-002', typeClauseOf(type), 'ZEEG-PATCH-004', 'ZEEG-RECORD-005'],
    checks: [TYPE_REJECTED[type], PATCH_TYPE_REJECTED, REJECTED_WRITE_NO_TRACE],
    async run({ session, targets }) {
      for (const target of targets) {
        const attr = attributeOf(target, type);
        if (attr === undefined) {
          session.recorder.markSkipped(TYPE_REJECTED[type], `"${target.slug}" has no writable ${type} attribute`);
          continue;
        }
        await runProperty(session, { name: `types:${type}:invalid:${target.slug}`, runs: session.settings.runs }, invalidValue(target.world, attr), async (invalid, trail) => {
          const box = freshBox(session, target, trail);
          await createWith(box, session, attr, invalid.value, `create invalid ${attr.key} (${invalid.why})`, false);
          const plan = planWrites(target.world);
          const base = plan.matching === undefined ? {} : { [plan.matching]: `${box.prefix}base` };
          await executeWrite(box, session, createStep(box, base, 'create base'));
          await patchWith(box, session, attr, invalid.value, `patch invalid ${attr.key} (${invalid.why})`);
        });
      }
    },
  };
}

export const typesSuite = defineSuite<ObjectUnderTest>('types', 'Attribute types', [
  ...DOCUMENTED_TYPES.map(validCase),
  ...DOCUMENTED_TYPES.map(invalidCase),
  textReadingsCase,
  unknownReferenceCase('relation', UNKNOWN_RELATION_REJECTED),
  unknownReferenceCase('user', UNKNOWN_MEMBER_REJECTED),
  unknownReferenceCase('multiselect', UNKNOWN_OPTION_REJECTED),
]);
