/**
 * The requests of the HubSpot suites: paths of the 2026-03 operations (and their v3 twins), a create body (always
 * with `associations: []`, the form the create page marks required), and reads that ask for
 * every property the suites write.
 */
import type { Reply, SendOptions } from '../../../http/client.ts';
import type { HsWorld } from '../model/world.ts';
import type { Session } from '../../../runner/session.ts';

const enc = encodeURIComponent;

export const propertiesPath = (objectType: string) => `/crm/properties/2026-03/${enc(objectType)}`;
/** The schemas API of the same (2026-03) family: custom objects' requiredProperties (facts B7). */
export const schemaPath = (objectType: string) => `/crm-object-schemas/2026-03/schemas/${enc(objectType)}`;
export const objectsPath = (objectType: string) => `/crm/objects/2026-03/${enc(objectType)}`;
export const recordPath = (objectType: string, id: string) => `${objectsPath(objectType)}/${enc(id)}`;
export const upsertPath = (objectType: string) => `${objectsPath(objectType)}/batch/upsert`;

/** The same request on the v3 path family (/crm/v3/objects/...), which serves the same records (facts B2). */
export function onV3(request: SendOptions): SendOptions {
  return { ...request, path: request.path.replace(/^\/crm\/objects\/2026-03\//, '/crm/v3/objects/') };
}

export function createRequest(objectType: string, properties: Record<string, unknown>): SendOptions {
  return { method: 'POST', path: objectsPath(objectType), json: { properties, associations: [] } };
}

export function updateRequest(objectType: string, id: string, properties: Record<string, unknown>, idProperty?: string): SendOptions {
  return { method: 'PATCH', path: recordPath(objectType, id), json: { properties }, ...(idProperty === undefined ? {} : { query: { idProperty } }) };
}

export interface UpsertInputBody {
  id: string;
  idProperty?: string;
  properties: Record<string, unknown>;
}

export function upsertRequest(objectType: string, inputs: UpsertInputBody[], query?: Record<string, string>): SendOptions {
  return { method: 'POST', path: upsertPath(objectType), json: { inputs }, ...(query === undefined ? {} : { query }) };
}

/** The names a full read asks for: every property the suites write. */
export function readNames(world: HsWorld): string[] {
  return world.writable.map((p) => p.name);
}

/** GET of one record asking for every written property (by id, or by a unique idProperty). */
export function readRecord(session: Session, world: HsWorld, id: string, step: string, extra: Record<string, string> = {}, token?: string): Promise<Reply> {
  const query = { properties: readNames(world).join(','), ...extra };
  return session.client.send(step, { method: 'GET', path: recordPath(world.objectType, id), query, ...(token === undefined ? {} : { token }) });
}

/** The id an accepted create or upsert result names, if any. */
export function idOf(json: unknown): string | undefined {
  const id = (json as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
