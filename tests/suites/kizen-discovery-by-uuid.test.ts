/**
 * Object details that name no id: asked by the object's UUID that breaks the MUST clause
 * (KIZEN-DISCOVERY-001) itself; asked by api name only the SHOULD one, and the MUST check is
 * skipped with the setting that would let it run, never charged to the SHOULD clause alone.
 */
import { describe, expect, it } from 'vitest';
import { PROJECTS_ID, startKizenServer } from '../../src/apis/kizen/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { KIZEN_RUN } from '../../src/apis/kizen/suites/index.ts';
import { startProxy, type ProxyHook } from '../runner/kizen-proxy.ts';
import { kizenSettings } from '../runner/kizen-reference-run.ts';

/** Object details answered without their id. */
const withoutId: ProxyHook = async (req, forward) => {
  const reply = await forward(req);
  if (req.method !== 'GET' || !/^\/api\/custom-objects\/[^/?]+$/.test(req.path) || typeof reply.json !== 'object' || reply.json === null) return reply;
  const { id: _id, ...rest } = reply.json as Record<string, unknown>;
  return { status: reply.status, json: rest };
};

async function discoveryOf(object: string) {
  const server = await startKizenServer();
  const proxy = await startProxy(server.url, withoutId);
  try {
    const outcomes = await runConformance({ ...kizenSettings(proxy.url, 5), objects: [object], only: ['KIZEN-DISCOVERY-001', 'KIZEN-DISCOVERY-002'] }, KIZEN_RUN);
    const discovery = outcomes.find((o) => o.suite === 'discovery' && o.clauses.includes('KIZEN-DISCOVERY-001'))!;
    return { findings: discovery.findings.map((f) => `${f.level} ${f.check}`), details: discovery.tallies.find((t) => t.check === 'KIZEN_OBJECT_DETAILS') };
  } finally {
    await proxy.close();
    await server.close();
  }
}

describe('object details without an id', () => {
  it('asked by UUID: a MUST KIZEN_OBJECT_DETAILS finding', async () => {
    const { findings } = await discoveryOf(PROJECTS_ID);
    expect(findings).toEqual(['MUST KIZEN_OBJECT_DETAILS']);
  });

  it('asked by api name: SHOULD KIZEN_OBJECT_BY_NAME, and KIZEN_OBJECT_DETAILS skipped naming --object', async () => {
    const { findings, details } = await discoveryOf('projects');
    expect(findings).toEqual(['SHOULD KIZEN_OBJECT_BY_NAME']);
    expect(details).toMatchObject({ passes: 0, failures: 0, skipped: 'details by api name "projects" named no object UUID: name the object by its UUID with --object' });
  });
});
