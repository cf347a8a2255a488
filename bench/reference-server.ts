/**
 * Throughput of the Zeeg reference server: autocannon runs create, assert, patch and get for a
 * few seconds each (10 keep-alive connections) against a fresh in-memory server on port 0, then
 * prints requests/s and latency p50/p99 per operation. `benchReferenceServer()` returns the same
 * figures so a wider bench script can include them.
 *
 *   npx tsx bench/reference-server.ts
 */
import { pathToFileURL } from 'node:url';
import { startReferenceServer, WRITE_TOKEN } from '../src/apis/zeeg/reference/index.ts';

export interface OperationFigures {
  operation: 'create' | 'assert' | 'patch' | 'get';
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Requests answered with a status outside 2xx (should be 0). */
  non2xx: number;
  errors: number;
}

export interface BenchOptions {
  durationSeconds?: number;
  connections?: number;
}

export interface CannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest) => CannonRequest;
}

export interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

export type Autocannon = (options: Record<string, unknown>) => Promise<CannonResult>;

export async function loadAutocannon(): Promise<Autocannon> {
  // autocannon ships no type declarations; the subset used here is typed above.
  const specifier: string = 'autocannon';
  const loaded = (await import(specifier)) as { default: Autocannon };
  return loaded.default;
}

const HEADERS = { authorization: `Bearer ${WRITE_TOKEN}`, 'content-type': 'application/json' };

/** A fresh header object per request: autocannon adds content-length to the object it is given. */
export function headers(withBody: boolean): Record<string, string> {
  return withBody ? { ...HEADERS } : { authorization: HEADERS.authorization };
}

/** Create `count` products to patch and read, returning their ids. */
export async function seed(base: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const reply = await fetch(`${base}/crm/products`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ name: `seed-${i}`, price: i }) });
    const body = (await reply.json()) as { record: { id: string } };
    ids.push(body.record.id);
  }
  return ids;
}

export function rotating(ids: readonly string[], build: (id: string, n: number) => CannonRequest): CannonRequest {
  let n = 0;
  return {
    ...build(ids[0] ?? '', 0),
    setupRequest: () => {
      n += 1;
      return build(ids[n % ids.length] ?? '', n);
    },
  };
}

export async function benchReferenceServer(options: BenchOptions = {}): Promise<OperationFigures[]> {
  const autocannon = await loadAutocannon();
  const server = await startReferenceServer();
  const origin = new URL(server.url).origin;
  try {
    const ids = await seed(server.url, 200);
    let assertCount = 0;
    const plans: Array<[OperationFigures['operation'], CannonRequest]> = [
      ['create', { method: 'POST', path: '/v2/crm/products', headers: headers(true), body: JSON.stringify({ name: 'bench', price: 1, in_stock: true }) }],
      [
        'assert',
        {
          method: 'PUT',
          path: '/v2/crm/products?matchingAttribute=sku',
          headers: headers(true),
          // 5,000 distinct skus: the first round creates, later rounds update.
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ sku: `BENCH-${(assertCount += 1) % 5000}`, price: assertCount }) }),
        },
      ],
      ['patch', rotating(ids, (id, n) => ({ method: 'PATCH', path: `/v2/crm/products/${id}`, headers: headers(true), body: JSON.stringify({ price: n }) }))],
      ['get', rotating(ids, (id) => ({ method: 'GET', path: `/v2/crm/products/${id}`, headers: headers(false) }))],
    ];
    const figures: OperationFigures[] = [];
    for (const [operation, request] of plans) {
      const result = await autocannon({
        url: origin,
        connections: options.connections ?? 10,
        duration: options.durationSeconds ?? 3,
        requests: [request],
      });
      figures.push({
        operation,
        requestsPerSecond: Math.round(result.requests.average),
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
      });
    }
    return figures;
  } finally {
    await server.close();
  }
}

export function formatFigures(figures: readonly OperationFigures[]): string {
  const rows = [['operation', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors']];
  for (const f of figures) rows.push([f.operation, String(f.requestsPerSecond), String(f.latencyP50Ms), String(f.latencyP99Ms), String(f.non2xx), String(f.errors)]);
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  return rows.map((row) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ')).join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchReferenceServer();
  process.stdout.write(`Zeeg reference server (in memory, 10 connections, keep-alive)\n${formatFigures(figures)}\n`);
}
