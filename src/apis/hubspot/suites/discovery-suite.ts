/** Discovery: the properties the suites generate from (facts B1), by name and objectTypeId, and who may read them. */
import { expectThat, isObject } from '../checks/probe.ts';
import {
  AUTH_READ_TOKEN_READS, DISCOVERY_ARCHIVED_ONLY, DISCOVERY_OPTIONS, DISCOVERY_PROPERTY_FIELDS, DISCOVERY_READ_ONLY_FLAG, DISCOVERY_SHAPE,
  DISCOVERY_UNIQUE_FLAG, OBJECT_TYPE_ID, SCHEMA_SHAPE,
} from '../checks/surface-checks.ts';
import { judgeErrorBody } from '../checks/judge-error.ts';
import { isContacts } from '../model/world.ts';
import { schemaPath } from '../runtime/requests.ts';
import { fetchProperties, rawProbeOf, resultsOf, type HubspotTarget } from '../runtime/target.ts';
import { defineSuite } from '../../../suites/suite-def.ts';

/** The members an ObjectSchema must carry (facts B7), requiredProperties judged apart. */
const SCHEMA_MEMBERS = ['properties', 'labels', 'name', 'objectTypeId', 'fullyQualifiedName', 'searchableProperties', 'secondaryDisplayProperties', 'associations', 'archived'];

const namesOf = (results: readonly unknown[]) => results.filter(isObject).map((p) => p['name']).filter((n): n is string => typeof n === 'string');

export const discoverySuite = defineSuite<HubspotTarget>('discovery', 'Properties discovery', [
  {
    title: 'discovery answers 200 with every property in full, options and flags, and no paging',
    clauses: ['HUBSPOT-PROPS-001', 'HUBSPOT-PROPS-002', 'HUBSPOT-PROPS-004', 'HUBSPOT-PROPS-005', 'HUBSPOT-PROPS-008'],
    checks: [DISCOVERY_SHAPE, DISCOVERY_PROPERTY_FIELDS, DISCOVERY_OPTIONS, DISCOVERY_READ_ONLY_FLAG, DISCOVERY_UNIQUE_FLAG],
    raw: true,
    async run({ session }) {
      for (const objectType of session.settings.objects) {
        session.stepMark = session.client.mark();
        const probe = rawProbeOf(session, objectType);
        const reply = await fetchProperties(session, objectType, 'discovery');
        const results = resultsOf(reply);
        const paged = isObject(reply.json) && reply.json['paging'] !== undefined;
        expectThat(probe, DISCOVERY_SHAPE, results !== undefined && !paged, '200 { results } without paging', { status: reply.status, paging: isObject(reply.json) ? reply.json['paging'] : undefined }, `discovery of "${objectType}" is not one unpaged { results } list`);
        const schema = session.operations.responseValidator('getProperties', 200)?.(reply.json);
        expectThat(probe, DISCOVERY_PROPERTY_FIELDS, schema?.valid === true, 'every required Property field', schema?.errors, `discovery of "${objectType}" lists properties without a required field`);
        const props = results!.filter(isObject);
        const optionless = props.filter((p) => p['type'] === 'enumeration' && p['externalOptions'] !== true && !(Array.isArray(p['options']) && p['options'].length > 0)).map((p) => p['name']);
        expectThat(probe, DISCOVERY_OPTIONS, optionless.length === 0, 'options on every enumeration', optionless, `enumerations listed without options: ${optionless.join(', ')}`);
        const unflagged = props.filter((p) => !(isObject(p['modificationMetadata']) && typeof p['modificationMetadata']['readOnlyValue'] === 'boolean')).map((p) => p['name']);
        expectThat(probe, DISCOVERY_READ_ONLY_FLAG, unflagged.length === 0, 'modificationMetadata.readOnlyValue', unflagged, `properties without modificationMetadata.readOnlyValue: ${unflagged.join(', ')}`);
        const badFlag = props.filter((p) => p['hasUniqueValue'] !== undefined && typeof p['hasUniqueValue'] !== 'boolean').map((p) => p['name']);
        const email = props.find((p) => p['name'] === 'email');
        const emailUnique = !isContacts(objectType) || email === undefined || email['hasUniqueValue'] === true;
        expectThat(probe, DISCOVERY_UNIQUE_FLAG, badFlag.length === 0 && emailUnique, 'hasUniqueValue booleans; contacts email unique', { badFlag, email: email?.['hasUniqueValue'] }, 'discovery does not mark unique properties with hasUniqueValue true');
      }
    },
  },
  {
    title: 'archived=true lists no live property; objectTypeId 0-1 names contacts; an unknown type is 404',
    clauses: ['HUBSPOT-PROPS-006', 'HUBSPOT-PROPS-007'],
    checks: [DISCOVERY_ARCHIVED_ONLY, OBJECT_TYPE_ID],
    raw: true,
    async run({ session }) {
      for (const objectType of session.settings.objects) {
        session.stepMark = session.client.mark();
        const probe = rawProbeOf(session, objectType);
        const live = namesOf(resultsOf(await fetchProperties(session, objectType, 'discovery')) ?? []);
        const archived = await fetchProperties(session, objectType, 'discovery archived', { archived: 'true' });
        const both = namesOf(resultsOf(archived) ?? []).filter((n) => live.includes(n));
        expectThat(probe, DISCOVERY_ARCHIVED_ONLY, archived.status === 200 && both.length === 0, 'no live property', { status: archived.status, live: both }, `archived=true lists live properties: ${both.slice(0, 5).join(', ')}`);
        if (objectType !== 'contacts') continue;
        const byId = await fetchProperties(session, '0-1', 'discovery by objectTypeId');
        const same = namesOf(resultsOf(byId) ?? []).sort().join(',') === [...live].sort().join(',');
        expectThat(probe, OBJECT_TYPE_ID, same, 'the contacts properties', byId.status, 'discovery of objectTypeId 0-1 does not list the contacts properties');
      }
      session.stepMark = session.client.mark();
      const probe = rawProbeOf(session, 'crmc_no_such_type');
      const unknown = await fetchProperties(session, 'crmc_no_such_type', 'discovery of an unknown type');
      expectThat(probe, OBJECT_TYPE_ID, unknown.status === 404, 404, unknown.status, `discovery of an unknown object type answered ${unknown.status}`);
      if (unknown.status >= 400) judgeErrorBody(probe, unknown);
    },
  },
  {
    title: "a custom object's schema carries requiredProperties and every other required member",
    clauses: ['HUBSPOT-SCHEMA-001'],
    checks: [SCHEMA_SHAPE],
    raw: true,
    async run({ session }) {
      let judged = false;
      for (const objectType of session.settings.objects) {
        session.stepMark = session.client.mark();
        const reply = await session.client.send('schema', { method: 'GET', path: schemaPath(objectType) });
        // Standard objects have no schema there (404 or 403): nothing to judge.
        if (reply.status !== 200) continue;
        judged = true;
        const body = isObject(reply.json) ? reply.json : {};
        const listed = Array.isArray(body['requiredProperties']) && body['requiredProperties'].every((n) => typeof n === 'string');
        const missing = [...(listed ? [] : ['requiredProperties']), ...SCHEMA_MEMBERS.filter((m) => body[m] === undefined)];
        expectThat(rawProbeOf(session, objectType), SCHEMA_SHAPE, missing.length === 0, ['requiredProperties', ...SCHEMA_MEMBERS], Object.keys(body), `the schema of "${objectType}" lacks ${missing.join(', ')}`);
      }
      if (!judged) session.recorder.markSkipped(SCHEMA_SHAPE, 'no object type of the run has a custom object schema (the schemas API answered none with 200)');
    },
  },
  {
    title: 'discovery succeeds with a token that holds only read scopes',
    clauses: ['HUBSPOT-AUTH-003'],
    checks: [AUTH_READ_TOKEN_READS],
    raw: true,
    async run({ session }) {
      const readToken = session.settings.readToken;
      for (const objectType of session.settings.objects) {
        const probe = rawProbeOf(session, objectType);
        if (readToken === undefined) {
          probe.recorder.markSkipped(AUTH_READ_TOKEN_READS, 'no read-only token given (--read-token)');
          continue;
        }
        session.stepMark = session.client.mark();
        const reply = await fetchProperties(session, objectType, 'discovery with read token', undefined, readToken);
        expectThat(probe, AUTH_READ_TOKEN_READS, reply.status === 200, 200, reply.status, `discovery with a read-only token answered ${reply.status}`);
      }
    },
  },
]);
