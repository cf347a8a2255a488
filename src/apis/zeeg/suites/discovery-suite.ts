/** Discovery: the object schema the suites generate from, and who may read it. */
import { AUTH_READ_DISCOVERY, DISCOVERY_OPTIONS, DISCOVERY_SHAPE, DISCOVERY_SYSTEM_ATTRIBUTES } from '../checks/resource-checks.ts';
import { fetchObject, objectFromReply } from '../runtime/discover.ts';
import { defineSuite } from '../../../suites/suite-def.ts';
import { expectThat } from '../../../checks/judge.ts';
import { rawProbeOf } from '../runtime/target.ts';
import type { ObjectUnderTest } from '../runtime/target.ts';

const SYSTEM = ['id', 'created_at', 'updated_at'];

export const discoverySuite = defineSuite<ObjectUnderTest>('discovery', 'Object discovery', [
  {
    title: 'discovery answers 200 with the object, its typed attributes and their options',
    clauses: ['ZEEG-DISCOVERY-001', 'ZEEG-DISCOVERY-002', 'ZEEG-DISCOVERY-003'],
    checks: [DISCOVERY_SHAPE, DISCOVERY_SYSTEM_ATTRIBUTES, DISCOVERY_OPTIONS],
    raw: true,
    async run({ session }) {
      for (const slug of session.settings.objects) {
        session.stepMark = session.client.mark();
        const reply = await fetchObject(session.client, slug, 'discovery');
        const probe = rawProbeOf(session, slug);
        const schema = session.operations.responseValidator('getObject', 200)?.(reply.json);
        const observed = { status: reply.status, ...(reply.parseError === undefined ? { errors: schema?.errors ?? [] } : { body: reply.parseError }) };
        expectThat(probe, DISCOVERY_SHAPE, reply.status === 200 && schema?.valid === true, 'a 200 object schema', observed, `discovery of "${slug}" does not match the documented shape`);
        const attributes = objectFromReply(slug, reply).attributes;
        const missing = SYSTEM.filter((key) => !attributes.some((a) => a.key === key && a.isStandard === true));
        expectThat(probe, DISCOVERY_SYSTEM_ATTRIBUTES, missing.length === 0, SYSTEM, missing, `system attributes missing or not standard: ${missing.join(', ')}`);
        const optionless = attributes.filter((a) => (a.type === 'select' || a.type === 'multiselect') && !(Array.isArray(a.options) && a.options.every((o) => o !== null && typeof o === 'object' && 'id' in o)));
        expectThat(probe, DISCOVERY_OPTIONS, optionless.length === 0, 'options with ids', optionless.map((a) => a.key), `select/multiselect attributes without options: ${optionless.map((a) => a.key).join(', ')}`);
      }
    },
  },
  {
    title: 'discovery succeeds with a token holding only crm:read',
    clauses: ['ZEEG-AUTH-003'],
    checks: [AUTH_READ_DISCOVERY],
    raw: true,
    async run({ session }) {
      const readToken = session.settings.readToken;
      for (const slug of session.settings.objects) {
        const probe = rawProbeOf(session, slug);
        if (readToken === undefined) {
          probe.recorder.markSkipped(AUTH_READ_DISCOVERY, 'no read-only token given (--read-token)');
          continue;
        }
        session.stepMark = session.client.mark();
        const reply = await fetchObject(session.client, slug, 'discovery with read token', readToken);
        expectThat(probe, AUTH_READ_DISCOVERY, reply.status === 200, 200, reply.status, `discovery with a crm:read token answered ${reply.status}`);
      }
    },
  },
]);
