/**
 * Authentication and scopes: every operation AUTH-001 lists answers 401 without a token or
 * with an unknown one; every write AUTH-002 lists is refused with a read-only token. Refused
 * writes are proven to have written nothing.
 */
import { AUTH_INVALID_TOKEN, AUTH_MISSING_TOKEN, AUTH_READ_TOKEN_403, AUTH_READ_TOKEN_WRITE } from '../checks/resource-checks.ts';
import { ASSERT_CREATES_201 } from '../checks/write-checks.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { readAttempts, traceOf, writeAttempts } from './auth-attempts.ts';
import { expectThat } from '../../../checks/judge.ts';
import { probeOf } from '../runtime/target.ts';
import type { ObjectUnderTest } from '../runtime/target.ts';

export const authSuite = defineSuite<ObjectUnderTest>('auth', 'Authentication and scopes', [
  {
    title: 'every operation answers 401 without a token or with an unknown one, and writes nothing',
    clauses: ['ZEEG-AUTH-001'],
    checks: [AUTH_MISSING_TOKEN, AUTH_INVALID_TOKEN, ASSERT_CREATES_201],
    async run({ session, targets }) {
      for (const target of targets) {
        const probe = probeOf(session, target);
        const variants = [[AUTH_MISSING_TOKEN, null, 'without a token'], [AUTH_INVALID_TOKEN, `crmc-unknown-${session.settings.runId}`, 'with an unknown token']] as const;
        for (const [check, token, how] of variants) {
          for (const attempt of [...(await readAttempts(session, target)), ...(await writeAttempts(session, target))]) {
            session.stepMark = session.client.mark();
            const reply = await session.client.send(`${attempt.name} ${how}`, { ...attempt.request, token });
            const trace = reply.status === 401 && attempt.write ? await traceOf(session, target, attempt) : undefined;
            expectThat(probe, check, reply.status === 401 && trace === undefined, 401, reply.status, `${attempt.name} ${how} answered ${reply.status}${trace === undefined ? '' : ` but ${trace}`}`);
          }
        }
      }
    },
  },
  {
    title: 'writes with a token lacking crm:write are refused (403) and write nothing',
    clauses: ['ZEEG-AUTH-002'],
    checks: [AUTH_READ_TOKEN_WRITE, AUTH_READ_TOKEN_403, ASSERT_CREATES_201],
    async run({ session, targets }) {
      const readToken = session.settings.readToken;
      for (const target of targets) {
        const probe = probeOf(session, target);
        if (readToken === undefined) {
          probe.recorder.markSkipped(AUTH_READ_TOKEN_WRITE, 'no read-only token given (--read-token)');
          probe.recorder.markSkipped(AUTH_READ_TOKEN_403, 'no read-only token given (--read-token)');
          continue;
        }
        for (const attempt of await writeAttempts(session, target)) {
          session.stepMark = session.client.mark();
          const reply = await session.client.send(`${attempt.name} with read-only token`, { ...attempt.request, token: readToken });
          const refused = reply.status === 401 || reply.status === 403;
          expectThat(probe, AUTH_READ_TOKEN_403, reply.status === 403, 403, reply.status, `${attempt.name} with a crm:read token answered ${reply.status}`);
          const trace = refused ? await traceOf(session, target, attempt) : undefined;
          expectThat(probe, AUTH_READ_TOKEN_WRITE, refused && trace === undefined, '401 or 403, nothing written', reply.status, `${attempt.name} with a crm:read token answered ${reply.status}${trace === undefined ? '' : ` but ${trace}`}`);
        }
      }
    },
  },
]);
