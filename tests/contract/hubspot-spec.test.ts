/**
 * The HubSpot contract holds together: the OpenAPI document validates and its validators
 * compile, the clause catalogue loads with every quote found in its source page and names only
 * operations of the document, src/apis/hubspot/generated.ts matches a fresh generation, and the
 * HubSpot reference server's replies pass the document's response validators.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedPath, renderTypes } from '../../bin/generate-types-lib.js';
import { checkQuotes, clausesPath, docsDir, loadClauses } from '../../src/contract/clauses.ts';
import { loadSpec, specPath } from '../../src/contract/load-spec.ts';
import { loadOperationValidators, type OperationValidators } from '../../src/contract/operation-validators.ts';
import { startHubspotServer, type RunningHubspotServer } from '../../src/apis/hubspot/reference/index.ts';
import { hubspotClient, uniqueEmail } from '../reference/hubspot/helpers/client.ts';

const DATED = ['getProperties', 'createObject', 'getObject', 'updateObject', 'archiveObject', 'upsertObjects'];
const OPERATIONS = [...DATED, ...DATED.map((id) => `${id}V3`)];

describe('hubspot OpenAPI document', () => {
  it('loads as OpenAPI 3.1 with the six operations on the 2026-03 and the v3 paths', async () => {
    const spec = await loadSpec(specPath('hubspot'));
    expect(spec.document.openapi).toBe('3.1.0');
    const validators = await loadOperationValidators('hubspot');
    const operations = validators.operations();
    expect(operations.map((op) => op.operationId).sort()).toEqual([...OPERATIONS].sort());
    for (const op of operations) expect(op.path.startsWith('/crm/v3/') || op.path.includes('/2026-03/'), op.path).toBe(true);
  });

  it('compiles request validators that take string property values only', async () => {
    const validators = await loadOperationValidators('hubspot');
    const create = validators.requestValidator('createObjectV3');
    expect(create?.({ properties: { email: 'a@example.com' }, associations: [] }).valid).toBe(true);
    expect(create?.({ properties: { num_employees: 12 } }).valid).toBe(false);
    expect(create?.({ associations: [] }).valid).toBe(false);
    const upsert = validators.requestValidator('upsertObjects');
    expect(upsert?.({ inputs: [{ id: 'a@example.com', idProperty: 'email', properties: {} }] }).valid).toBe(true);
    expect(upsert?.({ inputs: [{ idProperty: 'email', properties: {} }] }).valid).toBe(false);
    expect(validators.documentedStatuses('archiveObject')).toContain('204');
    expect(validators.documentedStatuses('upsertObjects')).toEqual(expect.arrayContaining(['200', '207', '409']));
  });
});

describe('hubspot clause catalogue', () => {
  const catalogue = loadClauses('hubspot');

  it('has unique HUBSPOT ids in the known areas', () => {
    expect(catalogue.api).toBe('hubspot');
    const ids = catalogue.clauses.map((clause) => clause.id);
    expect(new Set(ids).size).toBe(ids.length);
    const areas = /^HUBSPOT-(PROPS|VALUES|CREATE|OBJECT|READ|UPDATE|WRITE|ERRORS|UNIQUE|ARCHIVE|UPSERT|AUTH|SERVER|PATHS|SCHEMA)-\d{3}$/;
    for (const id of ids) expect(id).toMatch(areas);
  });

  it('finds every quote in its source snapshot', () => {
    expect(() => checkQuotes(clausesPath('hubspot'), catalogue, docsDir())).not.toThrow();
  });

  it('names only operations of the OpenAPI document', () => {
    for (const clause of catalogue.clauses) for (const op of clause.operations) expect(OPERATIONS, clause.id).toContain(op);
  });

  it('says its reading on every SHOULD clause, and keeps disputed or inferred clauses at SHOULD', () => {
    const bare = catalogue.clauses.filter((clause) => clause.level === 'SHOULD' && clause.reading === undefined).map((clause) => clause.id);
    expect(bare).toEqual([]);
    const marked = catalogue.clauses.filter((clause) => /\[(DISAGREE|INFERRED)\]/.test(clause.reading ?? ''));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((clause) => clause.level !== 'SHOULD').map((clause) => clause.id)).toEqual([]);
  });
});

describe('hubspot generated types', () => {
  it('match a fresh generation from the spec (no drift)', async () => {
    const committed = await readFile(generatedPath('hubspot'), 'utf8').catch(() => '');
    expect(committed === (await renderTypes('hubspot')), 'src/apis/hubspot/generated.ts is out of date: run node bin/generate-types.js').toBe(true);
  }, 30_000);
});

describe('the reference server against the document', () => {
  let server: RunningHubspotServer;
  let validators: OperationValidators;
  beforeAll(async () => {
    server = await startHubspotServer();
    validators = await loadOperationValidators('hubspot');
  });
  afterAll(async () => server.close());

  const conforms = (operationId: string, status: number, body: unknown) => {
    const result = validators.responseValidator(operationId, status)?.(body);
    expect(result?.valid, `${operationId} ${status}: ${JSON.stringify(result?.errors)}`).toBe(true);
  };

  it('answers every operation with bodies its response schemas accept', async () => {
    const client = hubspotClient(server.url, 'v3');
    const properties = await client.properties('contacts');
    conforms('getPropertiesV3', properties.status, properties.body);
    const created = await client.create('contacts', { email: uniqueEmail(), firstname: 'Ada' });
    conforms('createObjectV3', created.status, created.body);
    const read = await client.read('contacts', created.body.id, { properties: 'email,bio' });
    conforms('getObjectV3', read.status, read.body);
    const updated = await client.update('contacts', created.body.id, { bio: 'b' });
    conforms('updateObjectV3', updated.status, updated.body);
    const upserted = await client.upsert('contacts', [{ id: uniqueEmail(), idProperty: 'email', properties: {} }]);
    conforms('upsertObjectsV3', upserted.status, upserted.body);
    for (const reply of [await client.create('contacts', { num_employees: 'x' }), await client.read('contacts', '1'), await client.archive('contacts', '1', { token: null })]) {
      conforms('createObjectV3', reply.status, reply.body);
    }
    expect((await client.archive('contacts', created.body.id)).status).toBe(204);
  });
});
