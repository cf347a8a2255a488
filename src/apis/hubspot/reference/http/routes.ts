/**
 * The route table of the HubSpot server and its matcher. Both path families lead to the same
 * handlers: /crm/objects/2026-03/... and /crm/properties/2026-03/... (the dated API) and
 * /crm/v3/objects/... and /crm/v3/properties/... (what HubSpot's SDK calls).
 */
import { archiveObject } from '../handlers/archive-object.ts';
import { batchUpsert } from '../handlers/batch-upsert.ts';
import { createObject } from '../handlers/create-object.ts';
import { getProperties } from '../handlers/get-properties.ts';
import { getSchema } from '../handlers/get-schema.ts';
import type { Handler } from '../handlers/handler.ts';
import { readObject } from '../handlers/read-object.ts';
import { updateObject } from '../handlers/update-object.ts';

/** The dated API version this server speaks beside v3. */
export const API_VERSION = '2026-03';

export interface Endpoint {
  /** Reads need the object type's read scope, writes its write scope. */
  readonly access: 'read' | 'write';
  readonly handler: Handler;
}

interface Route {
  /** Segments after the version; ':objectType' and ':objectId' are parameters. */
  readonly pattern: readonly string[];
  readonly methods: Readonly<Partial<Record<string, Endpoint>>>;
}

const read = (handler: Handler): Endpoint => ({ access: 'read', handler });
const write = (handler: Handler): Endpoint => ({ access: 'write', handler });

const ROUTES: readonly Route[] = [
  { pattern: ['properties', ':objectType'], methods: { GET: read(getProperties) } },
  { pattern: ['schemas', ':objectType'], methods: { GET: read(getSchema) } },
  { pattern: ['objects', ':objectType'], methods: { POST: write(createObject) } },
  { pattern: ['objects', ':objectType', 'batch', 'upsert'], methods: { POST: write(batchUpsert) } },
  {
    pattern: ['objects', ':objectType', ':objectId'],
    methods: { GET: read(readObject), PATCH: write(updateObject), DELETE: write(archiveObject) },
  },
];

export type RouteMatch =
  | { kind: 'found'; endpoint: Endpoint; objectType: string; objectId: string }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

/**
 * The segments after the version: `crm/v3/objects/x` and `crm/objects/2026-03/x` both give
 * `objects/x`; the schemas API lives at `crm-object-schemas/2026-03/schemas/x` (v3:
 * `crm/v3/schemas/x`).
 */
function routeSegments(pathname: string): string[] | undefined {
  let segments: string[];
  try {
    segments = pathname.split('/').filter((segment) => segment !== '').map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
  const [root, second, third, ...rest] = segments;
  if (root === 'crm-object-schemas') return second === API_VERSION && third === 'schemas' ? [third, ...rest] : undefined;
  if (root !== 'crm' || second === undefined || third === undefined) return undefined;
  if (second === 'v3') return [third, ...rest];
  return third === API_VERSION ? [second, ...rest] : undefined;
}

export function matchRoute(method: string, pathname: string): RouteMatch {
  const segments = routeSegments(pathname);
  if (segments === undefined) return { kind: 'not-found' };
  for (const route of ROUTES) {
    if (route.pattern.length !== segments.length) continue;
    const params = new Map<string, string>();
    const fits = route.pattern.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith(':')) params.set(part, segment);
      return part.startsWith(':') || part === segment;
    });
    if (!fits) continue;
    const endpoint = route.methods[method];
    if (endpoint === undefined) return { kind: 'method-not-allowed', allow: Object.keys(route.methods) };
    return { kind: 'found', endpoint, objectType: params.get(':objectType') ?? '', objectId: params.get(':objectId') ?? '' };
  }
  return { kind: 'not-found' };
}
