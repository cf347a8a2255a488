/**
 * A conforming Kizen server in another style: the reference behind a proxy that answers add
 * with 201 instead of 200, lists every object's members in reverse order, adds members the
 * suites do not know (a request id, extra entry keys) and words its error details otherwise.
 * Two seeds at the default budget must give no finding, no case error and leave nothing behind,
 * and pass every MUST check at least once.
 */
import { describe, expect, it } from 'vitest';
import { KIZEN_CHECKS } from '../../src/apis/kizen/checks/index.ts';
import { startKizenServer } from '../../src/apis/kizen/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { KIZEN_RUN } from '../../src/apis/kizen/suites/index.ts';
import { startProxy, type ProxyHook } from './kizen-proxy.ts';
import { mustChecksNeverPassed } from '../support/must-evidence.ts';
import { describeKizenFindings, kizenSettings } from './kizen-reference-run.ts';

/** Reverses the member order of every object, and adds a member to each record field entry. */
function restyle(value: unknown, inFields = false): unknown {
  if (Array.isArray(value)) return value.map((v) => restyle(v));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).reverse().map(([k, v]) => [k, restyle(v, k === 'fields' && !Array.isArray(v))] as const);
  const out = Object.fromEntries(entries);
  if (inFields) for (const entry of Object.values(out)) if (typeof entry === 'object' && entry !== null) (entry as Record<string, unknown>)['is_editable'] = true;
  return out;
}

const otherStyle: ProxyHook = async (req, forward) => {
  const reply = await forward(req);
  const body = reply.json as Record<string, unknown> | undefined;
  if (reply.status >= 400 && body !== undefined && typeof body['detail'] === 'string') {
    return { status: reply.status, json: restyle({ ...body, detail: `Request rejected (${String(body['code'])}).`, request_id: 'req-1' }) };
  }
  const status = req.method === 'POST' && req.path.endsWith('/add') && reply.status === 200 ? 201 : reply.status;
  const extra = body !== undefined && !Array.isArray(body) && typeof body === 'object' ? { request_id: 'req-1' } : {};
  return { status, json: body === undefined ? undefined : restyle(Array.isArray(body) ? body : { ...body, ...extra }) };
};

describe('the Kizen suites against a conforming server in another style', () => {
  it.each([0, 7])('seed %i: no findings, no case errors, nothing left behind', async (seed) => {
    const server = await startKizenServer();
    const proxy = await startProxy(server.url, otherStyle);
    try {
      const outcomes = await runConformance(kizenSettings(proxy.url, seed), KIZEN_RUN);
      expect(describeKizenFindings(outcomes.flatMap((o) => o.findings))).toBe('');
      expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${o.testCase}: ${o.error!.message}`)).toEqual([]);
      expect(outcomes.flatMap((o) => o.leftovers)).toEqual([]);
      expect(mustChecksNeverPassed(outcomes, KIZEN_CHECKS), 'MUST checks that never passed').toEqual([]);
    } finally {
      await proxy.close();
      await server.close();
    }
  });
});
