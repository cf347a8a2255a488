/**
 * Small helpers the focused cases share: create a record with the write token, a record's
 * current values, a prefixed text value for an object.
 */
import type { Reply } from '../../../http/client.ts';
import type { Session } from '../../../runner/session.ts';
import { withRequired } from '../runtime/required-fill.ts';
import { planWrites } from '../runtime/write-plan.ts';
import { type ObjectUnderTest } from '../runtime/target.ts';

export function recordOf(reply: Reply): { id: string; values: Record<string, unknown> } | undefined {
  const record = (reply.json as { record?: { id?: unknown; attributes?: unknown } } | undefined)?.record;
  if (record === undefined || typeof record.id !== 'string') return undefined;
  return { id: record.id, values: (record.attributes ?? {}) as Record<string, unknown> };
}

/** Creates a record (tracked for clean-up); undefined when the target refuses. */
export async function createRecord(session: Session, target: ObjectUnderTest, given: Record<string, unknown>, step = 'setup') {
  const body = withRequired(target.world, given, session.nextPrefix(), [], session.serials);
  const reply = await session.client.send(step, { method: 'POST', path: `/crm/${target.slug}`, json: body });
  const record = recordOf(reply);
  if (record !== undefined && reply.status >= 200 && reply.status < 300) session.track(target.slug, record.id);
  return reply.status >= 200 && reply.status < 300 ? record : undefined;
}

export async function readRecord(session: Session, target: ObjectUnderTest, id: string, step = 'read') {
  const reply = await session.client.send(step, { method: 'GET', path: `/crm/${target.slug}/${id}` });
  return { reply, record: reply.status === 200 ? recordOf(reply) : undefined };
}

/** The text attribute assert matches on, and a run-unique value for it. */
export function matchingValue(session: Session, target: ObjectUnderTest, label: string): { key: string; value: string } | undefined {
  const key = planWrites(target.world).matching;
  return key === undefined ? undefined : { key, value: `${session.nextPrefix()}${label}` };
}
