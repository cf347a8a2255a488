/**
 * Whether some record holds a text value, asked the only way the API allows: an assert on it.
 * A 201 proves no record held it (the probe's own record is deleted at once). A 200 proves one
 * did only when a control assert on a value never sent answers 201: a server that answers 200
 * to that too breaks the assert rule (ZEEG-ASSERT-002), and the probe cannot tell a stored
 * record from that fault.
 */
import type { Session } from '../../../runner/session.ts';
import { withRequired } from './required-fill.ts';
import type { ObjectUnderTest } from './target.ts';

export interface HeldProbe {
  verdict: 'absent' | 'held' | 'unclear';
  /** The status the probe's assert answered. */
  status: number;
  /** The status of the control assert, sent only after a 200. */
  control?: number;
  /** The record the probe's assert updated (a stored record when the verdict is held). */
  heldId?: string;
}

async function assertOn(session: Session, target: ObjectUnderTest, key: string, value: string, step: string, prefix: string): Promise<{ status: number; id?: string }> {
  const json = withRequired(target.world, { [key]: value }, prefix, [key], session.serials);
  const reply = await session.client.send(step, { method: 'PUT', path: `/crm/${target.slug}`, query: { matchingAttribute: key }, json });
  const id = (reply.json as { record?: { id?: unknown } } | undefined)?.record?.id;
  if (typeof id !== 'string') return { status: reply.status };
  session.track(target.slug, id);
  if (reply.status === 201) {
    // The probe's own record must not make the next probe of this value look like a stored one.
    await session.client.send(`${step}/cleanup`, { method: 'DELETE', path: `/crm/${target.slug}/${id}` });
    session.untrack(target.slug, id);
  }
  return { status: reply.status, id };
}

export async function probeHeld(session: Session, target: ObjectUnderTest, key: string, value: string, step: string, prefix = session.nextPrefix()): Promise<HeldProbe> {
  const { status, id } = await assertOn(session, target, key, value, step, prefix);
  if (status === 201) return { verdict: 'absent', status };
  if (status !== 200) return { verdict: 'unclear', status };
  const control = (await assertOn(session, target, key, `${session.nextPrefix()}control`, `${step}/control`, prefix)).status;
  return { verdict: control === 201 ? 'held' : 'unclear', status, control, ...(id === undefined ? {} : { heldId: id }) };
}

/** The probe's answers in words, for the message of the check it is charged to. */
export function describeProbe(key: string, probe: HeldProbe): string {
  const control = probe.control === undefined ? '' : `; one on a value never sent answered ${probe.control}`;
  return `an assert on ${key} with a value no record should hold answered ${probe.status}${control}`;
}
