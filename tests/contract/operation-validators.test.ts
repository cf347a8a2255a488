import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileOnce, compiledCount, runValidator } from '../../src/contract/ajv.ts';
import { loadSpec, specPath, type JsonObject, type LoadedSpec } from '../../src/contract/load-spec.ts';
import { loadOperationValidators, operationValidators, type OperationValidators } from '../../src/contract/operation-validators.ts';
import { isCrmcError } from '../../src/core/errors.ts';
import { REQUEST_EXAMPLES, RESPONSE_EXAMPLES, type ExampleSet } from './zeeg-examples.ts';

let spec: LoadedSpec;
let validators: OperationValidators;

beforeAll(async () => {
  spec = await loadSpec(specPath('zeeg'));
  validators = await loadOperationValidators('zeeg');
});

const responseRows = Object.entries(RESPONSE_EXAMPLES).flatMap(([operationId, byStatus]) =>
  Object.entries(byStatus).map(([status, examples]) => ({ operationId, status, examples })),
);
const requestRows = Object.entries(REQUEST_EXAMPLES).map(([operationId, examples]) => ({ operationId, examples }));

function expectExamples(validate: ((value: unknown) => { valid: boolean; errors: unknown[] }) | undefined, examples: ExampleSet): void {
  expect(validate).toBeDefined();
  for (const body of examples.valid) {
    expect(validate!(body), `should accept ${JSON.stringify(body)}`).toEqual({ valid: true, errors: [] });
  }
  for (const body of examples.invalid) {
    const result = validate!(body);
    expect(result.valid, `should reject ${JSON.stringify(body)}`).toBe(false);
    // AJV's own error objects, passed through unchanged.
    expect(result.errors[0]).toMatchObject({ keyword: expect.any(String), instancePath: expect.any(String), schemaPath: expect.any(String) });
  }
}

describe('example table covers the spec', () => {
  it('has valid and invalid examples for every operation × documented status', () => {
    const missing: string[] = [];
    for (const { operationId, statuses } of validators.operations()) {
      for (const status of statuses) {
        const set = RESPONSE_EXAMPLES[operationId]?.[status];
        if (set === undefined || set.valid.length === 0 || set.invalid.length === 0) missing.push(`${operationId} ${status}`);
      }
    }
    expect(missing, 'operation × status pairs without examples').toEqual([]);
  });

  it('has no example for a status the spec does not document', () => {
    const stale = responseRows.filter(({ operationId, status }) => !validators.documentedStatuses(operationId).includes(status));
    expect(stale.map(({ operationId, status }) => `${operationId} ${status}`)).toEqual([]);
  });

  it('has request examples for exactly the operations that take a JSON body', () => {
    const withBody = validators.operations().filter((op) => validators.requestValidator(op.operationId) !== undefined);
    expect(withBody.map((op) => op.operationId).sort()).toEqual(Object.keys(REQUEST_EXAMPLES).sort());
  });
});

describe('response validators', () => {
  it.each(responseRows)('$operationId $status', ({ operationId, status, examples }) => {
    expectExamples(validators.responseValidator(operationId, Number(status)), examples);
  });

  it('returns undefined for a status the operation does not document', () => {
    expect(validators.responseValidator('createRecord', 200)).toBeUndefined();
    expect(validators.responseValidator('deleteRecord', 204)).toBeUndefined();
    expect(validators.responseValidator('getObject', 413)).toBeUndefined();
  });

  it('lists the documented statuses of assert, delete and getObject', () => {
    expect(validators.documentedStatuses('assertRecord')).toEqual(['200', '201', '400', '401', '403', '404', '409', '413', '422', '429', '500']);
    expect(validators.documentedStatuses('deleteRecord')).toEqual(['200', '401', '403', '404', '429', '500']);
    expect(validators.documentedStatuses('getObject')).toEqual(['200', '401', '403', '404', '429', '500']);
  });

  it('names every operationId of the brief, with method and path', () => {
    const rows = validators.operations().map((op) => `${op.operationId} ${op.method} ${op.path}`).sort();
    expect(rows).toEqual([
      'assertRecord PUT /crm/{objectSlug}',
      'createRecord POST /crm/{objectSlug}',
      'deleteRecord DELETE /crm/{objectSlug}/{recordId}',
      'getObject GET /crm/objects/{slug}',
      'getRecord GET /crm/{objectSlug}/{recordId}',
      'patchRecord PATCH /crm/{objectSlug}/{recordId}',
      'updateRelation PATCH /crm/{objectSlug}/{recordId}/relation',
    ]);
  });

  it('throws CRMC_INTERNAL for an unknown operation', () => {
    let caught: unknown;
    try {
      validators.documentedStatuses('listRecords');
    } catch (error) {
      caught = error;
    }
    expect(isCrmcError(caught, 'CRMC_INTERNAL')).toBe(true);
  });
});

describe('request body validators', () => {
  it.each(requestRows)('$operationId', ({ operationId, examples }) => {
    expectExamples(validators.requestValidator(operationId), examples);
  });

  it('has none for the operations without a body', () => {
    for (const operationId of ['getObject', 'getRecord', 'deleteRecord']) expect(validators.requestValidator(operationId)).toBeUndefined();
  });
});

describe('examples written in the spec', () => {
  it('each validates against its own component schema', () => {
    const schemas = (spec.document.components?.schemas ?? {}) as Record<string, JsonObject>;
    const checked: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      if (!Array.isArray(schema.examples)) continue;
      const fn = compileOnce(`test:zeeg:component:${name}`, schema);
      for (const example of schema.examples) expect(runValidator(fn, example), `${name} example`).toEqual({ valid: true, errors: [] });
      checked.push(name);
    }
    expect(checked).toEqual(expect.arrayContaining(['TextValue', 'NumberValue', 'CheckboxValue', 'DateValue', 'SelectValue', 'MultiselectValue', 'RelationValue', 'UserValue', 'RecordBody', 'RelationUpdate', 'RecordResponse']));
  });
});

describe('compile once', () => {
  it('builds the validators of the same document again without compiling', async () => {
    const before = compiledCount();
    const again = operationValidators(await loadSpec(specPath('zeeg')));
    expect(again.responseValidator('createRecord', 201)!({ record: { id: 'x', attributes: {} } }).valid).toBe(false);
    expect(await loadOperationValidators('zeeg')).toBe(validators);
    expect(compiledCount()).toBe(before);
  });
});

describe('status ranges and default', () => {
  it('falls back from the exact code to NXX and then default', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crmc-ranges-'));
    const path = join(dir, 'openapi.yaml');
    const json = (schema: unknown) => ({ description: 'x', content: { 'application/json': { schema } } });
    const document = {
      openapi: '3.1.0',
      info: { title: 'ranges', version: '1' },
      paths: { '/ping': { get: { operationId: 'ping', responses: { '200': json({ const: 'exact' }), '2XX': json({ const: 'range' }), default: json({ const: 'default' }) } } } },
    };
    await writeFile(path, JSON.stringify(document));
    const ranges = await loadOperationValidators({ path });
    expect(ranges.responseValidator('ping', 200)!('exact').valid).toBe(true);
    expect(ranges.responseValidator('ping', 204)!('range').valid).toBe(true);
    expect(ranges.responseValidator('ping', 503)!('default').valid).toBe(true);
    expect(ranges.responseValidator('ping', 503)!('range').valid).toBe(false);
    expect(ranges.documentedStatuses('ping')).toEqual(['200', '2XX', 'default']);
  });
});
