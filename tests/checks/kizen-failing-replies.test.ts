/**
 * Every check no fault draws can fail: behind a proxy that gives its failing reply, a run of
 * the reference server selected to that check (--only) records a finding of it at its level,
 * and no other MUST check is charged (unless the entry says which and why).
 */
import { describe, expect, it } from 'vitest';
import { KIZEN_CHECKS_BY_CODE } from '../../src/apis/kizen/checks/index.ts';
import { startKizenServer } from '../../src/apis/kizen/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { KIZEN_RUN } from '../../src/apis/kizen/suites/index.ts';
import { startProxy } from '../runner/kizen-proxy.ts';
import { describeKizenFindings, kizenSettings } from '../runner/kizen-reference-run.ts';
import { KIZEN_FAILING_REPLIES } from './kizen-failing-replies.ts';

describe('Kizen checks no fault draws fail on a failing reply', () => {
  it.each(KIZEN_FAILING_REPLIES.map((r) => [r.code, r] as const))('%s', async (code, reply) => {
    expect(KIZEN_CHECKS_BY_CODE.get(code)?.level).toBe(reply.level);
    const server = await startKizenServer();
    const proxy = await startProxy(server.url, reply.hook);
    try {
      const outcomes = await runConformance({ ...kizenSettings(proxy.url, 1), only: [code] }, KIZEN_RUN);
      const findings = outcomes.flatMap((o) => o.findings);
      expect(findings.some((f) => f.check === code && f.level === reply.level), describeKizenFindings(findings)).toBe(true);
      const allowed = new Set([code, ...(reply.alsoCharged?.codes ?? [])]);
      expect(findings.filter((f) => f.level === 'MUST' && !allowed.has(f.check)).map((f) => f.check), 'MUST checks charged besides the broken one').toEqual([]);
    } finally {
      await proxy.close();
      await server.close();
    }
  });
});
