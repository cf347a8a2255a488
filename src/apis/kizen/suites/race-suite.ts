/**
 * Racing writes of one new identifier: several adds, or several upserts, sent at once that all
 * carry an identifier no record holds. However the server orders them, at most one record may
 * come to hold it (KIZEN-IDENT-001, KIZEN-IDENT-003, KIZEN-UPSERT-005); that one of them wins
 * is a SHOULD. Every record a racer names is read back, so the verdict rests on what the
 * server holds, and each is cleaned up.
 */
import fc from 'fast-check';
import { judgeRace } from '../checks/judge-race.ts';
import * as C from '../checks/record-checks.ts';
import type { Reply, SendOptions } from '../../../http/client.ts';
import { recordsPath } from '../runtime/discover.ts';
import { entriesJson, withRequired } from '../runtime/fill.ts';
import { getRecord } from '../runtime/reads.ts';
import { nextIdentifier } from '../runtime/steps.ts';
import { probeOf, type KizenTarget } from '../runtime/target.ts';
import type { Session } from '../../../runner/session.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { scenario } from './helpers.ts';

export const RACE_WIDTH = 6;

/** Sends the racers at once and returns the ids of the records their 2xx replies name that still answer GET. */
async function race(session: Session, target: KizenTarget, what: string, request: SendOptions): Promise<{ replies: Reply[]; live: string[] }> {
  session.stepMark = session.client.mark();
  const replies = await Promise.all(Array.from({ length: RACE_WIDTH }, (_, i) => session.client.send(`racing ${what} ${i + 1}`, request)));
  const named = new Set<string>();
  for (const reply of replies) {
    const id = (reply.json as { id?: unknown } | undefined)?.id;
    if (reply.status < 200 || reply.status >= 300 || typeof id !== 'string') continue;
    named.add(id);
    session.track(target.slug, id);
  }
  const live: string[] = [];
  for (const id of named) {
    const read = await getRecord(session, target, id, `read back a racing ${what}`);
    if (read.status === 200) live.push(id);
  }
  return { replies, live };
}

export const raceSuite = defineSuite<KizenTarget>('race', 'Racing writes', [
  {
    title: `${RACE_WIDTH} concurrent adds of one new identifier leave exactly one record`,
    clauses: ['KIZEN-IDENT-001', 'KIZEN-IDENT-003'],
    checks: [C.ADD_RACE_SINGLE, C.RACE_ONE_WINS],
    async run({ session, targets }) {
      for (const target of targets) {
        await scenario(session, target, 'race:add', 1, fc.constant(0), async (box) => {
          const identifier = nextIdentifier(box);
          const json = { fields: entriesJson(withRequired(target.world, [], box.prefix, identifier)) };
          const { replies, live } = await race(session, target, 'add', { method: 'POST', path: recordsPath(target.slug, '/add'), json });
          judgeRace(probeOf(session, target), C.ADD_RACE_SINGLE, replies, live, `${RACE_WIDTH} racing adds of ${identifier}`);
        });
      }
    },
  },
  {
    title: `${RACE_WIDTH} concurrent upserts of one new lookup_value leave exactly one record`,
    clauses: ['KIZEN-UPSERT-005', 'KIZEN-IDENT-003'],
    checks: [C.UPSERT_RACE_SINGLE, C.RACE_ONE_WINS],
    async run({ session, targets }) {
      for (const target of targets) {
        await scenario(session, target, 'race:upsert', 1, fc.constant(0), async (box) => {
          const identifier = nextIdentifier(box);
          const json = { lookup_value: identifier, fields: entriesJson(withRequired(target.world, [], box.prefix, identifier)) };
          const { replies, live } = await race(session, target, 'upsert', { method: 'POST', path: recordsPath(target.slug, '/upsert'), json });
          judgeRace(probeOf(session, target), C.UPSERT_RACE_SINGLE, replies, live, `${RACE_WIDTH} racing upserts of ${identifier}`);
        });
      }
    },
  },
]);
