/**
 * Everything that differs per API, in one place: its spec and clause catalogue, its checks and
 * suites with the runtime they run on, its embedded reference server with the credentials and
 * objects that server serves, and how the CLI probes a target before a run. The engine, the
 * CLI and the reports only ever see this interface; `src/apis/<api>/index.ts` implements it.
 */
import type { ClauseCatalogue } from '../contract/clauses.ts';
import type { ApiName, SpecInfo } from '../contract/load-spec.ts';
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
  /** The embedded server's value of each of the API's own settings, by key. */
  settings?: Readonly<Record<string, string>>;
}

/**
 * A setting only this API has (an account id sent in a header, say): how a user gives it and
 * where it goes. The CLI, the config file, the report's target and replay handle every API's
 * settings the same way, from this declaration; a run's values are in RunSettings.apiSettings.
 */
export interface ApiSetting {
  /** Key in RunSettings.apiSettings, in the config file and in the report's target. */
  key: string;
  /** Command-line flag, without the dashes. */
  flag: string;
  /** Environment variable. */
  env: string;
  /** What a value looks like in help ("ID") and what the setting is for, in one line. */
  placeholder: string;
  help: string;
  /** The problem with a value, or undefined when it is fine. */
  problem?(value: string): string | undefined;
  /** A real target of the API cannot do without it (exit 2 naming the flag when missing). */
  requiredForTarget: boolean;
  /** The report keeps it, so replay sends it again; false for anything secret. */
  inReport: boolean;
}

/** How the help pages describe an API's targets. */
export interface ApiAbout {
  /** Where its paths start, e.g. "https://api.zeeg.me/v2". */
  baseUrl: string;
  /** What --object names for it. */
  object: string;
  /** What --token is for it, when more than "a token that may write". */
  token?: string;
}

export interface CrmApi<Target = unknown> extends RunnableApi<Target> {
  name: ApiName;
  /** The spec's title and version, and the API version it judges, for the report's header. */
  spec: SpecInfo;
  clauses(): ClauseCatalogue;
  checks: readonly CheckDef[];
  reference: EmbeddedTarget;
  /** Before a run against a real target: throws the first setup mistake (exit 2), returns warnings. */
  probeSetup(settings: RunSettings): Promise<string[]>;
  /** How the reachability probe asks whether an object exists, and carries the token (and account ids). */
  probeAccess(settings: RunSettings): ProbeAccess;
  /** The API's own settings, beyond those every API has. */
  settings?: readonly ApiSetting[];
  about: ApiAbout;
}
