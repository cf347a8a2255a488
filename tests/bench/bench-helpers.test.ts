/**
 * The pure parts of the bench: sorting request lines into operations, the ceiling's request
 * sequence, the median, and how a fault's runs are restricted. The figures themselves are
 * printed by `npm run bench`, never asserted.
 */
import { describe, expect, it } from 'vitest';
import { sequenceOf } from '../../bench/ceiling.ts';
import { detectionSummary, type FaultFigures, median, onlyFor } from '../../bench/fault-detection.ts';
import { ZEEG } from '../../src/apis/zeeg/index.ts';
import { classify, countingLog, writeReadShares } from '../../bench/request-mix.ts';
import { FAULTS } from '../../src/apis/zeeg/reference/index.ts';

describe('request mix', () => {
  it('sorts request lines into the operations of the Records API', () => {
    expect(classify('POST', '/v2/crm/products')).toBe('create');
    expect(classify('PUT', '/v2/crm/products?matchingAttribute=sku')).toBe('assert');
    expect(classify('PATCH', '/v2/crm/products/6f1c')).toBe('patch');
    expect(classify('GET', '/v2/crm/products/6f1c')).toBe('get');
    expect(classify('DELETE', '/v2/crm/products/6f1c')).toBe('delete');
    expect(classify('PATCH', '/v2/crm/products/6f1c/relation')).toBe('relation');
    expect(classify('GET', '/v2/crm/objects/products')).toBe('discover');
    expect(classify('GET', '/health')).toBe('other');
  });

  it('counts the lines of a reference server log, even split across writes', async () => {
    const { stream, mix } = countingLog();
    stream.write('POST /v2/crm/products 201 1ms\nGET /v2/crm/pro');
    stream.write('ducts/1 200 0ms\n');
    await new Promise<void>((resolve) => stream.end(resolve));
    expect(mix.create).toBe(1);
    expect(mix.get).toBe(1);
    expect(writeReadShares(mix)).toEqual({ create: 0.5, assert: 0, patch: 0, get: 0.5 });
  });
});

describe('ceiling sequence', () => {
  it('spreads 20 requests by share and interleaves the kinds', () => {
    const order = sequenceOf({ create: 0.45, assert: 0.13, patch: 0.22, get: 0.2 });
    expect(order).toHaveLength(20);
    const count = (kind: string) => order.filter((k) => k === kind).length;
    expect([count('create'), count('assert'), count('patch'), count('get')]).toEqual([9, 3, 4, 4]);
    expect(order.slice(0, 4).sort()).toEqual(['assert', 'create', 'get', 'patch']);
  });
});

describe('fault detection', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('restricts a fault to its clauses and the checks charged to them', () => {
    const fault = FAULTS.find((f) => f.name === 'wrong-status-create-200')!;
    expect(onlyFor(ZEEG.checks, fault)).toEqual(expect.arrayContaining(['ZEEG-RECORD-002', 'CREATE_STATUS_201', 'ENVELOPE_STATUS']));
  });

  it('sums up the detections of an API: the median of the fault medians and the worst single seed', () => {
    const fault = (medianRequests: number | undefined, worstRequests: number | undefined): FaultFigures =>
      ({ name: 'f', clauses: [], detected: medianRequests === undefined ? 0 : 1, seeds: 1, medianRequests, worstRequests, check: undefined, medianWallMs: 0 });
    expect(detectionSummary([fault(10, 40), fault(30, 31), fault(undefined, undefined), fault(20, 90)])).toEqual({ median: 20, worst: 90 });
    expect(detectionSummary([fault(undefined, undefined)])).toEqual({ median: undefined, worst: undefined });
  });
});
