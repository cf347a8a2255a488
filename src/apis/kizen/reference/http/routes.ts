/**
 * The route table of the Kizen reference server and the matcher that resolves a method and path
 * to a handler, whether it writes, and its decoded path parameters. Literal segments (`add`,
 * `upsert`, `lookup`) come before the record id, so they win.
 */
import { addRecord } from '../handlers/add-record.ts';
import { archiveRecord, unarchiveRecord } from '../handlers/archive-record.ts';
import { getObject, listObjectFields } from '../handlers/discovery.ts';
import type { Handler } from '../handlers/handler.ts';
import { patchRecord } from '../handlers/patch-record.ts';
import { getRecord, lookupRecord } from '../handlers/read-record.ts';
import { upsertRecord } from '../handlers/upsert-record.ts';

export interface Endpoint {
  readonly writes: boolean;
  readonly handler: Handler;
}

interface Route {
  readonly template: string;
  readonly methods: Readonly<Record<string, Endpoint>>;
}

const reads = (handler: Handler): Endpoint => ({ writes: false, handler });
const writes = (handler: Handler): Endpoint => ({ writes: true, handler });

const ROUTES: readonly Route[] = [
  { template: '/api/custom-objects/:identifier', methods: { GET: reads(getObject) } },
  { template: '/api/custom-objects/:objectPk/fields', methods: { GET: reads(listObjectFields) } },
  { template: '/api/records/:object/add', methods: { POST: writes(addRecord) } },
  { template: '/api/records/:object/upsert', methods: { POST: writes(upsertRecord) } },
  { template: '/api/records/:object/lookup', methods: { GET: reads(lookupRecord) } },
  { template: '/api/records/:object/:id', methods: { GET: reads(getRecord), PATCH: writes(patchRecord), DELETE: writes(archiveRecord) } },
  { template: '/api/records/:object/:id/unarchive', methods: { PATCH: writes(unarchiveRecord) } },
];

export type RouteMatch =
  | { readonly kind: 'found'; readonly endpoint: Endpoint; readonly params: Record<string, string> }
  | { readonly kind: 'method-not-allowed'; readonly allow: readonly string[] }
  | { readonly kind: 'not-found' };

/** Path parameters when every segment of `template` fits `segments`, else undefined. */
function fit(template: string, segments: readonly string[]): Record<string, string> | undefined {
  const parts = template.split('/').slice(1);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  const fits = parts.every((part, i) => {
    const segment = segments[i] ?? '';
    if (!part.startsWith(':')) return part === segment;
    params[part.slice(1)] = segment;
    return segment !== '';
  });
  return fits ? params : undefined;
}

export function matchRoute(method: string, pathname: string): RouteMatch {
  let segments: string[];
  try {
    // No trailing slashes: the router has none, so an empty last segment matches nothing.
    segments = pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return { kind: 'not-found' };
  }
  for (const route of ROUTES) {
    const params = fit(route.template, segments);
    if (params === undefined) continue;
    const endpoint = route.methods[method];
    return endpoint === undefined ? { kind: 'method-not-allowed', allow: Object.keys(route.methods) } : { kind: 'found', endpoint, params };
  }
  return { kind: 'not-found' };
}
