/**
 * The HubSpot suites against a conforming server in another style: a proxy in front of the
 * reference server lists properties and objects in reverse order, adds members the pages allow
 * (url, objectWriteTraceId, propertiesWithHistory, links, subCategory, per-property extras),
 * words error messages otherwise (keeping the detail entries), uses upper-case correlation ids
 * and shows dates as epoch milliseconds. It must draw no finding, leave nothing behind, and
 * pass every MUST check at least once.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubspotServer } from '../../src/apis/hubspot/reference/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { HUBSPOT_RUN } from '../../src/apis/hubspot/suites/index.ts';
import { describeFindings } from '../runner/reference-run.ts';
import { hubspotSettings } from '../runner/hubspot-run.ts';
import { mustChecksNeverPassed } from '../support/must-evidence.ts';
import { HUBSPOT_CHECKS } from '../../src/apis/hubspot/checks/index.ts';

const DATE_PROPERTIES = new Set(['date_of_birth', 'due_date']);

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function restyleObject(object: Json): Json {
  const properties = isObj(object['properties']) ? object['properties'] : {};
  const reversed = Object.fromEntries(Object.entries(properties).reverse().map(([k, v]) => [k, DATE_PROPERTIES.has(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? String(Date.parse(`${v}T00:00:00Z`)) : v]));
  return { url: `https://app.example.test/record/${String(object['id'])}`, objectWriteTraceId: 'trace-1', propertiesWithHistory: {}, ...object, properties: reversed };
}

function restyle(body: unknown, status: number): unknown {
  if (!isObj(body)) return body;
  if (status >= 400) {
    const validation = body['category'] === 'VALIDATION_ERROR' && Array.isArray(body['errors']);
    return { subCategory: 'crmc.other.style', links: { docs: 'https://example.test/docs' }, ...body, correlationId: String(body['correlationId'] ?? '').toUpperCase(), ...(validation ? { message: 'One or more property values are invalid.' } : {}) };
  }
  if (Array.isArray(body['results']) && body['status'] !== undefined) return { links: {}, ...body, results: body['results'].map((r) => (isObj(r) ? restyleObject(r) : r)).reverse() };
  if (Array.isArray(body['results'])) return { results: body['results'].map((p) => (isObj(p) ? { dataSensitivity: 'non_sensitive', sensitiveDataCategories: [], ...p } : p)).reverse() };
  return isObj(body['properties']) ? restyleObject(body) : body;
}

let reference: Awaited<ReturnType<typeof startHubspotServer>>;
let proxy: Server;
let proxyUrl: string;

beforeAll(async () => {
  reference = await startHubspotServer();
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => ['authorization', 'content-type', 'accept'].includes(k)).map(([k, v]) => [k, String(v)]));
      const body = chunks.length === 0 ? undefined : Buffer.concat(chunks);
      const upstream = await fetch(`${reference.url}${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
      const text = await upstream.text();
      const out = text === '' ? '' : JSON.stringify(restyle(JSON.parse(text), upstream.status));
      res.writeHead(upstream.status, out === '' ? {} : { 'content-type': 'application/json;charset=utf-8' });
      res.end(out);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  await reference.close();
});

describe('the HubSpot suites against a conforming server in another style', () => {
  it.each([7])('seed %i: no findings, no case errors, nothing left behind', async (seed) => {
    const outcomes = await runConformance(hubspotSettings(proxyUrl, seed), HUBSPOT_RUN);
    expect(describeFindings(outcomes.flatMap((o) => o.findings))).toBe('');
    expect(outcomes.filter((o) => o.error !== undefined).map((o) => `${o.testCase}: ${o.error!.message}`)).toEqual([]);
    expect(outcomes.flatMap((o) => o.leftovers)).toEqual([]);
    expect(mustChecksNeverPassed(outcomes, HUBSPOT_CHECKS), 'MUST checks that never passed').toEqual([]);
  });
});
