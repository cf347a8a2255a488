/** startKizenServer: its URL, faults, request log, held replies, custom objects and body limit. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isCrmcError } from '../../../src/core/errors.ts';
import { BODY_LIMIT_BYTES, FULL_API_KEY, PROJECTS, startKizenServer, type KizenObjectDef } from '../../../src/apis/kizen/reference/index.ts';
import { kizenClient } from './helpers/client.ts';
import { lookupId, newProject, projectEntries, uniqueName } from './helpers/records.ts';

describe('startKizenServer', () => {
  it('listens on 127.0.0.1 at the host root and echoes the faults switched on, without repeats', async () => {
    const server = await startKizenServer({ faults: ['upsert-duplicates', 'upsert-duplicates', 'add-status-202'] });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.faults).toEqual(['upsert-duplicates', 'add-status-202']);
    } finally {
      await server.close();
    }
  });

  it('rejects an unknown fault name with CRMC_USAGE', async () => {
    const error = await startKizenServer({ faults: ['no-such-fault'] }).catch((caught: unknown) => caught);
    expect(isCrmcError(error, 'CRMC_USAGE')).toBe(true);
    expect((error as Error).message).toContain('Unknown Kizen fault "no-such-fault"');
  });

  it('logs one line per request (method, path, status, ms) and never the API key', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const server = await startKizenServer({ log: stream });
    try {
      const client = kizenClient(server.url);
      await newProject(client);
      await client.get('projects', 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee');
    } finally {
      await server.close();
    }
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^POST \/api\/records\/projects\/add 200 \d+\.\dms$/);
    expect(lines[1]).toMatch(/^GET \/api\/records\/projects\/eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee 404 \d+\.\dms$/);
    expect(lines.join('\n')).not.toContain(FULL_API_KEY);
  });

  it('answers the same with latencyMs set', async () => {
    const server = await startKizenServer({ latencyMs: 5 });
    try {
      const client = kizenClient(server.url);
      const name = uniqueName();
      expect((await client.add('projects', projectEntries(name))).status).toBe(200);
      expect(await lookupId(client, name)).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await server.close();
    }
  });

  it('serves the objects it is given instead of the fixtures', async () => {
    const tasks: KizenObjectDef = { ...PROJECTS, id: '5f607182-93a4-45b6-c7d8-e9f0a1b2c3d4', name: 'tasks', object_name: 'Tasks', entity_name: 'Task', fields: PROJECTS.fields.filter((f) => f.relation === undefined) };
    const server = await startKizenServer({ objects: [tasks] });
    try {
      const client = kizenClient(server.url);
      expect((await client.object('tasks')).body.fields).toHaveLength(tasks.fields.length);
      expect((await client.object('projects')).status).toBe(404);
      expect((await client.add('tasks', projectEntries(uniqueName()))).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('refuses a body over the limit with 413 and creates nothing', async () => {
    const server = await startKizenServer();
    try {
      const client = kizenClient(server.url);
      const name = uniqueName();
      const reply = await client.add('projects', projectEntries(name, [{ name: 'internal_note', value: 'x'.repeat(BODY_LIMIT_BYTES) }]));
      expect([reply.status, reply.body.code]).toEqual([413, 'payload_exceeded']);
      expect(await lookupId(client, name)).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
