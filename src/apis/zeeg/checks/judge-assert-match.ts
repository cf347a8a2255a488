/**
 * Judges asserts whose outcome depends on how many records hold the matching value: an
 * assert on a value two records share (ZEEG-ASSERT-001, 008, 009, 012) and racing asserts of one
 * new value (ZEEG-ASSERT-013). Each way such an assert can go wrong is charged to the one rule
 * it breaks.
 */
import { statusCounts, statusTally } from '../../../checks/status-tally.ts';
import type { Probe } from './probe.ts';
import { ASSERT_FIRST_MATCH, ASSERT_RACE_SINGLE_RECORD, ASSERT_SHARED_MATCH_UPDATES, ASSERT_SINGLE_MATCH, ASSERT_UPDATES_200 } from './write-checks.ts';

/** What an assert on a value two records share did: its status, and which of the two it changed. */
export interface SharedMatchOutcome {
  status: number;
  firstUpdated: boolean;
  secondUpdated: boolean;
}

/**
 * Two records changed: ASSERT_SINGLE_MATCH. Neither changed: no match was used
 * (ASSERT_SHARED_MATCH_UPDATES). Only the second changed: ASSERT_FIRST_MATCH (SHOULD: the page
 * does not define "first"). One changed but the status is not 200: ASSERT_UPDATES_200. Each
 * rule that held is passed.
 */
export function judgeSharedMatch(probe: Probe, outcome: SharedMatchOutcome): void {
  const { status, firstUpdated, secondUpdated } = outcome;
  const observed = { status, firstUpdated, secondUpdated };
  const fail = (check: typeof ASSERT_SINGLE_MATCH, expected: unknown, message: string) => probe.recorder.fail(check, { message, expected, observed, exchanges: probe.evidence() });
  if (firstUpdated && secondUpdated) fail(ASSERT_SINGLE_MATCH, 'one record updated', `an assert on a value two records share updated both of them (answered ${status})`);
  probe.recorder.pass(ASSERT_SINGLE_MATCH);
  if (!firstUpdated && !secondUpdated) fail(ASSERT_SHARED_MATCH_UPDATES, 'one of the matching records updated', `an assert on a value two records hold updated neither of them (answered ${status})`);
  probe.recorder.pass(ASSERT_SHARED_MATCH_UPDATES);
  if (firstUpdated) probe.recorder.pass(ASSERT_FIRST_MATCH);
  else fail(ASSERT_FIRST_MATCH, 'the earliest created matching record updated', `an assert on a value two records share updated the later of them, not the earliest (answered ${status})`);
  if (status !== 200) fail(ASSERT_UPDATES_200, 200, `an assert that updated one of two matching records answered ${status}, not 200`);
  probe.recorder.pass(ASSERT_UPDATES_200);
}

/**
 * Racing asserts of one new matching value: exactly one 201, the rest 200, one record in all
 * (SHOULD). The message says how many of each status came back.
 */
export function judgeAssertRace(probe: Probe, statuses: readonly number[], records: number): void {
  const created = statuses.filter((s) => s === 201).length;
  const updated = statuses.filter((s) => s === 200).length;
  if (created === 1 && updated === statuses.length - 1 && records === 1) {
    probe.recorder.pass(ASSERT_RACE_SINGLE_RECORD);
    return;
  }
  probe.recorder.fail(ASSERT_RACE_SINGLE_RECORD, {
    message: `${statuses.length} racing asserts of one new value answered ${statusTally(statuses)} and left ${records} distinct record${records === 1 ? '' : 's'}`,
    expected: { statuses: { '200': statuses.length - 1, '201': 1 }, records: 1 },
    observed: { statuses: statusCounts(statuses), records },
    exchanges: probe.evidence(),
  });
}
