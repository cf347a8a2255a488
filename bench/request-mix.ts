/**
 * What a suite run sends, by kind of request: the reference server logs one line per request
 * ("METHOD /path status Nms"); a counting stream sorts the lines into the operations of the
 * Records API. The ceiling benchmark replays the same mix with autocannon.
 */
import { Writable } from 'node:stream';

export const OPERATIONS = ['create', 'assert', 'patch', 'get', 'delete', 'relation', 'discover', 'other'] as const;
export type Operation = (typeof OPERATIONS)[number];
export type RequestMix = Record<Operation, number>;

/** The operation a request line names. */
export function classify(method: string, url: string): Operation {
  const path = url.split('?')[0] ?? '';
  const parts = path.split('/').filter((p) => p !== '');
  // parts: v2, crm, <slug>[, <id>[, relation]]
  if (parts[1] !== 'crm') return 'other';
  if (parts[2] === 'objects') return method === 'GET' ? 'discover' : 'other';
  if (parts.length === 3) return method === 'POST' ? 'create' : method === 'PUT' ? 'assert' : 'other';
  if (parts.length === 5 && parts[4] === 'relation') return 'relation';
  if (parts.length !== 4) return 'other';
  return method === 'PATCH' ? 'patch' : method === 'GET' ? 'get' : method === 'DELETE' ? 'delete' : 'other';
}

export function emptyMix(): RequestMix {
  return Object.fromEntries(OPERATIONS.map((op) => [op, 0])) as RequestMix;
}

/** A stream to give the reference server as its `log`, and the counts it fills. */
export function countingLog(): { stream: Writable; mix: RequestMix } {
  const mix = emptyMix();
  let rest = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      const lines = (rest + String(chunk)).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const [method, url] = line.split(' ');
        if (method !== undefined && url !== undefined && url.startsWith('/')) mix[classify(method, url)] += 1;
      }
      done();
    },
  });
  return { stream, mix };
}

/** Shares of create / assert / patch / get among those four, summing to 1. */
export type Shares = Record<'create' | 'assert' | 'patch' | 'get', number>;

export function writeReadShares(mix: RequestMix): Shares {
  const total = mix.create + mix.assert + mix.patch + mix.get;
  const share = (n: number) => (total === 0 ? 0.25 : n / total);
  return { create: share(mix.create), assert: share(mix.assert), patch: share(mix.patch), get: share(mix.get) };
}
