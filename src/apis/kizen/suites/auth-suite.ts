/**
 * The three auth headers and write permission: every operation without X-API-KEY, without
 * X-BUSINESS-ID, without X-USER-ID or with an unknown key is refused (401 or 403); writes with a
 * key that may only read are refused (403) while its reads are served. Every refused write is
 * proven to have written nothing.
 */
import { expectThat } from '../checks/probe.ts';
import * as S from '../checks/surface-checks.ts';
import type { CheckDef } from '../../../core/checks.ts';
import type { SendOptions } from '../../../http/client.ts';
import { sameForm } from '../model/values.ts';
import { recordsPath, objectPath } from '../runtime/discover.ts';
import { entriesJson, withRequired } from '../runtime/fill.ts';
import { executeWrite } from '../runtime/execute.ts';
import { getRecord, lookupRecord } from '../runtime/reads.ts';
import { addStep, archiveStep, freshBox, nextIdentifier, type KizenBox } from '../runtime/steps.ts';
import { probeOf, type KizenTarget } from '../runtime/target.ts';
import type { Session } from '../../../runner/session.ts';
import { defineSuite } from '../../../suites/suite-def.ts';

interface Attempt {
  name: string;
  request: SendOptions;
  /** What a refused write must leave: no record holding `fresh`, the record as it was, or still archived. */
  trace?: { fresh?: string; id?: string; archived?: string };
}

async function attempts(session: Session, box: KizenBox): Promise<Attempt[]> {
  const { target } = box;
  const world = target.world;
  await executeWrite(box, session, addStep(box, [], 'setup: a record'));
  await executeWrite(box, session, addStep(box, [], 'setup: a record to archive'));
  const [kept, gone] = box.state.active;
  if (kept === undefined || gone === undefined) return [];
  await executeWrite(box, session, archiveStep(box, gone.id, 'setup: archive it'));
  const add = nextIdentifier(box);
  const upsert = nextIdentifier(box);
  const name = world.identifier.name;
  return [
    { name: 'discovery', request: { method: 'GET', path: objectPath(target.slug) } },
    { name: 'get', request: { method: 'GET', path: recordsPath(target.slug, `/${kept.id}`) } },
    { name: 'lookup', request: { method: 'GET', path: recordsPath(target.slug, '/lookup'), query: { identifier: String(kept.values.get(world.identifier.id)) } } },
    { name: 'add', request: { method: 'POST', path: recordsPath(target.slug, '/add'), json: { fields: entriesJson(withRequired(world, [], box.prefix, add)) } }, trace: { fresh: add } },
    { name: 'upsert', request: { method: 'POST', path: recordsPath(target.slug, '/upsert'), json: { lookup_value: upsert, fields: entriesJson(withRequired(world, [], box.prefix, undefined)) } }, trace: { fresh: upsert } },
    { name: 'patch', request: { method: 'PATCH', path: recordsPath(target.slug, `/${kept.id}`), json: { fields: [{ name, value: nextIdentifier(box) }] } }, trace: { id: kept.id } },
    { name: 'archive', request: { method: 'DELETE', path: recordsPath(target.slug, `/${kept.id}`) }, trace: { id: kept.id } },
    { name: 'unarchive', request: { method: 'PATCH', path: recordsPath(target.slug, `/${gone.id}/unarchive`) }, trace: { archived: gone.id } },
  ];
}

/** What a refused write left behind, or undefined when nothing. */
async function traceOf(session: Session, box: KizenBox, attempt: Attempt): Promise<string | undefined> {
  const { target } = box;
  const trace = attempt.trace;
  if (trace?.fresh !== undefined) {
    const found = await lookupRecord(session, target, trace.fresh, `${attempt.name}: lookup`);
    const id = (found.json as { id?: unknown } | undefined)?.id;
    if (found.status === 200 && typeof id === 'string') session.track(target.slug, id);
    return found.status === 200 ? `a record holding ${trace.fresh} exists` : undefined;
  }
  const id = trace?.id ?? trace?.archived;
  if (id === undefined) return undefined;
  const read = await getRecord(session, target, id, `${attempt.name}: re-read`);
  if (trace?.archived !== undefined) return read.status === 404 ? undefined : `the archived record answers ${read.status}`;
  if (read.status !== 200) return `the record answers ${read.status}`;
  const before = box.state.active.find((r) => r.id === id)?.values.get(target.world.identifier.id);
  const after = (read.json as { fields?: Record<string, { value?: unknown }> }).fields?.[target.world.identifier.id]?.value;
  return sameForm(before, after) ? undefined : `its ${target.world.identifier.name} changed`;
}

async function refusedWithout(session: Session, box: KizenBox, attempt: Attempt, how: string, options: Partial<SendOptions>, check: CheckDef, code?: string): Promise<void> {
  const probe = probeOf(session, box.target);
  session.stepMark = session.client.mark();
  const reply = await session.client.send(`${attempt.name} ${how}`, { ...attempt.request, ...options });
  // 401 or 403 refuses (a DRF service answers 403 without WWW-Authenticate); the exact 401 is a SHOULD.
  const refused = reply.status === 401 || reply.status === 403;
  const trace = refused && attempt.trace !== undefined ? await traceOf(session, box, attempt) : undefined;
  expectThat(probe, check, refused && trace === undefined, '401 or 403, nothing written', reply.status, `${attempt.name} ${how} answered ${reply.status}${trace === undefined ? '' : ` but ${trace}`}`);
  if (!refused) return;
  expectThat(probe, S.AUTH_401, reply.status === 401, 401, reply.status, `${attempt.name} ${how} was refused with ${reply.status}`);
  const got = (reply.json as { code?: unknown } | undefined)?.code;
  expectThat(probe, S.AUTH_CODE, code === undefined ? typeof got === 'string' : got === code, code ?? 'a string code', got, `${attempt.name} ${how}: the ${reply.status} carries code ${JSON.stringify(got)}`);
}

export const authSuite = defineSuite<KizenTarget>('auth', 'Auth headers and permissions', [
  {
    title: 'every operation without one of the three headers, or with an unknown key, is refused (401 or 403) and writes nothing',
    clauses: ['KIZEN-AUTH-001', 'KIZEN-AUTH-002', 'KIZEN-AUTH-004'],
    checks: [S.AUTH_HEADER_REQUIRED, S.AUTH_UNKNOWN_KEY, S.AUTH_401, S.AUTH_CODE],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = freshBox(session, target);
        for (const attempt of await attempts(session, box)) {
          await refusedWithout(session, box, attempt, 'without X-API-KEY', { headers: { 'x-api-key': '' } }, S.AUTH_HEADER_REQUIRED);
          await refusedWithout(session, box, attempt, 'without X-BUSINESS-ID', { headers: { 'x-business-id': '' } }, S.AUTH_HEADER_REQUIRED, 'missing_business_context');
          await refusedWithout(session, box, attempt, 'without X-USER-ID', { headers: { 'x-user-id': '' } }, S.AUTH_HEADER_REQUIRED);
          await refusedWithout(session, box, attempt, 'with an unknown key', { token: `crmc-unknown-${session.settings.runId}` }, S.AUTH_UNKNOWN_KEY);
        }
      }
    },
  },
  {
    title: 'a key that may only read is refused every write (403) and writes nothing, and may still read',
    clauses: ['KIZEN-AUTH-003', 'KIZEN-AUTH-005'],
    checks: [S.READ_ONLY_KEY_WRITE, S.READ_ONLY_KEY_403, S.READ_ONLY_KEY_READS],
    async run({ session, targets }) {
      const readToken = session.settings.readToken;
      for (const target of targets) {
        if (readToken === undefined) {
          for (const check of [S.READ_ONLY_KEY_WRITE, S.READ_ONLY_KEY_403, S.READ_ONLY_KEY_READS]) session.recorder.markSkipped(check, 'no read-only key given (--read-token)');
          continue;
        }
        const box = freshBox(session, target);
        const probe = probeOf(session, target);
        for (const attempt of await attempts(session, box)) {
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`${attempt.name} with the read-only key`, { ...attempt.request, token: readToken });
          if (attempt.trace === undefined) {
            expectThat(probe, S.READ_ONLY_KEY_READS, reply.status === 200, 200, reply.status, `${attempt.name} with the read-only key answered ${reply.status}`);
            continue;
          }
          const refused = reply.status === 401 || reply.status === 403;
          expectThat(probe, S.READ_ONLY_KEY_403, reply.status === 403, 403, reply.status, `${attempt.name} with the read-only key answered ${reply.status}`);
          const trace = refused ? await traceOf(session, box, attempt) : undefined;
          expectThat(probe, S.READ_ONLY_KEY_WRITE, refused && trace === undefined, '401 or 403, nothing written', reply.status, `${attempt.name} with the read-only key answered ${reply.status}${trace === undefined ? '' : ` but ${trace}`}`);
        }
      }
    },
  },
]);
