/**
 * A small HTTP client for the HubSpot reference server tests: one call per request on the shared
 * core (common/fetch-reply.ts), with the write token unless a call says otherwise. Paths use the
 * 2026-03 family unless the client is made for v3.
 */
import { WRITE_TOKEN } from '../../../../src/apis/hubspot/reference/index.ts';
import { bearerCall, type CallOptions, type Reply } from '../../common/fetch-reply.ts';

export type { CallOptions, Reply } from '../../common/fetch-reply.ts';

export type Query = Record<string, string | string[]>;

export interface HubspotClient {
  readonly url: string;
  call(method: string, path: string, body?: unknown, options?: CallOptions): Promise<Reply>;
  properties(type: string, query?: Query, options?: CallOptions): Promise<Reply>;
  create(type: string, properties: Record<string, unknown>, options?: CallOptions): Promise<Reply>;
  read(type: string, id: string, query?: Query, options?: CallOptions): Promise<Reply>;
  update(type: string, id: string, properties: Record<string, unknown>, query?: Query, options?: CallOptions): Promise<Reply>;
  archive(type: string, id: string, options?: CallOptions): Promise<Reply>;
  upsert(type: string, inputs: unknown[], query?: Query, options?: CallOptions): Promise<Reply>;
}

function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const item of [value].flat()) params.append(name, item);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function hubspotClient(url: string, family: 'v3' | '2026-03' = '2026-03'): HubspotClient {
  const call = bearerCall(url, WRITE_TOKEN);
  const enc = encodeURIComponent;
  const objects = (type: string) => (family === 'v3' ? `/crm/v3/objects/${enc(type)}` : `/crm/objects/2026-03/${enc(type)}`);
  const props = (type: string) => (family === 'v3' ? `/crm/v3/properties/${enc(type)}` : `/crm/properties/2026-03/${enc(type)}`);
  return {
    url,
    call,
    properties: (type, query, options) => call('GET', `${props(type)}${queryString(query)}`, undefined, options),
    create: (type, properties, options) => call('POST', objects(type), { properties, associations: [] }, options),
    read: (type, id, query, options) => call('GET', `${objects(type)}/${enc(id)}${queryString(query)}`, undefined, options),
    update: (type, id, properties, query, options) => call('PATCH', `${objects(type)}/${enc(id)}${queryString(query)}`, { properties }, options),
    archive: (type, id, options) => call('DELETE', `${objects(type)}/${enc(id)}`, undefined, options),
    upsert: (type, inputs, query, options) => call('POST', `${objects(type)}/batch/upsert${queryString(query)}`, { inputs }, options),
  };
}

let counter = 0;
/** A value no other call in this process has used, for unique properties. */
export function uniqueValue(prefix = 'U'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

/** A unique email address, for the contacts' unique `email`. */
export function uniqueEmail(): string {
  return `${uniqueValue('person').toLowerCase()}@example.com`;
}
