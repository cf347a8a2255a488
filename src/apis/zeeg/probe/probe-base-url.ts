/**
 * Whether a discovery answer blames the base URL rather than the object: an HTML page where the
 * API answers JSON, or a 404 where the same request one level up, or with the version prefix
 * added, finds the object. Either stops the run (exit 2) with one line naming --base-url and the
 * root to use, instead of "object not found … check --object".
 */
import { CrmcError } from '../../../core/errors.ts';
import { probeTarget, type ProbeResult } from '../../../probe/probe-target.ts';
import { ZEEG_ACCESS } from './access.ts';

/** Zeeg's API root ends with its version (spec/zeeg/openapi.yaml: https://api.zeeg.me/v2). */
export const VERSION_PREFIX = '/v2';

const SETTING = '--base-url (or CRM_BASE_URL)';

/** Roots a mistyped base URL may have meant: with the version prefix, one level up, and one level up with it. */
export function candidateRoots(baseUrl: string): string[] {
  const url = new URL(baseUrl);
  const path = url.pathname.replace(/\/+$/, '');
  const parent = path.replace(/\/[^/]*$/, '');
  const roots = [`${path}${VERSION_PREFIX}`, ...(path === '' ? [] : [parent, `${parent}${VERSION_PREFIX}`])];
  const own = `${url.origin}${path}`;
  return [...new Set(roots.map((p) => `${url.origin}${p}`))].filter((root) => root !== own);
}

/** The first candidate root whose discovery of `object` answers 2xx with JSON, if any. */
async function answeringRoot(baseUrl: string, object: string, token: string, headers: Readonly<Record<string, string>>): Promise<{ root: string; result: ProbeResult } | undefined> {
  for (const root of candidateRoots(baseUrl)) {
    try {
      const result = await probeTarget(root, [object], token, headers, ZEEG_ACCESS);
      if (result.status >= 200 && result.status < 300 && result.html !== true) return { root, result };
    } catch {
      // A candidate that does not answer is simply not the root.
    }
  }
  return undefined;
}

/**
 * The base URL problem a discovery answer reveals, or undefined. A 404 is looked into only while
 * no earlier object answered: once one did, the base URL is right and the slug is wrong.
 */
export async function baseUrlProblem(
  baseUrl: string,
  token: string,
  headers: Readonly<Record<string, string>>,
  result: ProbeResult,
  object: string | undefined,
  earlier: readonly ProbeResult[],
): Promise<CrmcError | undefined> {
  if (result.status === 401 || result.status === 403) return undefined;
  if (result.html === true) {
    return new CrmcError('CRMC_CONFIG_INVALID', `${SETTING} is not the API root: GET ${result.url} answered an HTML page (${result.status}), not JSON; the root ends with its version prefix (…${VERSION_PREFIX})`);
  }
  if (result.status !== 404 || object === undefined || earlier.length > 0) return undefined;
  const found = await answeringRoot(baseUrl, object, token, headers);
  if (found === undefined) return undefined;
  return new CrmcError(
    'CRMC_CONFIG_INVALID',
    `${SETTING} is not the API root: GET ${result.url} answered 404, GET ${found.result.url} answered ${found.result.status}; use --base-url ${found.root} (the root ends with its version prefix, …${VERSION_PREFIX})`,
  );
}
