/**
 * The core of the reference servers' test clients: send one request, read the whole body and
 * parse it as JSON, keeping the raw text when it is not JSON ('' when there is none). Each API's
 * client in tests/reference/<api>/helpers builds its paths and headers on top of this.
 */

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON, the raw text when the body is not JSON, '' when there is none. */
  body: any;
}

/** One request; a defined `body` is sent as is with content-type application/json. */
export async function fetchReply(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  const sent = body === undefined ? headers : { ...headers, 'content-type': 'application/json' };
  const response = await fetch(url, { method, headers: sent, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

export interface CallOptions {
  /** Bearer token; null sends no Authorization header. Defaults to the client's token. */
  token?: string | null;
  /** Send this text as the body instead of JSON-encoding `body`. */
  raw?: string;
}

export type BearerCall = (method: string, path: string, body?: unknown, options?: CallOptions) => Promise<Reply>;

/** A call for APIs that authenticate with a bearer token (Zeeg, HubSpot): paths below `url`. */
export function bearerCall(url: string, defaultToken: string): BearerCall {
  return (method, path, body, options = {}) => {
    const token = options.token === undefined ? defaultToken : options.token;
    const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
    const payload = options.raw ?? (body === undefined ? undefined : JSON.stringify(body));
    return fetchReply(`${url}${path}`, method, headers, payload);
  };
}
