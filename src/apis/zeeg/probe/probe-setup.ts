/**
 * The pre-run probe of a real target (the embedded server needs none): besides reachability it
 * checks what the settings claim, so a mistake in the setup stops the run with exit 2 and one
 * line naming the setting, instead of a report that blames the server for it.
 *
 * - the base URL answers discovery (probe-base-url.ts);
 * - the read-only token, when given, can read: a 401/403 names --read-token;
 * - the token can write: one record is created and deleted again; a 401/403 names --token.
 *
 * Every other answer, and a request that fails on the way, is left to the suites to judge.
 */
import { CrmcError, isCrmcError } from '../../../core/errors.ts';
import { TargetClient, type Reply } from '../../../http/client.ts';
import { buildWorld } from '../model/world.ts';
import { discoverObject, fetchObject } from '../runtime/discover.ts';
import type { RunSettings } from '../../../runner/settings.ts';
import { withRequired } from '../runtime/required-fill.ts';
import { baseUrlProblem } from './probe-base-url.ts';
import { probeObjects } from '../../../probe/probe-target.ts';
import { attempt, probeClient, readTokenWrote } from '../../../probe/setup-plan.ts';
import { ZEEG_ACCESS } from './access.ts';

/** Step name of the probe's requests in the client's wire log. */
const STEP = 'probe';

function refused(reply: Reply): boolean {
  return reply.status === 401 || reply.status === 403;
}

/** GET discovery with the read-only token: refused means the token, not the target. */
export async function checkReadToken(client: TargetClient, slug: string, readToken: string): Promise<CrmcError | undefined> {
  const reply = await attempt(() => fetchObject(client, slug, STEP, readToken));
  if (reply === undefined || !refused(reply)) return undefined;
  return new CrmcError('CRMC_CONFIG_INVALID', `the target refused the read-only token (${reply.status} for GET ${reply.exchange.request.url}): check --read-token or CRM_READ_TOKEN`);
}

export interface WriteCheck {
  problem?: CrmcError;
  /** Said when the probe's record could not be deleted again. */
  warning?: string;
}

/** Deletes a record the probe created; a warning when it cannot. */
async function deleteProbeRecord(client: TargetClient, slug: string, reply: Reply): Promise<string | undefined> {
  const id = (reply.json as { record?: { id?: unknown } } | undefined)?.record?.id;
  if (typeof id !== 'string') return `warning: the probe created a record in "${slug}" but its reply names no id; delete it by hand`;
  const deleted = await attempt(() => client.send(STEP, { method: 'DELETE', path: `/crm/${encodeURIComponent(slug)}/${encodeURIComponent(id)}` }));
  if (deleted !== undefined && deleted.status >= 200 && deleted.status < 300) return undefined;
  return `warning: the probe could not delete its record ${id} in "${slug}" (${deleted === undefined ? 'no answer' : `DELETE answered ${deleted.status}`})`;
}

/**
 * Creates one record with a valid body (every required attribute filled) and deletes it; then
 * the same create with the read-only token, when one is given, must not go through.
 */
export async function checkWriteToken(client: TargetClient, settings: Pick<RunSettings, 'runId' | 'members' | 'readToken'>, slug: string): Promise<WriteCheck> {
  let world;
  try {
    world = buildWorld(await discoverObject(client, slug), new Map(), settings.members.map((m) => m.toLowerCase()));
  } catch (error) {
    if (isCrmcError(error)) return {};
    throw error;
  }
  const path = `/crm/${encodeURIComponent(slug)}`;
  const created = await attempt(() => client.send(STEP, { method: 'POST', path, json: withRequired(world, {}, `${settings.runId}-probe-`) }));
  if (created === undefined) return {};
  if (refused(created)) {
    return { problem: new CrmcError('CRMC_CONFIG_INVALID', `the target refused to create a record with the token (${created.status} for POST ${created.exchange.request.url}): check that --token (or CRM_TOKEN) may write (crm:write)`) };
  }
  if (created.status < 200 || created.status >= 300) return {};
  const warning = await deleteProbeRecord(client, slug, created);
  const readToken = settings.readToken;
  const wrote = readToken === undefined ? undefined : await attempt(() => client.send(STEP, { method: 'POST', path, json: withRequired(world, {}, `${settings.runId}-probe-read-`), token: readToken }));
  if (wrote !== undefined && wrote.status >= 200 && wrote.status < 300) {
    const read = readTokenWrote(wrote, await deleteProbeRecord(client, slug, wrote));
    return { warning: warning === undefined ? read : `${warning}\n${read}` };
  }
  return warning === undefined ? {} : { warning };
}

/** Runs every check against a real target; throws the first settings problem, returns warnings. */
export async function probeSetup(settings: RunSettings): Promise<string[]> {
  const headers = settings.headers ?? {};
  const diagnose = baseUrlProblem.bind(undefined, settings.baseUrl, settings.token, headers);
  await probeObjects(settings.baseUrl, settings.objects, settings.token, headers, diagnose, ZEEG_ACCESS);
  const slug = settings.objects[0];
  if (slug === undefined) return [];
  const client = probeClient(settings);
  try {
    const readProblem = settings.readToken === undefined ? undefined : await checkReadToken(client, slug, settings.readToken);
    if (readProblem !== undefined) throw readProblem;
    const write = await checkWriteToken(client, settings, slug);
    if (write.problem !== undefined) throw write.problem;
    return write.warning === undefined ? [] : [write.warning];
  } finally {
    await client.close();
  }
}
