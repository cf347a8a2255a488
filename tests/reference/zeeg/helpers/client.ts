/**
 * A small HTTP client for the Zeeg reference server tests: one call per request on the shared
 * core (common/fetch-reply.ts), with the write token unless a call says otherwise.
 */
import { WRITE_TOKEN } from '../../../../src/apis/zeeg/reference/index.ts';
import { bearerCall, type CallOptions, type Reply } from '../../common/fetch-reply.ts';

export type { CallOptions, Reply } from '../../common/fetch-reply.ts';

export interface ZeegClient {
  readonly url: string;
  call(method: string, path: string, body?: unknown, options?: CallOptions): Promise<Reply>;
  create(slug: string, body: unknown, options?: CallOptions): Promise<Reply>;
  assert(slug: string, matching: string | null, body: unknown, options?: CallOptions): Promise<Reply>;
  patch(slug: string, id: string, body: unknown, options?: CallOptions): Promise<Reply>;
  get(slug: string, id: string, options?: CallOptions): Promise<Reply>;
  remove(slug: string, id: string, options?: CallOptions): Promise<Reply>;
  relation(slug: string, id: string, body: unknown, options?: CallOptions): Promise<Reply>;
  discover(slug: string, options?: CallOptions): Promise<Reply>;
}

export function zeegClient(url: string): ZeegClient {
  const call = bearerCall(url, WRITE_TOKEN);
  const enc = encodeURIComponent;
  return {
    url,
    call,
    create: (slug, body, options) => call('POST', `/crm/${enc(slug)}`, body, options),
    assert: (slug, matching, body, options) =>
      call('PUT', `/crm/${enc(slug)}${matching === null ? '' : `?matchingAttribute=${enc(matching)}`}`, body, options),
    patch: (slug, id, body, options) => call('PATCH', `/crm/${enc(slug)}/${enc(id)}`, body, options),
    get: (slug, id, options) => call('GET', `/crm/${enc(slug)}/${enc(id)}`, undefined, options),
    remove: (slug, id, options) => call('DELETE', `/crm/${enc(slug)}/${enc(id)}`, undefined, options),
    relation: (slug, id, body, options) => call('PATCH', `/crm/${enc(slug)}/${enc(id)}/relation`, body, options),
    discover: (slug, options) => call('GET', `/crm/objects/${enc(slug)}`, undefined, options),
  };
}

let counter = 0;
/** A value no other test run has used, for unique attributes. */
export function uniqueValue(prefix = 'SKU'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}
