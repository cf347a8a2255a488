/**
 * Racing creates that all carry one new unique value: however the server orders them, at most
 * one record may hold the value afterwards (ZEEG-UNIQUE-004). Every record the race made is
 * read back from the target, so the verdict rests on what the server holds, not on statuses.
 */
import { judgeUniqueInvariant, type LiveRecord } from '../checks/judge-unique.ts';
import type { Session } from '../../../runner/session.ts';
import { withRequired } from '../runtime/required-fill.ts';
import { readRecord, recordOf } from './fixtures.ts';
import { type ObjectUnderTest, probeOf } from '../runtime/target.ts';

export const UNIQUE_RACE_WIDTH = 8;

export async function raceUniqueCreates(session: Session, target: ObjectUnderTest, unique: string): Promise<void> {
  const prefix = session.nextPrefix();
  const value = `${prefix}race`;
  session.stepMark = session.client.mark();
  const bodies = Array.from({ length: UNIQUE_RACE_WIDTH }, () => withRequired(target.world, { [unique]: value }, prefix, [], session.serials));
  const replies = await Promise.all(bodies.map((json, i) => session.client.send(`racing create ${i + 1}`, { method: 'POST', path: `/crm/${target.slug}`, json })));
  const ids = new Set<string>();
  for (const reply of replies) {
    const record = recordOf(reply);
    if (record === undefined || reply.status < 200 || reply.status >= 300) continue;
    ids.add(record.id);
    session.track(target.slug, record.id);
  }
  const live: LiveRecord[] = [];
  for (const id of ids) {
    const { record } = await readRecord(session, target, id, 'read back a racing create');
    if (record !== undefined) live.push({ id, values: record.values });
  }
  judgeUniqueInvariant(probeOf(session, target), live, { what: 'racing creates', statuses: replies.map((r) => r.status) });
}
