/**
 * Grouping findings by root cause: the operation (ids replaced), the shape of difference, the
 * smallest example, and the order of groups (MUST before SHOULD, then by count).
 */
import { describe, expect, it } from 'vitest';
import type { Exchange, Finding } from '../../src/core/findings.ts';
import { groupFindings, groupsOf, kindOf, operationOf, shapeOf } from '../../src/report/finding-groups.ts';
import type { RunReport } from '../../src/report/report-types.ts';

const BASE = 'https://crm.example.test/v2';
const ID = '3f0c8b1e-2d4a-4c6b-9e8f-0a1b2c3d4e5f';

function exchange(method: string, path: string, status: number | undefined, body?: string): Exchange {
  return {
    seq: 1, step: 's', durationMs: 1,
    request: { method, url: `${BASE}${path}`, headers: {}, ...(body === undefined ? {} : { body }) },
    ...(status === undefined ? { error: { code: 'CRMC_TARGET_TIMEOUT', message: 'late' } } : { response: { status, headers: {}, body: '', truncated: false } }),
  };
}

function finding(id: string, extra: Partial<Finding> = {}): Finding {
  return {
    id, check: 'CREATE_STATUS', clauses: ['ZEEG-CREATE-001'], level: 'MUST', title: 't', message: `m ${id}`, expected: 201, observed: 200,
    exchanges: [exchange('post', '/crm/products', 200, '{"name":"a"}')], suite: 's', testCase: 'c', seed: 1, ...extra,
  };
}

describe('operationOf', () => {
  it.each([
    ['PATCH', `/crm/products/${ID}`, 'PATCH /crm/products/{id}'],
    ['get', '/crm/objects/contacts/12345', 'GET /crm/objects/contacts/{id}'],
    ['PUT', '/crm/products?matchingAttribute=sku&b=1&matchingAttribute=x', 'PUT /crm/products?b&matchingAttribute'],
    ['GET', '/crm/objects/2-123/crmc0badf00d-x1', 'GET /crm/objects/2-123/{id}'],
    ['GET', '/crm/p_orders', 'GET /crm/p_orders'],
  ])('%s %s → %s', (method, path, operation) => {
    expect(operationOf(finding('F#1', { exchanges: [exchange(method, path, 200)] }), BASE)).toBe(operation);
  });

  it('keeps the whole path when the URL is not below the base URL, and says when there is no request', () => {
    expect(operationOf(finding('F#1', { exchanges: [exchange('GET', '/x', 200)] }), 'https://other.test/api')).toBe('GET /v2/x');
    expect(operationOf(finding('F#1', { exchanges: [] }), BASE)).toBe('(no request)');
  });
});

describe('shapeOf', () => {
  it.each<[unknown, string]>([
    [404, '404'], [[400, 422], '400|422'], [{ status: 201, body: 'x' }, '201'], ['a UUID', 'text'], [3.5, 'number'], [1000, 'number'],
    [null, 'null'], [undefined, 'null'], [false, 'false'], [[1, 'a'], 'list'], [{ name: null, age: 1 }, '{age,name}'],
  ])('kindOf(%j) is %s', (value, kind) => {
    expect(kindOf(value)).toBe(kind);
  });

  it('pairs expected and observed kinds with the last reply', () => {
    expect(shapeOf(finding('F#1'))).toBe('201 → 200, reply 200');
    expect(shapeOf(finding('F#1', { expected: '4xx', observed: 'x', exchanges: [exchange('GET', '/', undefined)] }))).toBe('text → text, no reply (CRMC_TARGET_TIMEOUT)');
    expect(shapeOf(finding('F#1', { exchanges: [] }))).toBe('201 → 200, no request');
  });
});

describe('groupFindings', () => {
  const big = finding('CREATE_STATUS#1', { exchanges: [exchange('POST', '/crm/products', 200, '{"name":"long value"}'), exchange('POST', '/crm/products', 200, '{}')] });
  const small = finding('CREATE_STATUS#2', { exchanges: [exchange('POST', '/crm/products', 200, '{"name":"a"}')] });
  const smallest = finding('CREATE_STATUS#3', { exchanges: [exchange('POST', '/crm/products', 200, '{}')] });
  const other500 = finding('CREATE_STATUS#4', { observed: 500, exchanges: [exchange('POST', '/crm/products', 500)] });
  const should = finding('ERROR_SHAPE#1', { check: 'ERROR_SHAPE', level: 'SHOULD', clauses: ['ZEEG-RECORD-003'] });
  const should2 = finding('ERROR_SHAPE#2', { check: 'ERROR_SHAPE', level: 'SHOULD', clauses: ['ZEEG-RECORD-003'] });
  const patch = finding('PATCH_KEEPS#1', { check: 'PATCH_KEEPS', clauses: ['ZEEG-PATCH-001'], expected: { name: 'a' }, observed: { name: null }, exchanges: [exchange('PATCH', `/crm/products/${ID}`, 200)] });

  it('puts one root cause in one group with its count and smallest example, most severe first', () => {
    expect(groupFindings([should, big, patch, small, other500, should2, smallest], BASE)).toEqual([
      { id: 'G1', check: 'CREATE_STATUS', level: 'MUST', clauses: ['ZEEG-CREATE-001'], operation: 'POST /crm/products', shape: '201 → 200, reply 200', count: 3, example: 'CREATE_STATUS#3', findings: ['CREATE_STATUS#1', 'CREATE_STATUS#2', 'CREATE_STATUS#3'] },
      { id: 'G2', check: 'CREATE_STATUS', level: 'MUST', clauses: ['ZEEG-CREATE-001'], operation: 'POST /crm/products', shape: '201 → 500, reply 500', count: 1, example: 'CREATE_STATUS#4', findings: ['CREATE_STATUS#4'] },
      { id: 'G3', check: 'PATCH_KEEPS', level: 'MUST', clauses: ['ZEEG-PATCH-001'], operation: 'PATCH /crm/products/{id}', shape: '{name} → {name}, reply 200', count: 1, example: 'PATCH_KEEPS#1', findings: ['PATCH_KEEPS#1'] },
      { id: 'G4', check: 'ERROR_SHAPE', level: 'SHOULD', clauses: ['ZEEG-RECORD-003'], operation: 'POST /crm/products', shape: '201 → 200, reply 200', count: 2, example: 'ERROR_SHAPE#1', findings: ['ERROR_SHAPE#1', 'ERROR_SHAPE#2'] },
    ]);
  });

  it('prefers the shorter counterexample when the exchanges tie', () => {
    const long = finding('F#1', { counterexample: ['a', 'b'] });
    const short = finding('F#2', { counterexample: ['a'] });
    expect(groupFindings([long, short], BASE).map((g) => g.example)).toEqual(['F#2']);
  });

  it('groupsOf derives the groups of a report written before groups existed', () => {
    const report = { findings: [small, smallest], target: { baseUrl: BASE } } as unknown as RunReport;
    expect(groupsOf(report).map((g) => [g.id, g.count, g.example])).toEqual([['G1', 2, 'CREATE_STATUS#3']]);
    expect(groupsOf({ ...report, groups: [] })).toEqual([]);
  });
});
