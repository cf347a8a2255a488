/**
 * The Kizen contract loads and holds together: the OpenAPI document validates and compiles,
 * the clause catalogue loads with every quote found in its source page and names only
 * operations of the document, and src/apis/kizen/generated.ts matches a fresh generation.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generatedPath, renderTypes } from '../../bin/generate-types-lib.js';
import { checkQuotes, clausesPath, docsDir, loadClauses } from '../../src/contract/clauses.ts';
import { loadSpec, specPath } from '../../src/contract/load-spec.ts';
import { loadOperationValidators } from '../../src/contract/operation-validators.ts';

const OPERATIONS = ['getObject', 'listObjectFields', 'addRecord', 'upsertRecord', 'lookupRecord', 'getRecord', 'patchRecord', 'archiveRecord', 'unarchiveRecord'];
const RECORD_ID = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

describe('kizen OpenAPI document', () => {
  it('loads as OpenAPI 3.1 and gives every operation an operationId', async () => {
    const spec = await loadSpec(specPath('kizen'));
    expect(spec.document.openapi).toBe('3.1.0');
    const validators = await loadOperationValidators('kizen');
    expect(validators.operations().map((op) => op.operationId)).toEqual(OPERATIONS);
  });

  it('requires the three auth headers together on every call', async () => {
    const { document } = await loadSpec(specPath('kizen'));
    expect(document['security']).toEqual([{ apiKey: [], businessId: [], userId: [] }]);
    const schemes = (document.components?.['securitySchemes'] ?? {}) as Record<string, { name: string }>;
    expect(Object.values(schemes).map((scheme) => scheme.name)).toEqual(['X-API-KEY', 'X-BUSINESS-ID', 'X-USER-ID']);
  });

  it('compiles validators that accept the documented forms and refuse others', async () => {
    const validators = await loadOperationValidators('kizen');
    const add = validators.requestValidator('addRecord');
    expect(add?.({ fields: [{ name: 'name', value: 'Apollo' }, { id: RECORD_ID, value: 3 }], unarchive: null }).valid).toBe(true);
    expect(add?.({ fields: [{ value: 'no field named' }] }).valid).toBe(false);
    expect(add?.({ unarchive: 'prompt' }).valid).toBe(false);
    expect(add?.({ fields: [], unarchive: 'restore' }).valid).toBe(false);
    expect(validators.requestValidator('upsertRecord')?.({ lookup_value: '' }).valid).toBe(false);
    const added = validators.responseValidator('addRecord', 200);
    expect(added?.({ id: RECORD_ID, object_type: 'standard', num_upcoming_activities: 0, num_associated_team_members: 1, fields: {} }).valid).toBe(true);
    expect(added?.({ id: RECORD_ID, fields: {} }).valid).toBe(false);
    // The page requires exactly these four members; a reply of only them conforms (no fields, no display_name).
    const four = { id: RECORD_ID, object_type: 'standard', num_upcoming_activities: 0, num_associated_team_members: 0 };
    expect(added?.(four).valid).toBe(true);
    expect(validators.responseValidator('addRecord', 201)?.(four).valid).toBe(true);
    expect(validators.responseValidator('upsertRecord', 201)?.({ id: RECORD_ID, action: 'created' }).valid).toBe(true);
    expect(validators.responseValidator('upsertRecord', 201)?.({ id: RECORD_ID, fields: {}, action: 'merged' }).valid).toBe(false);
    expect(validators.documentedStatuses('archiveRecord')).toContain('204');
  });
});

describe('kizen clause catalogue', () => {
  const catalogue = loadClauses('kizen');

  it('has unique KIZEN ids in the known areas', () => {
    expect(catalogue.api).toBe('kizen');
    const ids = catalogue.clauses.map((clause) => clause.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^KIZEN-(AUTH|DISCOVERY|ADD|TYPES|IDENT|UPSERT|LOOKUP|READ|PATCH|ARCHIVE|ERRORS|SERVER)-\d{3}$/);
  });

  it('quotes every clause from its source page', () => {
    expect(() => checkQuotes(clausesPath('kizen'), catalogue, docsDir())).not.toThrow();
  });

  it('names only operations of the OpenAPI document', () => {
    for (const clause of catalogue.clauses) for (const op of clause.operations) expect(OPERATIONS).toContain(op);
  });

  it('gives a reading to every SHOULD clause (they go beyond or choose between sources)', () => {
    const bare = catalogue.clauses.filter((clause) => clause.level === 'SHOULD' && clause.reading === undefined).map((clause) => clause.id);
    expect(bare).toEqual([]);
  });
});

describe('kizen generated types', () => {
  it('match a fresh generation from the spec (no drift)', async () => {
    const committed = await readFile(generatedPath('kizen'), 'utf8').catch(() => '');
    expect(committed === (await renderTypes('kizen')), 'src/apis/kizen/generated.ts is out of date with spec/kizen/openapi.yaml').toBe(true);
  }, 30_000);
});
