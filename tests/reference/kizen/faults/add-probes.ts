/** Probes for add: the reply, field entries, required fields, identifiers and unarchive. */
import { PROJECTS, PROJECTS_ID, TEAM_MEMBER_IDS } from '../../../../src/apis/kizen/reference/index.ts';
import type { KizenClient } from '../helpers/client.ts';
import { fieldId, lookupId, newContact, newProject, projectEntries, readProject, uniqueEmail, uniqueName } from '../helpers/records.ts';
import { addAnswers, type ProbeTable } from './probe.ts';

/** Add a project, archive it, and return its name and id. */
export async function archivedProject(c: KizenClient): Promise<{ name: string; id: string }> {
  const name = uniqueName('Archived');
  const id = await newProject(c, [{ name: 'headcount', value: 7 }], name);
  await c.archive('projects', id);
  return { name, id };
}

export const ADD_PROBES: ProbeTable = {
  'add-race-duplicates': async (c) => {
    const name = uniqueName('Race');
    const replies = await Promise.all([1, 2, 3, 4].map(() => c.add('projects', projectEntries(name))));
    return replies.filter((r) => r.status < 300).length === 1;
  },
  'add-reply-missing-team-members': async (c) => Number.isInteger((await c.add('projects', projectEntries(uniqueName()))).body.num_associated_team_members),
  'add-required-blank-accepted': async (c) => (await c.add('projects', [{ name: 'name', value: uniqueName() }, { name: 'owner', value: null }])).status === 400,
  'add-status-202': async (c) => [200, 201].includes((await c.add('projects', projectEntries(uniqueName()))).status),
  'add-reply-missing-counts': async (c) => {
    const body = (await c.add('projects', projectEntries(uniqueName()))).body;
    return Number.isInteger(body.num_upcoming_activities) && Number.isInteger(body.num_associated_team_members);
  },
  'field-id-entries-ignored': async (c) => {
    const id = await newProject(c, [{ id: fieldId(PROJECTS, 'headcount'), value: 12 }]);
    return (await readProject(c, id))?.['headcount'] === 12;
  },
  'add-required-unchecked': async (c) => (await c.add('projects', [{ name: 'name', value: uniqueName() }])).status === 400,
  'add-partial-create-on-reject': async (c) => {
    const name = uniqueName();
    const status = (await c.add('projects', projectEntries(name, [{ name: 'headcount', value: 'many' }]))).status;
    return status === 400 && (await lookupId(c, name)) === undefined;
  },
  'unknown-field-ignored': (c) => addAnswers(c, [{ name: 'no_such_field', value: 1 }], 400),
  'read-only-field-writable': (c) => addAnswers(c, [{ name: 'reference_code', value: 'RC-1' }], 403),
  'add-duplicate-identifier': async (c) => {
    const name = uniqueName();
    await newProject(c, [], name);
    return (await c.add('projects', projectEntries(name))).status === 400;
  },
  'add-duplicate-overwrites': async (c) => {
    const name = uniqueName();
    const id = await newProject(c, [{ name: 'headcount', value: 1 }], name);
    await c.add('projects', projectEntries(name, [{ name: 'headcount', value: 2 }]));
    return (await readProject(c, id))?.['headcount'] === 1;
  },
  'unarchive-prompt-creates': async (c) => {
    const { name } = await archivedProject(c);
    const reply = await c.add('projects', projectEntries(name), { unarchive: 'prompt' });
    return reply.status === 400 && reply.body.code === 'conflict' && (await lookupId(c, name)) === undefined;
  },
  'unarchive-choice-ignored': async (c) => {
    const { name, id } = await archivedProject(c);
    return (await c.add('projects', projectEntries(name), { unarchive: 'unarchive' })).body.id === id;
  },
  'unarchive-overwrite-restores': async (c) => {
    const { name, id } = await archivedProject(c);
    const reply = await c.add('projects', projectEntries(name), { unarchive: 'overwrite' });
    return reply.status === 200 && typeof reply.body.id === 'string' && reply.body.id !== id;
  },
  'unarchive-unknown-choice-accepted': async (c) => (await c.add('projects', projectEntries(uniqueName()), { unarchive: 'maybe' })).status === 400,
  'add-drops-last-entry': async (c) => (await readProject(c, await newProject(c, [{ name: 'headcount', value: 12 }])))?.['headcount'] === 12,
  'add-fields-object-accepted': async (c) => {
    const fields = { name: uniqueName(), owner: TEAM_MEMBER_IDS[0] };
    return (await c.call('POST', '/api/records/projects/add', { fields })).status === 400;
  },
  'display-name-is-id': async (c) => {
    const name = uniqueName();
    return (await c.add('projects', projectEntries(name))).body.display_name === name;
  },
  'add-by-uuid-refused': async (c) => (await c.add(PROJECTS_ID, projectEntries(uniqueName()))).status === 200,
  'contact-identified-by-first-name': async (c) => {
    const email = uniqueEmail();
    const id = await newContact(c, [{ name: 'first_name', value: 'Ada' }], email);
    return (await lookupId(c, email, 'client_client')) === id;
  },
};
