import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/core/findings.ts';
import { withSetup } from '../../src/runner/setup-closure.ts';

const RUN = 'crmcabcd1234';

function x(seq: number, method: string, path: string, body: unknown, status: number, reply: unknown, step = 'step'): Exchange {
  return {
    seq, step, durationMs: 1,
    request: { method, url: `http://h/v2${path}`, headers: {}, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
    response: { status, headers: {}, body: JSON.stringify(reply), truncated: false },
  };
}

const ID_A = '11111111-aaaa-4aaa-8aaa-111111111111';
const ID_B = '22222222-bbbb-4bbb-8bbb-222222222222';
const ID_GONE = '33333333-cccc-4ccc-8ccc-333333333333';

describe('withSetup', () => {
  const createA = x(1, 'POST', '/crm/p', { sku: `${RUN}-tag001-3-a` }, 201, { record: { id: ID_A } });
  const createB = x(2, 'POST', '/crm/p', { name: `${RUN}-tag001-3-shared` }, 201, { record: { id: ID_B } });
  const createGone = x(3, 'POST', '/crm/p', { sku: `${RUN}-tag001-2-a` }, 201, { record: { id: ID_GONE } });
  const deleteGone = x(4, 'DELETE', `/crm/p/${ID_GONE}`, undefined, 204, {}, 'cleanup');
  const unrelated = x(5, 'POST', '/crm/p', { sku: 'other' }, 201, { record: { id: '44444444-dddd-4ddd-8ddd-444444444444' } });
  const patchA = x(6, 'PATCH', `/crm/p/${ID_A}`, { price: 1 }, 200, { record: { id: ID_A } });
  const log = [createA, createB, createGone, deleteGone, unrelated, patchA];

  it('adds the write that created a record the evidence names, in wire order', () => {
    expect(withSetup([patchA], log, 60).map((e) => e.seq)).toEqual([1, 6]);
  });

  it('adds the writes of the same sequence (a record a conflict is about), in any letter case', () => {
    const conflict = x(7, 'POST', '/crm/p', { name: `${RUN.toUpperCase()}-TAG001-3-SHARED` }, 409, { message: 'taken' });
    expect(withSetup([conflict], [...log, conflict], 60, RUN).map((e) => e.seq)).toEqual([1, 2, 7]);
  });

  it('leaves out records deleted before the evidence, writes of other sequences and clean-up', () => {
    const later = x(8, 'GET', `/crm/p/${ID_GONE}`, undefined, 404, { message: 'gone' });
    expect(withSetup([later], [...log, later], 60, RUN).map((e) => e.seq)).toEqual([8]);
  });

  it('keeps at most `limit` exchanges, the last ones', () => {
    expect(withSetup([patchA], log, 1).map((e) => e.seq)).toEqual([6]);
    expect(withSetup([], log, 60)).toEqual([]);
  });
});
