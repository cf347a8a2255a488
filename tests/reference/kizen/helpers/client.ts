/**
 * A small HTTP client for the Kizen reference server tests: the three auth headers (the full
 * key by default) and one call per request on the shared core (common/fetch-reply.ts). Objects
 * are addressed by api name unless a test passes a UUID.
 */
import { BUSINESS_ID, FULL_API_KEY, USER_IDS } from '../../../../src/apis/kizen/reference/index.ts';
import { fetchReply, type Reply } from '../../common/fetch-reply.ts';

export type { Reply } from '../../common/fetch-reply.ts';

/** Header overrides; null leaves a header out. */
export interface AuthHeaders {
  key?: string | null;
  business?: string | null;
  user?: string | null;
}

export type Entry = { name: string; value: unknown } | { id: string; value: unknown };

export interface KizenClient {
  readonly url: string;
  call(method: string, path: string, body?: unknown, auth?: AuthHeaders): Promise<Reply>;
  add(object: string, fields: Entry[], extra?: Record<string, unknown>, auth?: AuthHeaders): Promise<Reply>;
  upsert(object: string, body: unknown, auth?: AuthHeaders): Promise<Reply>;
  lookup(object: string, identifier: string | null, auth?: AuthHeaders): Promise<Reply>;
  get(object: string, id: string, query?: string, auth?: AuthHeaders): Promise<Reply>;
  patch(object: string, id: string, body: unknown, query?: string, auth?: AuthHeaders): Promise<Reply>;
  archive(object: string, id: string, auth?: AuthHeaders): Promise<Reply>;
  unarchive(object: string, id: string, auth?: AuthHeaders): Promise<Reply>;
  object(identifier: string, auth?: AuthHeaders): Promise<Reply>;
  fields(objectPk: string, auth?: AuthHeaders): Promise<Reply>;
}

function headersFor(auth: AuthHeaders): Record<string, string> {
  const chosen = { 'x-api-key': auth.key === undefined ? FULL_API_KEY : auth.key, 'x-business-id': auth.business === undefined ? BUSINESS_ID : auth.business, 'x-user-id': auth.user === undefined ? USER_IDS[0]! : auth.user };
  return Object.fromEntries(Object.entries(chosen).filter((entry): entry is [string, string] => entry[1] !== null));
}

export function kizenClient(url: string): KizenClient {
  const call = (method: string, path: string, body?: unknown, auth: AuthHeaders = {}): Promise<Reply> =>
    fetchReply(`${url}${path}`, method, headersFor(auth), body === undefined ? undefined : JSON.stringify(body));
  const enc = encodeURIComponent;
  const records = (object: string) => `/api/records/${enc(object)}`;
  return {
    url,
    call,
    add: (object, fields, extra = {}, auth) => call('POST', `${records(object)}/add`, { fields, ...extra }, auth),
    upsert: (object, body, auth) => call('POST', `${records(object)}/upsert`, body, auth),
    lookup: (object, identifier, auth) => call('GET', `${records(object)}/lookup${identifier === null ? '' : `?identifier=${enc(identifier)}`}`, undefined, auth),
    get: (object, id, query = '', auth) => call('GET', `${records(object)}/${enc(id)}${query}`, undefined, auth),
    patch: (object, id, body, query = '', auth) => call('PATCH', `${records(object)}/${enc(id)}${query}`, body, auth),
    archive: (object, id, auth) => call('DELETE', `${records(object)}/${enc(id)}`, undefined, auth),
    unarchive: (object, id, auth) => call('PATCH', `${records(object)}/${enc(id)}/unarchive`, undefined, auth),
    object: (identifier, auth) => call('GET', `/api/custom-objects/${enc(identifier)}`, undefined, auth),
    fields: (objectPk, auth) => call('GET', `/api/custom-objects/${enc(objectPk)}/fields`, undefined, auth),
  };
}
