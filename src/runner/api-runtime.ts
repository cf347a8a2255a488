/**
 * What the engine needs from an API while a case runs: how a request carries the credential,
 * where a record lives (for clean-up), how an object under test is discovered and prepared,
 * and when its records may not be written. Each API implements it in runner/<api>/; the
 * session and the case runner only ever call this interface.
 */
import type { ApiName } from '../contract/load-spec.ts';
import type { CheckDef } from '../core/checks.ts';
import type { Session } from './session.ts';
import type { RunSettings } from './settings.ts';

export interface ApiRuntime<Target = unknown> {
  readonly api: ApiName;
  /** The API's OpenAPI document, when it is not this package's spec/<api>/openapi.yaml (an API a user brings). */
  readonly spec?: { path: string };
  /** The headers that carry a credential, e.g. a bearer token or an API key with account ids. */
  credentialHeaders(settings: RunSettings): (token: string) => Record<string, string>;
  /** Path of a record below the base URL; clean-up sends DELETE there. */
  recordPath(slug: string, id: string): string;
  /** Discovers an object and creates what its cases need (records to relate to, …). */
  prepare(session: Session, slug: string): Promise<Target>;
  /** Why no record of this object may be written, or undefined when it may. */
  blocked(target: Target): string | undefined;
  /**
   * The MUST check charged when one request of a running case gets no complete reply (timeout,
   * reset, cut or unparsable HTTP) while the target still answers others. Without it such a
   * reply ends the case with its transport error.
   */
  brokenReply?: CheckDef;
  /**
   * The MUST check charged for every 5xx reply of a case, wherever it appears (set-up, judged
   * steps, clean-up), besides whatever the case judged of that reply: a 5xx is never a
   * documented answer.
   */
  serverError?: CheckDef;
  /**
   * The records a successful write reply names (created or matched): clean-up deletes them at
   * the case's end even when the case expected the write to be refused, so a faulty target is
   * left as it was found. Records the case tracks itself keep the scope it gives them.
   */
  writtenRecords?(request: { method: string; path: string }, json: unknown): Array<{ slug: string; id: string }>;
}
