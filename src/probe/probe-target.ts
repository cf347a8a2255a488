/**
 * Before a run: one request to the target, so an unreachable target fails in about two seconds
 * with one clear line instead of every test timing out. Any HTTP answer counts as reachable;
 * the checks judge what it says.
 */
import { Agent, request } from 'undici';
import { CrmcError } from '../core/errors.ts';
import { readBounded } from '../http/read-body.ts';

export const PROBE_TIMEOUT_MS = 2_000;

export interface ProbeResult {
  url: string;
  status: number;
  ms: number;
  /** The body is an HTML page (by its content-type or its first character), not JSON. */
  html?: boolean;
  /** The start of the body (what a refusal says about the settings). */
  body?: string;
}

/** Bytes of a probe's body read to tell JSON from an HTML page; the rest is discarded. */
const PROBE_BODY_BYTES = 4096;

function looksLikeHtml(contentType: string | string[] | undefined, body: string): boolean {
  return /\btext\/html\b/i.test(String(contentType ?? '')) || /^\s*</.test(body);
}

function reasonOf(error: unknown): string {
  const err = error as { code?: string; cause?: { code?: string; message?: string }; message?: string };
  const code = err.cause?.code ?? err.code;
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'ABORT_ERR' || err.message?.includes('aborted')) {
    return `no answer within ${PROBE_TIMEOUT_MS / 1000} s`;
  }
  return code ?? err.cause?.message ?? err.message ?? String(error);
}

/** How a probe reaches an API: its discovery path and how it carries the token. */
export interface ProbeAccess {
  discoveryPath(slug: string | undefined): string;
  credentials(token: string): Record<string, string>;
}

/** The URL probed: the discovery endpoint of the first object, or the API root. */
export function probeUrl(baseUrl: string, objects: readonly string[], access: ProbeAccess): string {
  return `${baseUrl}${access.discoveryPath(objects[0])}`;
}

/** `headers` are the run's custom headers (--header), sent with the probe as with every request. */
export async function probeTarget(baseUrl: string, objects: readonly string[], token: string, headers: Readonly<Record<string, string>>, access: ProbeAccess): Promise<ProbeResult> {
  const url = probeUrl(baseUrl, objects, access);
  const agent = new Agent({ connect: { timeout: PROBE_TIMEOUT_MS }, headersTimeout: PROBE_TIMEOUT_MS, bodyTimeout: PROBE_TIMEOUT_MS });
  const started = performance.now();
  try {
    const res = await request(url, {
      method: 'GET',
      headers: { ...headers, ...access.credentials(token), accept: 'application/json' },
      dispatcher: agent,
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    const body = await readBounded(res.body, PROBE_BODY_BYTES);
    const html = looksLikeHtml(res.headers['content-type'], body.text);
    return { url, status: res.statusCode, ms: Math.round(performance.now() - started), ...(html ? { html } : {}), ...(body.text === '' ? {} : { body: body.text }) };
  } catch (error) {
    throw new CrmcError('CRMC_TARGET_UNREACHABLE', `target unreachable: ${url} (${reasonOf(error)})`, { cause: error });
  } finally {
    void agent.destroy().catch(() => undefined);
  }
}

/**
 * What the probe's answer says about the settings rather than the target: a refused token or
 * an object that does not exist is almost always a typo, so the run stops (exit 2) with a
 * line that says which setting to check, instead of reporting every case as failed.
 */
export function settingsProblem(result: ProbeResult, object: string | undefined): CrmcError | undefined {
  if (result.status === 401 || result.status === 403) {
    return new CrmcError('CRMC_CONFIG_INVALID', `the target refused the token (${result.status}) for GET ${result.url}: check --token or CRM_TOKEN`);
  }
  if (result.status === 404 && object !== undefined) {
    return new CrmcError('CRMC_CONFIG_INVALID', `object "${object}" was not found on the target (404 for GET ${result.url}): check --object`);
  }
  return undefined;
}

/**
 * Probes the discovery of every object to test; stops at the first settings problem. `diagnose`
 * looks closer at an answer before it is blamed on a setting (the base URL check of a real target).
 */
export async function probeObjects(
  baseUrl: string,
  objects: readonly string[],
  token: string,
  headers: Readonly<Record<string, string>>,
  diagnose: ((result: ProbeResult, object: string | undefined, earlier: readonly ProbeResult[]) => Promise<CrmcError | undefined>) | undefined,
  access: ProbeAccess,
): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  for (const object of objects.length === 0 ? [undefined] : objects) {
    const result = await probeTarget(baseUrl, object === undefined ? [] : [object], token, headers, access);
    const problem = (await diagnose?.(result, object, results)) ?? settingsProblem(result, object);
    if (problem !== undefined) throw problem;
    results.push(result);
  }
  return results;
}
