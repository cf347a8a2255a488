/**
 * Judges a race of writes that all carry one new identifier: more than one live record named
 * by the racers breaks the uniqueness the page states (MUST, the check the caller names); no
 * racer winning at all is a SHOULD (each add alone was valid, but the page says nothing of
 * concurrent ones).
 */
import type { CheckDef } from '../../../core/checks.ts';
import type { Reply } from '../../../http/client.ts';
import { expectThat, type KizenProbe } from './probe.ts';
import { RACE_ONE_WINS } from './record-checks.ts';

export function judgeRace(probe: KizenProbe, single: CheckDef, replies: readonly Reply[], live: readonly string[], what: string): void {
  const statuses = replies.map((r) => r.status).join(', ');
  expectThat(probe, single, live.length <= 1, 'at most one record', live, `${what} left ${live.length} records holding it (statuses ${statuses})`, { stop: true });
  expectThat(probe, RACE_ONE_WINS, live.length === 1, 'one record', live.length, `${what} left no record (statuses ${statuses})`);
}
