/**
 * A small HTTP client for the reference server tests: one call per request, the parsed JSON
 * body (or the raw text when it is not JSON), the status and the headers.
 */
import { WRITE_TOKEN } from '../../../../src/reference/zeeg/index.ts';

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: any;
}

export interface CallOptions {
  /** Bearer token; null sends no Authorization header. Defaults to the write token. */
  token?: string | null;
  /** Send this text as the body instead of JSON-encoding `body`. */
  raw?: string;
}

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
  const call = async (method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<Reply> => {
    const headers: Record<string, string> = {};
    const token = options.token === undefined ? WRITE_TOKEN : options.token;
    if (token !== null) headers['authorization'] = `Bearer ${token}`;
    let payload: string | undefined = options.raw;
    if (payload === undefined && body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${url}${path}`, { method, headers, body: payload });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };
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
