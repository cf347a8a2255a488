/**
 * Read a record back (every other read through the v3 path family, which serves the same
 * records: facts B2), or archive it (204) and read it again (404).
 */
import type fc from 'fast-check';
import { judgeObject, judgeValues } from '../../checks/judge-object.ts';
import { ARCHIVE_204, PATH_FAMILIES_ONE_STORE, READ_AFTER_ARCHIVE_404, READ_MATCHES } from '../../checks/record-checks.ts';
import { expectThat } from '../../checks/probe.ts';
import { findRecord, withArchived } from '../../model/state.ts';
import type { Session } from '../../../../runner/session.ts';
import { readBack, type Box } from '../execute.ts';
import { onV3, readNames, recordPath } from '../requests.ts';
import { sentStep } from '../../../../runner/sent-step.ts';
import { probeOf } from '../target.ts';

export class ReadCommand implements fc.AsyncCommand<Box, Session> {
  constructor(readonly pick: number) {}
  check(box: Readonly<Box>): boolean {
    return box.state.records.length > 0;
  }
  async run(box: Box, session: Session): Promise<void> {
    const id = box.state.records[this.pick % box.state.records.length]!.id;
    await (this.pick % 2 === 1 ? readThroughV3(box, session, id) : readBack(box, session, id, 'Read'));
  }
  toString(): string {
    return `Read(#${this.pick})`;
  }
}

/** A read through /crm/v3/objects: its status is the path family's check, its values the read's. */
async function readThroughV3(box: Box, session: Session, id: string): Promise<void> {
  const probe = probeOf(session, box.target);
  const names = readNames(box.target.world);
  const request = onV3({ method: 'GET', path: recordPath(box.target.objectType, id), query: { properties: names.join(',') } });
  box.trail?.add(sentStep('Read/v3', request));
  const reply = await session.client.send('Read/v3', request);
  expectThat(probe, PATH_FAMILIES_ONE_STORE, reply.status === 200, 200, reply.status, `a read of live record ${id} through /crm/v3 answered ${reply.status}`);
  judgeValues(probe, findRecord(box.state, id)?.values ?? {}, judgeObject(probe, reply.json), names, () => READ_MATCHES, `read of ${id} through /crm/v3`);
}

export class ArchiveCommand implements fc.AsyncCommand<Box, Session> {
  constructor(readonly pick: number) {}
  check(box: Readonly<Box>): boolean {
    return box.state.records.length > 0;
  }
  async run(box: Box, session: Session): Promise<void> {
    const id = box.state.records[this.pick % box.state.records.length]!.id;
    const probe = probeOf(session, box.target);
    const path = recordPath(box.target.objectType, id);
    box.trail?.add(sentStep('Archive', { method: 'DELETE', path }));
    const reply = await session.client.send('Archive', { method: 'DELETE', path });
    expectThat(probe, ARCHIVE_204, reply.status === 204, 204, reply.status, `archive of ${id} answered ${reply.status}`);
    session.untrack(box.target.objectType, id);
    box.state = withArchived(box.state, id);
    const read = await session.client.send(`Archive/read`, { method: 'GET', path });
    expectThat(probe, READ_AFTER_ARCHIVE_404, read.status === 404, 404, read.status, `a read of archived ${id} answered ${read.status}`);
  }
  toString(): string {
    return `Archive(#${this.pick})`;
  }
}
