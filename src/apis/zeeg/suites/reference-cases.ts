/**
 * Well-formed ids that name nothing: a relation UUID of no record, a UUID of no member, an
 * option id the attribute does not offer. The pages leave the outcome open: SHOULD be 400.
 */
import { randomUUID } from 'node:crypto';
import { typeClause } from '../checks/reject-checks.ts';
import type { CheckDef } from '../../../core/checks.ts';
import type { DocumentedType } from '../contract/attributes.ts';
import { knownReferences } from '../model/world.ts';
import { freshBox } from '../runtime/box.ts';
import { executeWrite } from '../runtime/execute.ts';
import { createStep } from '../runtime/write-steps.ts';
import type { ObjectUnderTest } from '../runtime/target.ts';
import type { SuiteCase } from '../../../suites/suite-def.ts';

export function typeClauseOf(type: DocumentedType): string {
  return typeClause(type);
}

export function unknownReferenceCase(type: 'relation' | 'user' | 'multiselect', check: CheckDef): SuiteCase<ObjectUnderTest> {
  return {
    title: `${type} ids that name nothing the target knows are refused with 400`,
    clauses: check.clauses,
    checks: [check],
    async run({ session, targets }) {
      for (const target of targets) {
        const attr = [...target.world.attributes.values()].find((a) => a.type === type && a.isUnique !== true);
        if (attr === undefined) {
          session.recorder.markSkipped(check, `"${target.slug}" has no writable ${type} attribute`);
          continue;
        }
        if (type !== 'multiselect' && knownReferences(target.world, attr) === undefined) {
          session.recorder.markSkipped(check, type === 'user' ? 'no organization member ids given (--member)' : `no records of the related object for "${attr.key}"`);
          continue;
        }
        const value = type === 'multiselect' ? [{ id: `crmc-no-such-option-${session.settings.runId}` }] : [randomUUID()];
        const box = freshBox(session, target);
        const plan = box.plan;
        const body = { [attr.key]: value, ...(plan.matching === undefined ? {} : { [plan.matching]: `${box.prefix}ref` }) };
        session.stepMark = session.client.mark();
        await executeWrite(box, session, createStep(box, body, `create with unknown ${type} id`));
      }
    },
  };
}
