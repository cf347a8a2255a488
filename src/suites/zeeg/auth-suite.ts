/** Authentication and scopes: 401 without a usable token, refusal of writes without crm:write. */
import { AUTH_INVALID_TOKEN, AUTH_MISSING_TOKEN, AUTH_READ_TOKEN_403, AUTH_READ_TOKEN_WRITE } from '../../checks/zeeg/resource-checks.ts';
import type { SendOptions } from '../../http/client.ts';
import type { ObjectUnderTest, Session } from '../../runner/session.ts';
import { defineSuite } from '../suite-def.ts';
import { expectThat } from './expect.ts';
import { createRecord, matchingValue, probeValue } from './fixtures.ts';

interface Attempt {
  name: string;
  request: SendOptions;
  /** The prefixed value a create-like attempt carries, to prove afterwards it was not stored. */
  marker?: { key: string; value: string };
}

async function attempts(session: Session, target: ObjectUnderTest): Promise<Attempt[]> {
  const base = `/crm/${target.slug}`;
  const record = await createRecord(session, target, {});
  const create = matchingValue(session, target, 'auth-create');
  const assert = matchingValue(session, target, 'auth-assert');
  const list: Attempt[] = [
    { name: 'create', request: { method: 'POST', path: base, json: create === undefined ? {} : { [create.key]: create.value } }, ...(create === undefined ? {} : { marker: create }) },
  ];
  if (assert !== undefined) list.push({ name: 'assert', request: { method: 'PUT', path: base, query: { matchingAttribute: assert.key }, json: { [assert.key]: assert.value } }, marker: assert });
  if (record !== undefined) {
    list.push({ name: 'patch', request: { method: 'PATCH', path: `${base}/${record.id}`, json: {} } });
    list.push({ name: 'delete', request: { method: 'DELETE', path: `${base}/${record.id}` } });
  }
  return list;
}

async function refusedLeavesNoRecord(session: Session, target: ObjectUnderTest, attempt: Attempt): Promise<boolean> {
  if (attempt.marker === undefined) return true;
  return (await probeValue(session, target, attempt.marker.key, attempt.marker.value)) === 201;
}

export const authSuite = defineSuite('auth', 'Authentication and scopes', [
  {
    title: 'every operation answers 401 without a token or with an unknown one, and writes nothing',
    clauses: ['ZEEG-AUTH-001'],
    checks: [AUTH_MISSING_TOKEN, AUTH_INVALID_TOKEN],
    async run({ session, targets }) {
      for (const target of targets) {
        const probe = session.probe(target);
        const reads: Attempt[] = [{ name: 'discovery', request: { method: 'GET', path: `/crm/objects/${target.slug}` } }];
        for (const attempt of [...reads, ...(await attempts(session, target))]) {
          for (const [check, token] of [[AUTH_MISSING_TOKEN, null], [AUTH_INVALID_TOKEN, `crmc-unknown-${session.settings.runId}`]] as const) {
            session.stepMark = session.client.mark();
            const reply = await session.client.send(`${attempt.name} ${token === null ? 'without token' : 'with unknown token'}`, { ...attempt.request, token });
            const clean = reply.status === 401 && (await refusedLeavesNoRecord(session, target, attempt));
            expectThat(probe, check, clean, 401, reply.status, `${attempt.name} ${token === null ? 'without a token' : 'with an unknown token'} answered ${reply.status}${reply.status === 401 ? ' but stored the record' : ''}`);
          }
        }
      }
    },
  },
  {
    title: 'writes with a token lacking crm:write are refused (403) and write nothing',
    clauses: ['ZEEG-AUTH-002'],
    checks: [AUTH_READ_TOKEN_WRITE, AUTH_READ_TOKEN_403],
    async run({ session, targets }) {
      const readToken = session.settings.readToken;
      for (const target of targets) {
        const probe = session.probe(target);
        if (readToken === undefined) {
          probe.recorder.markSkipped(AUTH_READ_TOKEN_WRITE, 'no read-only token given (--read-token)');
          probe.recorder.markSkipped(AUTH_READ_TOKEN_403, 'no read-only token given (--read-token)');
          continue;
        }
        for (const attempt of await attempts(session, target)) {
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`${attempt.name} with read-only token`, { ...attempt.request, token: readToken });
          const refused = reply.status === 401 || reply.status === 403;
          expectThat(probe, AUTH_READ_TOKEN_403, reply.status === 403, 403, reply.status, `${attempt.name} with a crm:read token answered ${reply.status}`);
          const clean = refused && (await refusedLeavesNoRecord(session, target, attempt));
          expectThat(probe, AUTH_READ_TOKEN_WRITE, clean, '401 or 403, nothing written', reply.status, `${attempt.name} with a crm:read token answered ${reply.status}${refused ? ' but stored the record' : ''}`);
        }
      }
    },
  },
]);
