/**
 * HubSpot's side of a session: bearer credentials, where a record lives (archive is the
 * clean-up), and `prepare`, which reads the object type's properties (facts B1) and its
 * schema's required properties (facts B7) and turns them into the model's world. A type the
 * suites cannot write is blocked with the reason.
 */
import type { HsProbe } from '../checks/probe.ts';
import { HUBSPOT_SERVER_ERROR } from '../checks/surface-checks.ts';
import { CrmcError } from '../../../core/errors.ts';
import { bearer, type Reply } from '../../../http/client.ts';
import { buildWorld, type HsWorld } from '../model/world.ts';
import type { ApiRuntime } from '../../../runner/api-runtime.ts';
import type { Session } from '../../../runner/session.ts';
import { propertiesPath, recordPath, schemaPath } from './requests.ts';
import { judgeOf } from '../../../checks/judge.ts';

export interface HubspotTarget {
  objectType: string;
  world: HsWorld;
  /** The discovery reply's results, as listed. */
  discovered: unknown[];
  blocked?: string;
}

/** GET properties discovery; `token` overrides the write token (null sends none). */
export function fetchProperties(session: Session, objectType: string, step: string, query?: Record<string, string>, token?: string | null): Promise<Reply> {
  return session.client.send(step, { method: 'GET', path: propertiesPath(objectType), ...(query === undefined ? {} : { query }), ...(token === undefined ? {} : { token }) });
}

export function resultsOf(reply: Reply): unknown[] | undefined {
  const results = (reply.json as { results?: unknown } | undefined)?.results;
  return reply.status === 200 && Array.isArray(results) ? results : undefined;
}

/**
 * The requiredProperties of the type's schema (facts B7), or none when the schemas API does not
 * serve the type (standard objects such as contacts answer 404 or 403 there); a create refused
 * for a property the suites did not send still teaches them (execute.ts).
 */
async function requiredProperties(session: Session, objectType: string): Promise<string[]> {
  const reply = await session.client.send('schema', { method: 'GET', path: schemaPath(objectType) });
  const listed = (reply.json as { requiredProperties?: unknown } | undefined)?.requiredProperties;
  return reply.status === 200 && Array.isArray(listed) ? listed.filter((name): name is string => typeof name === 'string') : [];
}

async function prepare(session: Session, objectType: string): Promise<HubspotTarget> {
  const reply = await fetchProperties(session, objectType, 'discovery');
  const results = resultsOf(reply);
  if (results === undefined) {
    throw new CrmcError('CRMC_DISCOVERY_FAILED', `properties discovery of "${objectType}" answered ${reply.status} without { results }`);
  }
  const world = buildWorld(objectType, results, await requiredProperties(session, objectType));
  const blocked = world.writable.length === 0 ? `"${objectType}" lists no property the suites can write (writable per modificationMetadata, of a documented type)` : undefined;
  return { objectType, world, discovered: results, ...(blocked === undefined ? {} : { blocked }) };
}

export function probeOf(session: Session, target: Pick<HubspotTarget, 'world'>): HsProbe {
  return judgeOf(session, target.world);
}

/** A probe for cases that judge discovery itself, before any world is known. */
export function rawProbeOf(session: Session, objectType: string): HsProbe {
  return probeOf(session, { world: buildWorld(objectType, []) });
}

export const hubspotRuntime: ApiRuntime<HubspotTarget> = {
  api: 'hubspot',
  credentialHeaders: () => bearer,
  recordPath,
  prepare,
  blocked: (target) => target.blocked,
  serverError: HUBSPOT_SERVER_ERROR,
  // A create or update answers with the object ({ id }), a batch upsert with { results: [{ id }] }.
  writtenRecords: ({ method, path }, json) => {
    const match = /^\/crm\/(?:objects\/2026-03|v3\/objects)\/([^/]+)(\/batch\/upsert|\/[^/]+)?$/.exec(path);
    const update = match?.[2] !== undefined && match[2] !== '/batch/upsert';
    if (match === null || method !== (update ? 'PATCH' : 'POST')) return [];
    const reply = json as { id?: unknown; results?: Array<{ id?: unknown }> } | undefined;
    const ids = match[2] !== '/batch/upsert' ? [reply?.id] : Array.isArray(reply?.results) ? reply.results.map((r) => r?.id) : [];
    return ids.filter((id): id is string => typeof id === 'string').map((id) => ({ slug: decodeURIComponent(match[1]!), id }));
  },
};
