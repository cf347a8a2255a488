/**
 * Authorization (facts B6): every operation answers 401 INVALID_AUTHENTICATION without a token
 * or with an unknown one, and writes with a read-only token answer 403 MISSING_SCOPES; none
 * of them writes anything. Every attempt is valid in every other respect.
 */
import { judgeAuthRefusal } from '../checks/judge-surface.ts';
import { expectThat } from '../checks/probe.ts';
import { AUTH_CATEGORY, AUTH_INVALID_TOKEN, AUTH_MISSING_TOKEN, AUTH_READ_TOKEN_READS, AUTH_READ_TOKEN_WRITE, ERROR_BODY_FIELDS, ERROR_STATUS_FIELD } from '../checks/surface-checks.ts';
import type { CheckDef } from '../../../core/checks.ts';
import type { SendOptions } from '../../../http/client.ts';
import { proveNoTrace, type Box } from '../runtime/execute.ts';
import { plainText, requiredFill, uniqueText } from '../runtime/fill.ts';
import { createRequest, idOf, propertiesPath, readNames, recordPath, updateRequest, upsertRequest } from '../runtime/requests.ts';
import { probeOf, type HubspotTarget } from '../runtime/target.ts';
import type { Session } from '../../../runner/session.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { boxOf, createRecord } from './fixtures.ts';

interface Attempt {
  name: string;
  write: boolean;
  request: SendOptions;
  tracer?: { name: string; value: string };
}

/** One valid request per operation against record `id`; creates carry a fresh unique tracer. */
function attempts(box: Box, session: Session, id: string): Attempt[] {
  const { world, objectType } = box.target;
  const fresh = requiredFill(world, session);
  const unique = uniqueText(world)[0];
  const tracer = unique === undefined ? undefined : { name: unique.name, value: fresh[unique.name]! };
  const text = plainText(world);
  const change = text === undefined ? {} : { [text.name]: `${session.nextPrefix()}changed` };
  const list: Attempt[] = [
    { name: 'discovery', write: false, request: { method: 'GET', path: propertiesPath(objectType) } },
    { name: 'read', write: false, request: { method: 'GET', path: recordPath(objectType, id), query: { properties: readNames(world).join(',') } } },
    { name: 'create', write: true, request: createRequest(objectType, fresh), ...(tracer === undefined ? {} : { tracer }) },
    { name: 'update', write: true, request: updateRequest(objectType, id, change) },
    { name: 'archive', write: true, request: { method: 'DELETE', path: recordPath(objectType, id) } },
  ];
  if (unique !== undefined && tracer !== undefined) {
    list.push({ name: 'upsert', write: true, request: upsertRequest(objectType, [{ id: tracer.value, idProperty: unique.name, properties: change }]), tracer });
  }
  return list;
}

async function attemptAll(box: Box, session: Session, id: string, token: string | null, check: CheckDef, status: number, category: string, writesOnly: boolean): Promise<void> {
  const probe = probeOf(session, box.target);
  for (const attempt of attempts(box, session, id)) {
    if (writesOnly && !attempt.write) continue;
    session.stepMark = session.client.mark();
    const reply = await session.client.send(`${attempt.name} as ${token === null ? 'nobody' : 'another token'}`, { ...attempt.request, token });
    const body = reply.json as { category?: unknown; results?: unknown[] } | undefined;
    // A write the server wrongly took still leaves a record to clean up.
    for (const made of [idOf(body), ...(Array.isArray(body?.results) ? body.results.map(idOf) : [])]) if (made !== undefined && attempt.write) session.track(box.target.objectType, made);
    judgeAuthRefusal(probe, check, reply, status, category, attempt.name);
    if (attempt.write) await proveNoTrace(box, session, attempt.name, check, [id], attempt.tracer);
  }
}

export const authSuite = defineSuite<HubspotTarget>('auth', 'Authorization', [
  {
    title: 'every operation answers 401 without a token or with an unknown one, and writes nothing',
    clauses: ['HUBSPOT-AUTH-001', 'HUBSPOT-AUTH-004', 'HUBSPOT-ERRORS-003', 'HUBSPOT-ERRORS-004'],
    checks: [AUTH_MISSING_TOKEN, AUTH_INVALID_TOKEN, AUTH_CATEGORY, ERROR_BODY_FIELDS, ERROR_STATUS_FIELD],
    async run({ session, targets }) {
      for (const target of targets) {
        const box = boxOf(target);
        const id = await createRecord(box, session, 'set-up');
        await attemptAll(box, session, id, null, AUTH_MISSING_TOKEN, 401, 'INVALID_AUTHENTICATION', false);
        await attemptAll(box, session, id, `${session.settings.runId}-no-such-token`, AUTH_INVALID_TOKEN, 401, 'INVALID_AUTHENTICATION', false);
      }
    },
  },
  {
    title: 'a read-only token reads, and its writes answer 403 MISSING_SCOPES and write nothing',
    clauses: ['HUBSPOT-AUTH-002', 'HUBSPOT-AUTH-003'],
    checks: [AUTH_READ_TOKEN_WRITE, AUTH_READ_TOKEN_READS],
    async run({ session, targets }) {
      const readToken = session.settings.readToken;
      for (const target of targets) {
        if (readToken === undefined) {
          for (const check of [AUTH_READ_TOKEN_WRITE, AUTH_READ_TOKEN_READS]) session.recorder.markSkipped(check, 'no read-only token given (--read-token)');
          continue;
        }
        const box = boxOf(target);
        const id = await createRecord(box, session, 'set-up');
        session.stepMark = session.client.mark();
        const read = await session.client.send('read with read token', { method: 'GET', path: recordPath(target.objectType, id), token: readToken });
        expectThat(probeOf(session, target), AUTH_READ_TOKEN_READS, read.status === 200, 200, read.status, `a read with a read-only token answered ${read.status}`);
        await attemptAll(box, session, id, readToken, AUTH_READ_TOKEN_WRITE, 403, 'MISSING_SCOPES', true);
      }
    },
  },
]);
