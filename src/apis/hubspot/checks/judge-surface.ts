/**
 * Judging functions of the focused cases: an authorization refusal (status, MUST; category, SHOULD),
 * exactly one record after racing writes of one unique value, an idProperty that is not
 * unique refused, and a created id no record had.
 */
import type { CheckDef } from '../../../core/checks.ts';
import type { Reply } from '../../../http/client.ts';
import { findRecord, type ModelState } from '../model/state.ts';
import { statusCounts, statusTally } from '../../../checks/status-tally.ts';
import { judgeErrorBody } from './judge-error.ts';
import { expectThat, type HsProbe } from './probe.ts';
import { CREATE_ID_FRESH, READ_NON_UNIQUE_ID_PROPERTY } from './record-checks.ts';
import { AUTH_CATEGORY } from './surface-checks.ts';

export function judgeAuthRefusal(probe: HsProbe, check: CheckDef, reply: Reply, status: number, category: string, what: string): void {
  const got = (reply.json as { category?: unknown } | undefined)?.category;
  expectThat(probe, check, reply.status === status, status, reply.status, `${what} answered ${reply.status}`);
  if (reply.status !== status) return;
  expectThat(probe, AUTH_CATEGORY, got === category, category, got, `${what} answered ${status} with category ${JSON.stringify(got)}`);
  judgeErrorBody(probe, reply);
}

/**
 * Racing writes of one value: the accepted ones name one record, and a read by the value finds
 * it. The message says how many of each status the racing writes (`statuses`) got back.
 */
export function judgeSingleHolder(probe: HsProbe, check: CheckDef, ids: readonly string[], found: Reply, what: string, statuses: readonly number[]): void {
  const distinct = [...new Set(ids)];
  const holder = (found.json as { id?: unknown } | undefined)?.id;
  const one = distinct.length === 1 && found.status === 200 && holder === distinct[0];
  const observed = { statuses: statusCounts(statuses), records: distinct, read: found.status, holder };
  expectThat(probe, check, one, 'one record, found by its value', observed, `${what} answered ${statusTally(statuses)} and left ${distinct.length} records; a read by the value answered ${found.status}`);
}

export function judgeIdPropertyRefused(probe: HsProbe, reply: Reply, what: string): void {
  expectThat(probe, READ_NON_UNIQUE_ID_PROPERTY, reply.status === 400, 400, reply.status, `${what} answered ${reply.status}`);
}

/** A created record's id must be new: no live or archived record of the model had it. */
export function judgeFreshId(probe: HsProbe, state: ModelState, id: string): void {
  const reused = findRecord(state, id) !== undefined || state.archived.includes(id);
  expectThat(probe, CREATE_ID_FRESH, !reused, 'an id no record has', id, `the created object has id ${id}, which another record had`);
}
