/** Read a record back, or archive it (204) and read it again (404). */
import type fc from 'fast-check';
import { ARCHIVE_204, READ_AFTER_ARCHIVE_404 } from '../../checks/record-checks.ts';
import { expectThat } from '../../checks/probe.ts';
import { withArchived } from '../../model/state.ts';
import type { Session } from '../../../../runner/session.ts';
import { readBack, type Box } from '../execute.ts';
import { recordPath } from '../requests.ts';
import { sentStep } from '../../../../runner/sent-step.ts';
import { probeOf } from '../target.ts';

export class ReadCommand implements fc.AsyncCommand<Box, Session> {
  constructor(readonly pick: number) {}
  check(box: Readonly<Box>): boolean {
    return box.state.records.length > 0;
  }
  async run(box: Box, session: Session): Promise<void> {
    await readBack(box, session, box.state.records[this.pick % box.state.records.length]!.id, 'Read');
  }
  toString(): string {
    return `Read(#${this.pick})`;
  }
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
