/** The reference server's replies match spec/kizen/openapi.yaml, status by status. */
import { expect, it } from 'vitest';
import { loadOperationValidators } from '../../../src/contract/operation-validators.ts';
import { PROJECTS_ID, READ_ONLY_API_KEY } from '../../../src/apis/kizen/reference/index.ts';
import type { Reply } from './helpers/client.ts';
import { newContact, newProject, projectEntries, uniqueName } from './helpers/records.ts';
import { useKizenServer } from './helpers/server.ts';

const server = useKizenServer();

async function conforms(operationId: string, reply: Reply): Promise<void> {
  const validators = await loadOperationValidators('kizen');
  const validate = validators.responseValidator(operationId, reply.status);
  expect(validate, `${operationId} ${reply.status} is documented`).toBeDefined();
  if (reply.status !== 204) expect(validate?.(reply.body).errors, `${operationId} ${reply.status}`).toEqual([]);
}

it('KIZEN-ADD-002 KIZEN-READ-001 KIZEN-DISCOVERY-004 KIZEN-ERRORS-001: success and error replies match the OpenAPI document', async () => {
  const c = server.client;
  const name = uniqueName();
  const contact = await newContact(c);
  const added = await c.add('projects', projectEntries(name, [{ name: 'client', value: { id: contact } }, { name: 'budget', value: 3 }]));
  const id = added.body.id as string;
  const pairs: Array<[string, Reply]> = [
    ['getObject', await c.object(PROJECTS_ID)],
    ['listObjectFields', await c.fields(PROJECTS_ID)],
    ['addRecord', added],
    ['addRecord', await c.add('projects', projectEntries(name))],
    ['addRecord', await c.add('projects', projectEntries(uniqueName()), {}, { key: READ_ONLY_API_KEY })],
    ['upsertRecord', await c.upsert('projects', { lookup_value: name, fields: [{ name: 'headcount', value: 2 }] })],
    ['upsertRecord', await c.upsert('projects', { lookup_value: uniqueName(), fields: projectEntries(uniqueName()).slice(1) })],
    ['lookupRecord', await c.lookup('projects', name)],
    ['lookupRecord', await c.lookup('projects', null)],
    ['getRecord', await c.get('projects', id)],
    ['patchRecord', await c.patch('projects', id, { fields: [{ name: 'headcount', value: 'x' }] })],
    ['patchRecord', await c.patch('projects', id, { fields: [{ name: 'headcount', value: 3 }] })],
    ['archiveRecord', await c.archive('projects', await newProject(c))],
    ['unarchiveRecord', await c.unarchive('projects', id)],
    ['getRecord', await c.get('projects', id, '', { user: null })],
  ];
  for (const [operationId, reply] of pairs) await conforms(operationId, reply);
});
