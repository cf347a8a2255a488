/**
 * The ceiling: how many requests per second autocannon drives at the reference server with the
 * mix of create / assert / patch / get a suite run sends (keep-alive, several connections).
 * Each connection loops over a fixed sequence of 20 requests whose kinds follow the mix.
 */
import { headers, loadAutocannon, seed, type CannonRequest } from './reference-server.ts';
import type { Shares } from './request-mix.ts';

type Kind = keyof Shares;

export interface CeilingFigures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  connections: number;
  durationSeconds: number;
  /** The kinds of the 20-request sequence, e.g. "create ×9, assert ×4, patch ×3, get ×4". */
  sequence: string;
}

const SLOTS = 20;

/** Spreads SLOTS requests over the kinds by largest remainder (each kind with a share gets one). */
export function sequenceOf(shares: Shares): Kind[] {
  const kinds = Object.keys(shares) as Kind[];
  const counts = new Map(kinds.map((k) => [k, shares[k] > 0 ? Math.max(1, Math.floor(shares[k] * SLOTS)) : 0]));
  const byRemainder = [...kinds].sort((a, b) => ((shares[b] * SLOTS) % 1) - ((shares[a] * SLOTS) % 1));
  let total = [...counts.values()].reduce((a, b) => a + b, 0);
  for (let i = 0; total < SLOTS; i = (i + 1) % byRemainder.length, total += 1) counts.set(byRemainder[i]!, counts.get(byRemainder[i]!)! + 1);
  // Interleave: always take the kind furthest behind its share.
  const placed = new Map(kinds.map((k) => [k, 0]));
  const order: Kind[] = [];
  for (let slot = 0; slot < total; slot += 1) {
    const next = kinds.filter((k) => placed.get(k)! < counts.get(k)!).sort((a, b) => placed.get(a)! / counts.get(a)! - placed.get(b)! / counts.get(b)!)[0]!;
    placed.set(next, placed.get(next)! + 1);
    order.push(next);
  }
  return order;
}

function requestFor(kind: Kind, ids: readonly string[], counter: { n: number }): CannonRequest {
  const id = () => ids[(counter.n += 1) % ids.length] ?? '';
  switch (kind) {
    case 'create':
      return { method: 'POST', path: '/v2/crm/products', headers: headers(true), setupRequest: (r) => ({ ...r, headers: headers(true), body: JSON.stringify({ name: `ceiling-${(counter.n += 1)}`, price: counter.n % 1000, in_stock: true }) }) };
    case 'assert':
      return { method: 'PUT', path: '/v2/crm/products?matchingAttribute=sku', headers: headers(true), setupRequest: (r) => ({ ...r, headers: headers(true), body: JSON.stringify({ sku: `CEIL-${(counter.n += 1) % 5000}`, price: counter.n % 1000 }) }) };
    case 'patch':
      return { method: 'PATCH', path: '/v2/crm/products', headers: headers(true), setupRequest: (r) => ({ ...r, path: `/v2/crm/products/${id()}`, headers: headers(true), body: JSON.stringify({ price: counter.n % 1000 }) }) };
    case 'get':
      return { method: 'GET', path: '/v2/crm/products', headers: headers(false), setupRequest: (r) => ({ ...r, path: `/v2/crm/products/${id()}`, headers: headers(false) }) };
  }
}

function describeSequence(order: readonly Kind[]): string {
  const counts = new Map<Kind, number>();
  for (const kind of order) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${kind} ×${n}`).join(', ');
}

/** Drives the mix at the reference server at `baseUrl` (…/v2) for a few seconds. */
export async function benchCeiling(baseUrl: string, shares: Shares, options: { connections?: number; durationSeconds?: number } = {}): Promise<CeilingFigures> {
  const autocannon = await loadAutocannon();
  const connections = options.connections ?? 10;
  const durationSeconds = options.durationSeconds ?? 5;
  const ids = await seed(baseUrl, 200);
  const counter = { n: 0 };
  const order = sequenceOf(shares);
  const result = await autocannon({ url: new URL(baseUrl).origin, connections, duration: durationSeconds, requests: order.map((kind) => requestFor(kind, ids, counter)) });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    connections,
    durationSeconds,
    sequence: describeSequence(order),
  };
}
