/**
 * The route table of the Zeeg Records API under /v2 and the matcher that resolves a method
 * and path to a handler, its required scope and its decoded path parameters.
 */
import type { Scope } from '../fixtures.ts';
import { assertRecord } from '../handlers/assert-record.ts';
import { createRecord } from '../handlers/create-record.ts';
import { deleteRecord } from '../handlers/delete-record.ts';
import { discoverObject } from '../handlers/discover-object.ts';
import type { Handler } from '../handlers/handler.ts';
import { patchRecord } from '../handlers/patch-record.ts';
import { readRecord } from '../handlers/read-record.ts';
import { updateRelation } from '../handlers/update-relation.ts';

export interface Endpoint {
  readonly scope: Scope;
  readonly handler: Handler;
}

interface Route {
  /** Path segments; a segment starting with ':' is a parameter. */
  readonly pattern: readonly string[];
  readonly methods: Readonly<Partial<Record<string, Endpoint>>>;
}

const read = (handler: Handler): Endpoint => ({ scope: 'crm:read', handler });
const write = (handler: Handler): Endpoint => ({ scope: 'crm:write', handler });

/** First matching pattern wins, so the literal `objects` route comes before `:slug`. */
const ROUTES: readonly Route[] = [
  { pattern: ['v2', 'crm', 'objects', ':slug'], methods: { GET: read(discoverObject) } },
  { pattern: ['v2', 'crm', ':slug'], methods: { POST: write(createRecord), PUT: write(assertRecord) } },
  {
    pattern: ['v2', 'crm', ':slug', ':recordId'],
    methods: { GET: read(readRecord), PATCH: write(patchRecord), DELETE: write(deleteRecord) },
  },
  { pattern: ['v2', 'crm', ':slug', ':recordId', 'relation'], methods: { PATCH: write(updateRelation) } },
];

export type RouteMatch =
  | { kind: 'found'; endpoint: Endpoint; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

function splitPath(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').filter((segment) => segment !== '').map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

function matchPattern(pattern: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}

export function matchRoute(method: string, pathname: string): RouteMatch {
  const segments = splitPath(pathname);
  if (segments === undefined) return { kind: 'not-found' };
  for (const route of ROUTES) {
    const params = matchPattern(route.pattern, segments);
    if (params === undefined) continue;
    const endpoint = route.methods[method];
    if (endpoint === undefined) return { kind: 'method-not-allowed', allow: Object.keys(route.methods) };
    return { kind: 'found', endpoint, params };
  }
  return { kind: 'not-found' };
}
