/** GET a record: the values the model holds. */
import type fc from 'fast-check';
import { judgeRecordEnvelope, type ObservedRecord } from '../../checks/judge-envelope.ts';
import { judgeValues } from '../../checks/judge-values.ts';
import { READBACK_MATCHES } from '../../checks/resource-checks.ts';
import type { ModelRecord } from '../../model/state.ts';
import type { Reply } from '../../../../http/client.ts';
import type { Session } from '../../../../runner/session.ts';
import { pickRecord, type ModelBox } from '../model-box.ts';
import { sentStep } from '../../../../runner/sent-step.ts';
import { probeOf } from '../target.ts';

/** Reads a live record, judges it against the model and returns it as the server holds it. */
export async function readBack(box: ModelBox, session: Session, record: ModelRecord, step: string): Promise<ObservedRecord> {
  const request = { method: 'GET', path: `/crm/${box.target.slug}/${record.id}` } as const;
  box.trail?.add(sentStep(step, request));
  const reply = await session.client.send(step, request);
  return judgeReadBack(box, session, record, reply);
}

/** Reads several live records at once (the reads do not depend on each other), then judges them in order. */
export async function readBackAll(box: ModelBox, session: Session, records: readonly ModelRecord[], step: string): Promise<ObservedRecord[]> {
  const requests = records.map((record) => ({ method: 'GET', path: `/crm/${box.target.slug}/${record.id}` }) as const);
  for (const request of requests) box.trail?.add(sentStep(step, request));
  const replies = await Promise.all(requests.map((request) => session.client.send(step, request)));
  return records.map((record, i) => judgeReadBack(box, session, record, replies[i]!));
}

function judgeReadBack(box: ModelBox, session: Session, record: ModelRecord, reply: Reply): ObservedRecord {
  const probe = probeOf(session, box.target);
  if (reply.status !== 200) {
    probe.recorder.fail(READBACK_MATCHES, { message: `GET of a live record answered ${reply.status}`, expected: 200, observed: reply.status, exchanges: probe.evidence() }, { stop: true });
  }
  const observed = judgeRecordEnvelope(probe, 'getRecord', reply);
  judgeValues(probe, 'read', record.values, observed.values, {});
  return observed;
}

export class GetCommand implements fc.AsyncCommand<ModelBox, Session> {
  constructor(readonly pick: number) {}
  check(box: Readonly<ModelBox>): boolean {
    return box.state.records.length > 0;
  }
  async run(box: ModelBox, session: Session): Promise<void> {
    await readBack(box, session, pickRecord(box, this.pick)!, 'Get');
  }
  toString(): string {
    return `Get(#${this.pick})`;
  }
}
