/** DELETE a record: 200; then GET, DELETE and PATCH of it answer 404. */
import type fc from 'fast-check';
import { PATCH_UNKNOWN_RECORD_REJECTED } from '../../checks/reject-checks.ts';
import { DELETE_OK, DELETE_TWICE_404, GET_AFTER_DELETE_404 } from '../../checks/resource-checks.ts';
import type { CheckDef } from '../../../../core/checks.ts';
import { withoutRecord } from '../../model/state.ts';
import type { Session } from '../../../../runner/session.ts';
import { pickRecord, type ModelBox } from '../model-box.ts';
import { sentStep } from '../../../../runner/sent-step.ts';
import { probeOf } from '../target.ts';

export class DeleteCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly pick: number) {}
  check(box: Readonly<ModelBox>): boolean {
    return box.state.records.length > 0;
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    const probe = probeOf(session, box.target);
    const record = pickRecord(box, this.pick)!;
    const path = `/crm/${box.target.slug}/${record.id}`;
    const expect = (check: CheckDef, ok: boolean, expected: unknown, observed: unknown, what: string) => {
      if (!ok) probe.recorder.fail(check, { message: what, expected, observed, exchanges: probe.evidence() }, { stop: true });
      probe.recorder.pass(check);
    };
    box.trail?.add(sentStep('Delete', { method: 'DELETE', path }));
    const deleted = await session.client.send('Delete', { method: 'DELETE', path });
    const body = deleted.json as { success?: unknown } | undefined;
    expect(DELETE_OK, deleted.status === 200 && body?.success === true, '200 { success: true, … }', { status: deleted.status, body: deleted.exchange.response?.body }, `DELETE answered ${deleted.status}`);
    box.state = withoutRecord(box.state, record.id);
    session.untrack(box.target.slug, record.id);
    const read = await session.client.send(`Delete/get`, { method: 'GET', path });
    expect(GET_AFTER_DELETE_404, read.status === 404, 404, read.status, `GET after DELETE answered ${read.status}`);
    const again = await session.client.send(`Delete/again`, { method: 'DELETE', path });
    expect(DELETE_TWICE_404, again.status === 404, 404, again.status, `a second DELETE answered ${again.status}`);
    const patch = await session.client.send(`Delete/patch`, { method: 'PATCH', path, json: {} });
    if (patch.status >= 200 && patch.status < 300) session.track(box.target.slug, record.id);
    expect(PATCH_UNKNOWN_RECORD_REJECTED, patch.status >= 400 && patch.status < 500, '4xx', patch.status, `PATCH of a deleted record answered ${patch.status}`);
  }
  toString(): string {
    return `Delete(#${this.pick})`;
  }
}
