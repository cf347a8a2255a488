/** Probes for discovery, the refusal of unauthenticated calls and the DRF error body. */
import { PROJECTS_ID } from '../../../../src/apis/kizen/reference/index.ts';
import { WRITABLE_FIELD_TYPES } from '../../../../src/apis/kizen/reference/object-def.ts';
import { ABSENT_UUID, type ProbeTable } from './probe.ts';

type DiscoveredField = { name: string; field_type: string; options: Array<Record<string, unknown>> };

const FIELD_TYPES: readonly string[] = WRITABLE_FIELD_TYPES;

export const DISCOVERY_PROBES: ProbeTable = {
  'fields-list-without-display-name': async (c) => ((await c.fields(PROJECTS_ID)).body as Array<Record<string, unknown>>).every((field) => typeof field['display_name'] === 'string'),
  'request-id-missing': async (c) => (await c.get('projects', ABSENT_UUID)).headers.get('x-request-id') !== null,
  'errors-detail-without-code': async (c) => typeof (await c.get('projects', ABSENT_UUID)).body.code === 'string',
  'auth-business-code-generic': async (c) => {
    const reply = await c.object(PROJECTS_ID, { business: null });
    return reply.status === 401 && reply.body.code === 'missing_business_context';
  },
  'errors-message-not-detail': async (c) => {
    const body = (await c.get('projects', ABSENT_UUID)).body;
    return typeof body.detail === 'string' && typeof body.code === 'string';
  },
  'discovery-without-entity-name': async (c) => {
    const reply = await c.object(PROJECTS_ID);
    return reply.status === 200 && reply.body.entity_name === 'Project' && reply.body.name === 'projects';
  },
  'discovery-by-name-refused': async (c) => (await c.object('projects')).body.id === PROJECTS_ID,
  'fields-unknown-object-empty': async (c) => (await c.fields(ABSENT_UUID)).status === 404,
  'discovery-options-without-code': async (c) => {
    const fields = (await c.fields(PROJECTS_ID)).body as DiscoveredField[];
    const options = fields.flatMap((field) => field.options);
    return options.length > 0 && options.every((option) => ['id', 'name', 'code'].every((key) => typeof option[key] === 'string'));
  },
  'discovery-field-type-aliases': async (c) => {
    const fields = (await c.fields(PROJECTS_ID)).body as DiscoveredField[];
    return fields.length > 0 && fields.every((field) => FIELD_TYPES.includes(field.field_type));
  },
};
