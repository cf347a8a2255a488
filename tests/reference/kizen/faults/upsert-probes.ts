/** Probes for upsert and lookup. */
import { TEAM_MEMBER_IDS } from '../../../../src/apis/kizen/reference/index.ts';
import { lookupId, newProject, readProject, uniqueName, valuesOf } from '../helpers/records.ts';
import { archivedProject } from './add-probes.ts';
import type { ProbeTable } from './probe.ts';

const OWNER = { name: 'owner', value: TEAM_MEMBER_IDS[0] };

export const UPSERT_PROBES: ProbeTable = {
  'upsert-race-duplicates': async (c) => {
    const name = uniqueName('Race');
    const replies = await Promise.all([1, 2, 3, 4].map(() => c.upsert('projects', { lookup_value: name, fields: [OWNER] })));
    return new Set(replies.map((r) => r.body.id)).size === 1;
  },
  'upsert-empty-lookup-accepted': async (c) => {
    const name = uniqueName();
    const status = (await c.upsert('projects', { lookup_value: '', fields: [{ name: 'name', value: name }, OWNER] })).status;
    return status === 400 && (await lookupId(c, name)) === undefined;
  },
  'upsert-update-returns-201': async (c) => {
    const name = uniqueName();
    await newProject(c, [], name);
    return (await c.upsert('projects', { lookup_value: name, fields: [{ name: 'headcount', value: 3 }] })).status === 200;
  },
  'upsert-duplicates': async (c) => {
    const name = uniqueName();
    const id = await newProject(c, [], name);
    return (await c.upsert('projects', { lookup_value: name, fields: [{ name: 'headcount', value: 4 }] })).body.id === id;
  },
  'upsert-no-identifier-injection': async (c) => {
    const name = uniqueName();
    const reply = await c.upsert('projects', { lookup_value: name, fields: [OWNER] });
    return reply.status === 201 && (await lookupId(c, name)) === reply.body.id;
  },
  'upsert-case-sensitive': async (c) => {
    const name = uniqueName('Casefold');
    const id = await newProject(c, [], name);
    return (await c.upsert('projects', { lookup_value: name.toUpperCase(), fields: [] })).body.id === id;
  },
  'upsert-whitespace-lookup-404': async (c) => (await c.upsert('projects', { lookup_value: '   ', fields: [OWNER] })).status === 400,
  'lookup-empty-identifier-404': async (c) => (await c.lookup('projects', '')).status === 400,
  'lookup-missing-identifier-404': async (c) => {
    const reply = await c.lookup('projects', null);
    return reply.status === 400 && reply.body.code === 'required';
  },
  'upsert-create-returns-200': async (c) => {
    const reply = await c.upsert('projects', { lookup_value: uniqueName(), fields: [OWNER] });
    return reply.status === 201 && reply.body.action === 'created';
  },
  'upsert-archived-match-ignored': async (c) => {
    const { name } = await archivedProject(c);
    const reply = await c.upsert('projects', { lookup_value: name, fields: [OWNER] });
    return reply.status === 400 && reply.body.code === 'conflict';
  },
  'upsert-update-wipes-omitted': async (c) => {
    const name = uniqueName();
    const id = await newProject(c, [{ name: 'headcount', value: 5 }], name);
    await c.upsert('projects', { lookup_value: name, fields: [{ name: 'score', value: 1.5 }] });
    return (await readProject(c, id))?.['headcount'] === 5;
  },
  'lookup-without-fields': async (c) => {
    const name = uniqueName();
    await newProject(c, [{ name: 'headcount', value: 9 }], name);
    return valuesOf(await c.lookup('projects', name))['headcount'] === 9;
  },
};
