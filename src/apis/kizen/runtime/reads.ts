/**
 * Reading records back: GET by id and lookup by identifier, judged against the model, and the
 * proof that a record no longer answers (archived) or that no record holds an identifier.
 */
import type { CheckDef } from '../../../core/checks.ts';
import { judgeFieldValues, judgeRecordShape, type ValueJudging } from '../checks/judge-record.ts';
import { expectThat } from '../checks/probe.ts';
import * as C from '../checks/record-checks.ts';
import type { Reply } from '../../../http/client.ts';
import type { FieldValues } from '../model/state.ts';
import type { Session } from '../../../runner/session.ts';
import { recordsPath } from './discover.ts';
import { probeOf, type KizenTarget } from './target.ts';

export function getRecord(session: Session, target: KizenTarget, id: string, step: string): Promise<Reply> {
  return session.client.send(step, { method: 'GET', path: recordsPath(target.slug, `/${id}`) });
}

/**
 * Lookup by identifier, asking for every field with all_fields=true: only the SDK guide says
 * that is the default on this route, so the suites rely on the parameter, not on the default.
 */
export function lookupRecord(session: Session, target: KizenTarget, identifier: string | undefined, step: string, object = target.slug): Promise<Reply> {
  const query = { ...(identifier === undefined ? {} : { identifier }), all_fields: 'true' };
  return session.client.send(step, { method: 'GET', path: recordsPath(object, '/lookup'), query });
}

/**
 * GET a record the model holds and compare every judged field; `check` is charged for a status
 * other than 200. Returns what the server holds where a SHOULD difference was recorded.
 */
export async function readBack(session: Session, target: KizenTarget, id: string, expected: FieldValues, judging: ValueJudging, check: CheckDef, step: string): Promise<Map<string, unknown>> {
  const probe = probeOf(session, target);
  const reply = await getRecord(session, target, id, `${step}: read back`);
  expectThat(probe, check, reply.status === 200, 200, reply.status, `${step}: GET of record ${id} answered ${reply.status}`, { stop: true });
  const record = judgeRecordShape(probe, reply);
  return judgeFieldValues(probe, record.fields, expected, judging, step);
}

/**
 * No active record may hold `identifier`: lookup must answer 404. A record found is tracked
 * for clean-up and charged to `check`, unless it is one of the `archived` records named.
 */
export async function provedAbsent(session: Session, target: KizenTarget, identifier: string, check: CheckDef, step: string, archived: readonly string[] = []): Promise<void> {
  const reply = await lookupRecord(session, target, identifier, `${step}: lookup`);
  const id = (reply.json as { id?: unknown } | undefined)?.id;
  // An archived record lookup still finds is KIZEN-ARCHIVE-005's business, not a record the write left.
  if (reply.status === 200 && typeof id === 'string' && archived.includes(id)) return;
  if (reply.status === 200 && typeof id === 'string') session.track(target.slug, id);
  expectThat(probeOf(session, target), check, reply.status === 404, 404, reply.status, `${step}: lookup of ${identifier} answered ${reply.status}, so a record holds it`, { stop: check.level === 'MUST' });
}

/** After archiving: GET of the record answers 404 (`check`); lookup of its identifier 404 (SHOULD). */
export async function provedArchived(session: Session, target: KizenTarget, id: string, identifier: unknown, check: CheckDef, step: string): Promise<void> {
  const probe = probeOf(session, target);
  const read = await getRecord(session, target, id, `${step}: GET after archive`);
  expectThat(probe, check, read.status === 404, 404, read.status, `${step}: GET of archived record ${id} answered ${read.status}`, { stop: true });
  if (typeof identifier !== 'string') return;
  const found = await lookupRecord(session, target, identifier, `${step}: lookup after archive`);
  expectThat(probe, C.ARCHIVED_LOOKUP_GONE, found.status === 404, 404, found.status, `${step}: lookup of archived ${identifier} answered ${found.status}`);
}
