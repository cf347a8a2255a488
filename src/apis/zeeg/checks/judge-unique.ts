/**
 * ZEEG-UNIQUE-004 as an invariant over what the server holds: among live records read back
 * from the target, no two share a non-null value of a unique attribute.
 */
import { canonical } from '../model/values.ts';
import type { Values } from '../model/values.ts';
import { statusCounts, statusTally } from '../../../checks/status-tally.ts';
import type { Probe } from './probe.ts';
import { UNIQUE_INVARIANT } from './reject-checks.ts';

export interface LiveRecord {
  id: string;
  values: Values;
}

/** The first unique attribute and value two of `records` share, with their ids. */
export function sharedUniqueValue(probe: Probe, records: readonly LiveRecord[]): { key: string; value: unknown; ids: string[] } | undefined {
  for (const attr of probe.world.attributes.values()) {
    if (attr.isUnique !== true) continue;
    const holders = new Map<string, string[]>();
    for (const record of records) {
      const value = canonical(attr, record.values[attr.key]);
      if (value === null) continue;
      const key = JSON.stringify(value);
      holders.set(key, [...(holders.get(key) ?? []), record.id]);
    }
    for (const [value, ids] of holders) if (ids.length > 1) return { key: attr.key, value: JSON.parse(value) as unknown, ids };
  }
  return undefined;
}

/** Racing writes the records came from, and the status each of them answered. */
export interface RaceReplies {
  what: string;
  statuses: readonly number[];
}

/**
 * Passes UNIQUE_INVARIANT, or fails it (MUST) naming the value and the records that share it;
 * after a race, the message also says how many of each status the racing writes got back.
 */
export function judgeUniqueInvariant(probe: Probe, records: readonly LiveRecord[], race?: RaceReplies): void {
  const shared = sharedUniqueValue(probe, records);
  if (shared === undefined) {
    probe.recorder.pass(UNIQUE_INVARIANT);
    return;
  }
  probe.recorder.fail(UNIQUE_INVARIANT, {
    message: `${shared.ids.length} live records hold the unique ${shared.key} ${JSON.stringify(shared.value)}${race === undefined ? '' : ` after ${race.statuses.length} ${race.what} answered ${statusTally(race.statuses)}`}`,
    expected: `at most one record with ${shared.key} ${JSON.stringify(shared.value)}`,
    observed: race === undefined ? shared.ids : { records: shared.ids, statuses: statusCounts(race.statuses) },
    exchanges: probe.evidence(),
  });
}
