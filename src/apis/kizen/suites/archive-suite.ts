/**
 * Archive and unarchive: DELETE answers 204 and hides the record from GET and lookup with its
 * data kept; unarchive restores every value; archiving twice answers 404 and unarchiving an
 * active record changes nothing.
 */
import fc from 'fast-check';
import * as C from '../checks/record-checks.ts';
import { executeWrite } from '../runtime/execute.ts';
import { archiveStep, unarchiveStep } from '../runtime/steps.ts';
import type { KizenTarget } from '../runtime/target.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { addOne, bodyArb, scenario, share } from './helpers.ts';

export const archiveSuite = defineSuite<KizenTarget>('archive', 'Archive and unarchive', [
  {
    title: 'archive answers 204 and the record answers 404 to GET and lookup; unarchive restores every value',
    clauses: ['KIZEN-ARCHIVE-001', 'KIZEN-ARCHIVE-002', 'KIZEN-ARCHIVE-003', 'KIZEN-ARCHIVE-005', 'KIZEN-ARCHIVE-006'],
    checks: [C.ARCHIVE_204, C.ARCHIVED_GONE, C.ARCHIVED_LOOKUP_GONE, C.UNARCHIVE_RESTORES, C.UNARCHIVE_200],
    async run({ session, targets }) {
      for (const target of targets) {
        await scenario(session, target, 'archive:restore', share(session, 5), bodyArb(target.world, { minLength: 1 }), async (box, body) => {
          const record = await addOne(session, box, body, 'add');
          if (record === undefined) return;
          await executeWrite(box, session, archiveStep(box, record.id, 'archive'));
          await executeWrite(box, session, unarchiveStep(box, record.id, 'unarchive'));
        });
      }
    },
  },
  {
    title: 'archiving an archived record answers 404; unarchiving an active record answers 200 and changes nothing',
    clauses: ['KIZEN-ARCHIVE-004'],
    checks: [C.ARCHIVE_AGAIN],
    async run({ session, targets }) {
      for (const target of targets) {
        await scenario(session, target, 'archive:again', 1, fc.constant(0), async (box) => {
          const record = await addOne(session, box, [], 'add');
          if (record === undefined) return;
          await executeWrite(box, session, unarchiveStep(box, record.id, 'unarchive an active record'));
          await executeWrite(box, session, archiveStep(box, record.id, 'archive'));
          await executeWrite(box, session, archiveStep(box, record.id, 'archive again'));
        });
      }
    },
  },
]);
