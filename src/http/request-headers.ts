/**
 * The headers a client sends, and the same headers redacted for the wire log. A request without
 * headers of its own sends one of a few fixed sets (per credential, with or without a JSON body),
 * so those are built and redacted once per client and shared, frozen, by every exchange.
 */
import { redactHeaders } from './redact.ts';

export interface PreparedHeaders {
  /** What goes on the wire. */
  sent: Readonly<Record<string, string>>;
  /** What the wire log records: secret values replaced (see redact.ts). */
  logged: Readonly<Record<string, string>>;
}

export class RequestHeaders {
  private readonly plain = new Map<string | null, PreparedHeaders>();
  private readonly withJson = new Map<string | null, PreparedHeaders>();

  constructor(
    private readonly extra: Readonly<Record<string, string>>,
    private readonly credentialHeaders: (token: string) => Record<string, string>,
  ) {}

  /**
   * Headers for a request carrying `token` (null: no credential headers), a JSON body when
   * `json`, and `overrides` over the client's own (a value of '' removes that header).
   */
  prepare(token: string | null, json: boolean, overrides: Readonly<Record<string, string>> | undefined): PreparedHeaders {
    if (overrides !== undefined) return this.build(token, json, overrides);
    const cache = json ? this.withJson : this.plain;
    let prepared = cache.get(token);
    if (prepared === undefined) {
      const built = this.build(token, json, {});
      prepared = { sent: Object.freeze(built.sent), logged: Object.freeze(built.logged) };
      cache.set(token, prepared);
    }
    return prepared;
  }

  private build(token: string | null, json: boolean, overrides: Readonly<Record<string, string>>): { sent: Record<string, string>; logged: Record<string, string> } {
    const headers: Record<string, string> = { ...this.extra, accept: 'application/json' };
    if (token !== null) Object.assign(headers, this.credentialHeaders(token));
    for (const [name, value] of Object.entries(overrides)) {
      if (value === '') delete headers[name.toLowerCase()];
      else headers[name.toLowerCase()] = value;
    }
    if (json) headers['content-type'] = 'application/json';
    return { sent: headers, logged: redactHeaders(headers) };
  }
}
