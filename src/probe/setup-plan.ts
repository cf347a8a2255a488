/**
 * The setup probe every API shares, before a run against a real target: the base URL is the
 * API's root (a known suffix too many or too few is named with the root to use), the account
 * settings and the token are accepted, the objects exist, the read-only token can read and
 * cannot write, and the token can write. Each mistake stops the run with exit 2 and one line
 * naming the flag and its variable. What the probe writes, it deletes.
 *
 * An API describes itself in a SetupPlan: its discovery access, one write that a token allowed
 * to write gets past authorization with (its body need not be valid: a 400 says the same), where
 * a record it created lives, the suffixes a base URL may wrongly carry, and what a refusal's body
 * says about settings besides the token.
 */
import { CrmcError, isCrmcError } from '../core/errors.ts';
import { TargetClient, type Reply } from '../http/client.ts';
import type { RunSettings } from '../runner/settings.ts';
import { probeObjects, probeTarget, settingsProblem, type ProbeAccess, type ProbeResult } from './probe-target.ts';

export interface SetupPlan {
  access: ProbeAccess;
  /** A write to the object (the probe's token decides whether it may go through). */
  write(object: string, runId: string): { method: 'POST'; path: string; json: unknown };
  /** Where the record a successful write created lives, to delete it; undefined when the reply names none. */
  createdPath(object: string, json: unknown): string | undefined;
  /** Path endings a base URL may wrongly carry (HubSpot's /crm/v3, Kizen's /api), longest first. */
  rootSuffixes: readonly string[];
  /** Path endings the root itself has, which a base URL may lack (Zeeg's /v2). */
  rootEnding?: string;
  /** The setting a refusal's body blames besides the token (Kizen: the business id), as "--flag (or VARIABLE)". */
  refusalSetting?(body: string): string | undefined;
}

const STEP = 'probe';
const BASE_URL = '--base-url (or CRM_BASE_URL)';

const refused = (status: number) => status === 401 || status === 403;
const ok = (status: number) => status >= 200 && status < 300;

/** Roots a mistyped base URL may have meant: without a suffix it should not carry, or with the ending it lacks. */
export function rootCandidates(baseUrl: string, plan: Pick<SetupPlan, 'rootSuffixes' | 'rootEnding'>): string[] {
  const url = new URL(baseUrl);
  const path = url.pathname.replace(/\/+$/, '');
  const stripped = plan.rootSuffixes.filter((suffix) => path.endsWith(suffix)).map((suffix) => path.slice(0, -suffix.length));
  const ending = plan.rootEnding === undefined || path.endsWith(plan.rootEnding) ? [] : [`${path}${plan.rootEnding}`];
  return [...new Set([...stripped, ...ending].map((p) => `${url.origin}${p}`))].filter((root) => root !== `${url.origin}${path}`);
}

/** A base URL that is not the root: a 404 or an HTML page where a candidate root answers the same discovery. */
async function baseUrlProblem(settings: RunSettings, plan: SetupPlan, result: ProbeResult, object: string | undefined): Promise<CrmcError | undefined> {
  if (result.status !== 404 && result.html !== true) return undefined;
  for (const root of rootCandidates(settings.baseUrl, plan)) {
    const found = await probeTarget(root, object === undefined ? [] : [object], settings.token, settings.headers ?? {}, plan.access).catch(() => undefined);
    if (found !== undefined && ok(found.status) && found.html !== true) {
      return new CrmcError('CRMC_CONFIG_INVALID', `${BASE_URL} is not the API root: GET ${result.url} answered ${result.status}${result.html === true ? ' (an HTML page)' : ''}, GET ${found.url} answered ${found.status}; use --base-url ${root}`);
    }
  }
  return undefined;
}

/** A refused token whose body blames another setting names that one too. */
function refusalProblem(plan: SetupPlan, result: ProbeResult): CrmcError | undefined {
  if (!refused(result.status)) return undefined;
  const other = plan.refusalSetting?.(result.body ?? '');
  if (other === undefined) return undefined;
  return new CrmcError('CRMC_CONFIG_INVALID', `the target refused the call (${result.status} for GET ${result.url}) and blames the account: check ${other}`);
}

/** A reply, or undefined when the request failed on the way (the suites will meet it again). */
export async function attempt(send: () => Promise<Reply>): Promise<Reply | undefined> {
  try {
    return await send();
  } catch (error) {
    if (isCrmcError(error)) return undefined;
    throw error;
  }
}

/** Deletes what a probe write created; a warning when it cannot. */
async function undo(client: TargetClient, plan: SetupPlan, object: string, reply: Reply): Promise<string | undefined> {
  const path = plan.createdPath(object, reply.json);
  if (path === undefined) return `warning: the probe created a record in "${object}" but its reply names no id; delete it by hand`;
  const deleted = await attempt(() => client.send(STEP, { method: 'DELETE', path }));
  if (deleted !== undefined && ok(deleted.status)) return undefined;
  return `warning: the probe could not delete its record ${path} (${deleted === undefined ? 'no answer' : `DELETE answered ${deleted.status}`})`;
}

/**
 * The tokens' rights: the read-only token reads; the token may write; and when the probe's write
 * went through with the token, the same write with the read-only token should not (a write the
 * token could not complete says nothing about the other token's rights).
 */
async function checkTokens(client: TargetClient, settings: RunSettings, plan: SetupPlan, object: string): Promise<string[]> {
  const warnings: string[] = [];
  const write = plan.write(object, settings.runId);
  const readToken = settings.readToken;
  if (readToken !== undefined) {
    const read = await attempt(() => client.send(STEP, { method: 'GET', path: plan.access.discoveryPath(object), token: readToken }));
    if (read !== undefined && refused(read.status)) {
      throw new CrmcError('CRMC_CONFIG_INVALID', `the target refused the read-only token (${read.status} for GET ${read.exchange.request.url}): check --read-token or CRM_READ_TOKEN`);
    }
  }
  const created = await attempt(() => client.send(STEP, write));
  if (created !== undefined && refused(created.status)) {
    throw new CrmcError('CRMC_CONFIG_INVALID', `the target refused to create a record with the token (${created.status} for ${write.method} ${created.exchange.request.url}): check that --token (or CRM_TOKEN) may write`);
  }
  if (created === undefined || !ok(created.status)) return warnings;
  const undone = await undo(client, plan, object, created);
  if (undone !== undefined) warnings.push(undone);
  if (readToken === undefined) return warnings;
  const wrote = await attempt(() => client.send(STEP, { ...write, token: readToken }));
  if (wrote === undefined || !ok(wrote.status)) return warnings;
  const left = await undo(client, plan, object, wrote);
  return [...warnings, readTokenWrote(wrote, left)];
}

/**
 * A read-only token whose write went through is a warning, not a stop: a token that may write
 * is a setup mistake, but a target that ignores the token's scope is a real finding the suites
 * must still report (exit 1), and the probe cannot tell the two apart.
 */
export function readTokenWrote(wrote: Reply, left: string | undefined): string {
  const tail = left === undefined ? '' : `; ${left.replace(/^warning: /, '')}`;
  const { method, url } = wrote.exchange.request;
  return `warning: the target let the read-only token write (${wrote.status} for ${method} ${url}): if --read-token (or CRM_READ_TOKEN) may write, give one that may only read; if it may only read, the target ignores its scope and the suites report it${tail}`;
}

/** One connection to the target for the probe's own requests, with the run's headers and tokens. */
export function probeClient(settings: RunSettings, credentialHeaders?: (token: string) => Record<string, string>): TargetClient {
  return new TargetClient({
    baseUrl: settings.baseUrl,
    token: settings.token,
    timeoutMs: settings.timeoutMs,
    connections: 1,
    headers: settings.headers ?? {},
    ...(credentialHeaders === undefined ? {} : { credentialHeaders }),
    ...(settings.readToken === undefined ? {} : { readToken: settings.readToken }),
  });
}

/** Runs every check of the plan against a real target; throws the first setup mistake, returns warnings. */
export async function probeSetupWith(settings: RunSettings, plan: SetupPlan): Promise<string[]> {
  const headers = settings.headers ?? {};
  const diagnose = async (result: ProbeResult, object: string | undefined, earlier: readonly ProbeResult[]) =>
    (earlier.length === 0 ? await baseUrlProblem(settings, plan, result, object) : undefined) ?? refusalProblem(plan, result) ?? settingsProblem(result, object);
  await probeObjects(settings.baseUrl, settings.objects, settings.token, headers, diagnose, plan.access);
  const object = settings.objects[0];
  if (object === undefined) return [];
  const client = probeClient(settings, plan.access.credentials);
  try {
    return await checkTokens(client, settings, plan, object);
  } finally {
    await client.close();
  }
}
