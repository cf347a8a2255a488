/**
 * Everything that differs per API, in one place: its spec and clause catalogue, its checks and
 * suites with the runtime they run on, its embedded reference server with the credentials and
 * objects that server serves, and how the CLI probes a target before a run. The engine, the
 * CLI and the reports only ever see this interface; `src/apis/<api>/index.ts` implements it.
 */
import type { ClauseCatalogue } from '../contract/clauses.ts';
import type { ApiName } from '../contract/load-spec.ts';
import type { CheckDef } from '../core/checks.ts';
import type { ProbeAccess } from '../probe/probe-target.ts';
import type { RunSettings } from '../runner/settings.ts';
import type { RunnableApi } from '../suites/suite-def.ts';

export interface ReferenceStart {
  port?: number;
  host?: string;
  faults?: string[];
  latencyMs?: number;
  /** `lenient`: the twin that takes the other permitted side of every open reading. */
  style?: 'reference' | 'lenient';
  log?: boolean | NodeJS.WritableStream;
  /** A JSON file the server loads and keeps its records in; an API whose server cannot throws CRMC_USAGE. */
  dataFile?: string;
}

export interface ReferenceTarget {
  /** Where the API's paths start (what --base-url names for a real target). */
  readonly url: string;
  readonly faults: readonly string[];
  close(): Promise<void>;
}

export interface EmbeddedTarget {
  start(options: ReferenceStart): Promise<ReferenceTarget>;
  faults: ReadonlyArray<{ name: string; clauses: readonly string[]; description: string }>;
  token: string;
  readToken: string;
  /** The objects a run tests when none are named, and the ids of members, of the embedded server. */
  objects: readonly string[];
  members: readonly string[];
  /** Settings only some APIs have (Kizen's business and user ids). */
  extra?: Partial<Pick<RunSettings, 'businessId' | 'userId'>>;
}

export interface CrmApi<Target = unknown> extends RunnableApi<Target> {
  name: ApiName;
  /** The spec's title and version, for the report's header. */
  spec: { title: string; version: string };
  clauses(): ClauseCatalogue;
  checks: readonly CheckDef[];
  reference: EmbeddedTarget;
  /** Before a run against a real target: throws the first setup mistake (exit 2), returns warnings. */
  probeSetup(settings: RunSettings): Promise<string[]>;
  /** How the reachability probe asks whether an object exists, and carries the token (and account ids). */
  probeAccess(settings: RunSettings): ProbeAccess;
  /** Settings a real target of this API cannot do without, with the flag and variable that give them. */
  needs?: ReadonlyArray<{ key: 'businessId' | 'userId'; flag: string; env: string }>;
}
