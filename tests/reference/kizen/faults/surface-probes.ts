/** Probes for read-back, patch, archive, auth, discovery and error bodies. */
import { PROJECTS, PROJECTS_ID, READ_ONLY_API_KEY } from '../../../../src/apis/kizen/reference/index.ts';
import { fieldId, lookupId, newContact, newProject, projectEntries, readProject, uniqueName } from '../helpers/records.ts';
import type { ProbeTable } from './probe.ts';

export const SURFACE_PROBES: ProbeTable = {
  'read-shows-blank-fields': async (c) => !Object.hasOwn((await readProject(c, await newProject(c))) ?? { headcount: null }, 'headcount'),
  'read-reply-without-access': async (c) => {
    const access = (await c.get('projects', await newProject(c))).body.access as Record<string, unknown> | undefined;
    return ['view', 'edit', 'remove'].every((k) => typeof access?.[k] === 'boolean');
  },
  'empty-field-list-shows-all': async (c) => {
    const fields = (await c.get('projects', await newProject(c, [{ name: 'headcount', value: 3 }]), '?field_names=')).body.fields ?? {};
    return !Object.hasOwn(fields, fieldId(PROJECTS, 'headcount'));
  },
  'read-fields-keyed-by-name': async (c) => {
    const fields = (await c.get('projects', await newProject(c))).body.fields ?? {};
    return fields[fieldId(PROJECTS, 'name')]?.name === 'name' && !Object.hasOwn(fields, 'name');
  },
  'patch-wipes-omitted': async (c) => {
    const id = await newProject(c, [{ name: 'headcount', value: 5 }]);
    await c.patch('projects', id, { fields: [{ name: 'score', value: 1.5 }] });
    return (await readProject(c, id))?.['headcount'] === 5;
  },
  'patch-returns-all-fields': async (c) => {
    const id = await newProject(c, [{ name: 'headcount', value: 5 }]);
    const fields = (await c.patch('projects', id, { fields: [{ name: 'score', value: 1.5 }] })).body.fields ?? {};
    return Object.keys(fields).sort().join() === [fieldId(PROJECTS, 'score'), fieldId(PROJECTS, 'updated')].sort().join();
  },
  'patch-archived-key-archives': async (c) => {
    const id = await newProject(c);
    const status = (await c.patch('projects', id, { archived: true })).status;
    return status === 200 && (await c.get('projects', id)).status === 200;
  },
  'patch-identifier-duplicates': async (c) => {
    const taken = uniqueName();
    await newProject(c, [], taken);
    const id = await newProject(c);
    return (await c.patch('projects', id, { fields: [{ name: 'name', value: taken }] })).status === 400;
  },
  'archive-deletes-data': async (c) => {
    const id = await newProject(c, [{ name: 'headcount', value: 9 }]);
    await c.archive('projects', id);
    await c.unarchive('projects', id);
    return (await readProject(c, id))?.['headcount'] === 9;
  },
  'archived-record-readable': async (c) => {
    const id = await newProject(c);
    await c.archive('projects', id);
    return (await c.get('projects', id)).status === 404;
  },
  'auth-user-header-optional': async (c) => (await c.object(PROJECTS_ID, { user: null })).status === 401,
  'read-only-key-writes': async (c) => {
    const name = uniqueName();
    const status = (await c.add('projects', projectEntries(name), {}, { key: READ_ONLY_API_KEY })).status;
    return status === 403 && (await lookupId(c, name)) === undefined;
  },
  'fields-list-paginated': async (c) => Array.isArray((await c.fields(PROJECTS_ID)).body),
  'discovery-relation-target-missing': async (c) => {
    const fields = (await c.fields(PROJECTS_ID)).body as Array<{ name: string; relation: { related_object?: string } | null }>;
    return fields.find((field) => field.name === 'client')?.relation?.related_object !== undefined;
  },
  'errors-not-positional': async (c) => {
    const reply = await c.add('projects', projectEntries(uniqueName(), [{ name: 'headcount', value: 'x' }]));
    return JSON.stringify(reply.body.fields) === '[{},{},{"value":["A valid integer is required."]}]';
  },
  'record-of-other-object-readable': async (c) => (await c.get('projects', await newContact(c))).status === 404,
  'patch-null-ignored': async (c) => {
    const id = await newProject(c, [{ name: 'headcount', value: 5 }]);
    await c.patch('projects', id, { fields: [{ name: 'headcount', value: null }] });
    return (await readProject(c, id))?.['headcount'] === undefined;
  },
  'patch-partial-write-on-reject': async (c) => {
    const id = await newProject(c, [{ name: 'headcount', value: 5 }]);
    const status = (await c.patch('projects', id, { fields: [{ name: 'headcount', value: 6 }, { name: 'score', value: 'x' }] })).status;
    return status === 400 && (await readProject(c, id))?.['headcount'] === 5;
  },
  'patch-archived-record': async (c) => {
    const id = await newProject(c);
    await c.archive('projects', id);
    return (await c.patch('projects', id, { fields: [{ name: 'headcount', value: 1 }] })).status === 404;
  },
  'patch-required-unchecked': async (c) => (await c.patch('projects', await newProject(c), { fields: [{ name: 'owner', value: null }] })).status === 400,
  'archive-answers-200': async (c) => {
    const reply = await c.archive('projects', await newProject(c));
    return reply.status === 204 && reply.body === '';
  },
  'archive-answers-500': async (c) => (await c.archive('projects', await newProject(c))).status === 204,
  'archived-record-found-by-lookup': async (c) => {
    const name = uniqueName();
    await c.archive('projects', await newProject(c, [], name));
    return (await c.lookup('projects', name)).status === 404;
  },
  'unarchive-answers-202': async (c) => {
    const id = await newProject(c);
    await c.archive('projects', id);
    return (await c.unarchive('projects', id)).status === 200;
  },
  'auth-refused-403': async (c) => (await c.object(PROJECTS_ID, { key: null })).status === 401,
  'read-only-key-reads-refused': async (c) => (await c.object(PROJECTS_ID, { key: READ_ONLY_API_KEY })).status === 200,
  'archive-twice-accepted': async (c) => {
    const id = await newProject(c);
    await c.archive('projects', id);
    return (await c.archive('projects', id)).status === 404;
  },
};
