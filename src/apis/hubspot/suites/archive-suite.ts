/**
 * Archive (reference notes): 204 without a body moves a record to the recycling bin; reads
 * then answer 404 (OBJECT_NOT_FOUND), a read with archived=true still finds it, an update of
 * it is 404, and archiving it again is 204 or 404.
 */
import { judgeNotFound } from '../checks/judge-error.ts';
import { judgeObject } from '../checks/judge-object.ts';
import { expectThat } from '../checks/probe.ts';
import * as R from '../checks/record-checks.ts';
import { ERROR_BODY_FIELDS, NOT_FOUND_CATEGORY } from '../checks/surface-checks.ts';
import { predictUpdate } from '../model/predict-write.ts';
import { withArchived } from '../model/state.ts';
import { executeWrite } from '../runtime/execute.ts';
import { plainText } from '../runtime/fill.ts';
import { recordPath, updateRequest } from '../runtime/requests.ts';
import { probeOf, type HubspotTarget } from '../runtime/target.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { boxOf, createRecord } from './fixtures.ts';

export const archiveSuite = defineSuite<HubspotTarget>('archive', 'Archive', [
  {
    title: 'archive answers 204; the record then reads 404, reads with archived=true, and cannot be updated',
    clauses: ['HUBSPOT-ARCHIVE-001', 'HUBSPOT-ARCHIVE-002', 'HUBSPOT-ARCHIVE-003', 'HUBSPOT-ARCHIVE-004', 'HUBSPOT-ERRORS-003', 'HUBSPOT-ERRORS-005'],
    checks: [R.ARCHIVE_204, R.READ_AFTER_ARCHIVE_404, R.ARCHIVED_READABLE, R.ARCHIVED_NOT_UPDATED, NOT_FOUND_CATEGORY, ERROR_BODY_FIELDS],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = boxOf(target);
        const probe = probeOf(session, target);
        const id = await createRecord(box, session, 'set-up');
        const path = recordPath(target.objectType, id);
        session.stepMark = session.client.mark();
        const archived = await session.client.send('archive', { method: 'DELETE', path });
        const body = archived.exchange.response?.body ?? '';
        expectThat(probe, R.ARCHIVE_204, archived.status === 204 && body.trim() === '', '204 without a body', { status: archived.status, body: body.slice(0, 200) }, `archive answered ${archived.status}`);
        session.untrack(target.objectType, id);
        box.state = withArchived(box.state, id);
        const read = await session.client.send('read after archive', { method: 'GET', path });
        expectThat(probe, R.READ_AFTER_ARCHIVE_404, read.status === 404, 404, read.status, `a read of an archived record answered ${read.status}`);
        judgeNotFound(probe, read);
        const bin = await session.client.send('read with archived=true', { method: 'GET', path, query: { archived: 'true' } });
        const seen = bin.status === 200 ? judgeObject(probe, bin.json, false) : undefined;
        expectThat(probe, R.ARCHIVED_READABLE, seen !== undefined && seen.id === id && seen.raw['archived'] === true, { status: 200, archived: true }, { status: bin.status, archived: seen?.raw['archived'] }, `a read with archived=true of an archived record answered ${bin.status}`);
        const text = plainText(target.world);
        const change = text === undefined ? {} : { [text.name]: `${session.nextPrefix()}after-archive` };
        session.stepMark = session.client.mark();
        await executeWrite(box, session, { step: 'update after archive', op: 'updateObject', request: updateRequest(target.objectType, id, change), prediction: predictUpdate(target.world, box.state, id, change), sent: change, accept: R.UPDATE_ACCEPTED });
        const again = await session.client.send('archive again', { method: 'DELETE', path });
        expectThat(probe, R.ARCHIVED_NOT_UPDATED, again.status === 204 || again.status === 404, '204 or 404', again.status, `archiving an archived record answered ${again.status}`);
      }
    },
  },
]);
