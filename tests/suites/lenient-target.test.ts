import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_OBJECTS, MEMBER_IDS, READ_TOKEN, startReferenceServer, WRITE_TOKEN } from '../../src/apis/zeeg/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import type { RunSettings } from '../../src/runner/settings.ts';
import { ZEEG_RUN } from '../../src/apis/zeeg/suites/index.ts';
import type { CaseOutcome } from '../../src/core/findings.ts';
import { ALL_CHECKS } from '../../src/apis/zeeg/checks/index.ts';
import { mustChecksNeverPassed } from '../support/must-evidence.ts';

// A conforming server may answer in ways the pages leave open. This target is the reference
// server behind a proxy that uses that freedom on the wire; the suites must not accuse it. The
// lenient twin (zeeg-lenient-twin.test.ts) takes the same freedoms and more inside the server;
// this proxy stays as an independent check: it restyles every reply from outside, by code that
// shares nothing with the server's record view, so a restyling the twin's own code got wrong
// (or left out) cannot make both agree with the suites by accident.
const OPTION_TYPES = new Map(FIXTURE_OBJECTS.flatMap((o) => o.attributes.filter((a) => a.type === 'select' || a.type === 'multiselect').map((a) => [a.key, a.type])));
const ID_ARRAYS = new Set(FIXTURE_OBJECTS.flatMap((o) => o.attributes.filter((a) => a.type === 'relation' || a.type === 'user').map((a) => a.key)));

const enrich = (option: unknown) => (typeof option === 'object' && option !== null ? { ...option, value: 'Label', color: '#123456' } : option);

/** Rewrites a record the way a different, still conforming, implementation might present it. */
function restyleRecord(record: Record<string, unknown>): Record<string, unknown> {
  const attributes = { ...(record.attributes as Record<string, unknown>) };
  for (const [key, value] of Object.entries(attributes)) {
    if (OPTION_TYPES.get(key) === 'select') attributes[key] = enrich(value);
    if (OPTION_TYPES.get(key) === 'multiselect' && Array.isArray(value)) attributes[key] = value.map(enrich).reverse();
    if (ID_ARRAYS.has(key) && Array.isArray(value)) attributes[key] = value.map((id) => String(id).toUpperCase()).reverse();
  }
  // Attribute order is not part of the contract either.
  const reordered = Object.fromEntries(Object.entries(attributes).reverse());
  return { createdBy: 'api', ...record, attributes: reordered };
}

function restyle(status: number, body: string): string {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return body;
  }
  // The other documented error shape.
  if (status >= 400) return JSON.stringify({ error: String(json.message ?? 'error') });
  if (typeof json.record === 'object' && json.record !== null) return JSON.stringify({ requestId: 'req-1', ...json, record: restyleRecord(json.record as Record<string, unknown>) });
  return JSON.stringify({ requestId: 'req-1', ...json });
}

async function restylingProxy(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const forward = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (c: Buffer) => parts.push(c));
        answer.on('end', () => {
          const body = restyle(answer.statusCode ?? 500, Buffer.concat(parts).toString('utf8'));
          res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        });
      });
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describe('a conforming server that answers in its own style', () => {
  let reference: Awaited<ReturnType<typeof startReferenceServer>>;
  let proxy: Awaited<ReturnType<typeof restylingProxy>>;
  beforeAll(async () => {
    reference = await startReferenceServer();
    proxy = await restylingProxy(reference.url);
  });
  afterAll(async () => {
    await proxy.close();
    await reference.close();
  });

  it('restyles what passes through it', async () => {
    const headers = { authorization: `Bearer ${WRITE_TOKEN}`, 'content-type': 'application/json' };
    const created = await fetch(`${proxy.url}/crm/products`, { method: 'POST', headers, body: JSON.stringify({ category: { id: 'opt_shoes' }, owners: [MEMBER_IDS[0]] }) });
    const body = (await created.json()) as { requestId: string; record: { id: string; createdBy: string; attributes: Record<string, unknown> } };
    expect(body.requestId).toBe('req-1');
    expect(body.record.createdBy).toBe('api');
    expect(body.record.attributes.category).toEqual({ id: 'opt_shoes', value: 'Label', color: '#123456' });
    expect(body.record.attributes.owners).toEqual([MEMBER_IDS[0]!.toUpperCase()]);
    const refused = await fetch(`${proxy.url}/crm/products`, { method: 'POST', headers, body: '[]' });
    expect(refused.status).toBe(400);
    expect(Object.keys((await refused.json()) as object)).toEqual(['error']);
    await fetch(`${proxy.url}/crm/products/${body.record.id}`, { method: 'DELETE', headers });
  });

  it('enriched options, reordered and upper-case ids, extra members, { error } bodies: no finding over three seeds, every MUST check passed', async () => {
    const all: CaseOutcome[] = [];
    for (const seed of [21, 22, 23]) {
      const settings: RunSettings = {
        api: 'zeeg', baseUrl: proxy.url, embedded: false, token: WRITE_TOKEN, readToken: READ_TOKEN, objects: ['products', 'suppliers'], members: [...MEMBER_IDS],
        seed, runs: 15, strict: true, only: [], timeoutMs: 5_000, concurrency: 4, runId: `crmclenient${seed}`,
      };
      const outcomes = await runConformance(settings, ZEEG_RUN);
      expect(outcomes.flatMap((o) => o.findings.map((f) => `${f.check}: ${f.message}`))).toEqual([]);
      expect(outcomes.filter((o) => o.error !== undefined).map((o) => o.error)).toEqual([]);
      all.push(...outcomes);
    }
    expect(mustChecksNeverPassed(all, ALL_CHECKS)).toEqual([]);
  });
});
