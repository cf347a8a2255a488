/**
 * `crm-conformance replay REPORT.json FINDING-ID`: re-runs one finding's exchanges and says
 * FIXED (exit 0) or STILL FAILING (exit 1); a finding whose expectation holds no status prints
 * the new response and UNDECIDED (exit 1). A bad report or unknown finding exits 2.
 */
import { CrmcError } from '../../core/errors.ts';
import { secretHeaderValues } from '../../http/redact.ts';
import { readReport } from '../../reporters/json-report.ts';
import { redactString } from '../../reporters/redact.ts';
import { stdoutOut } from '../console-output.ts';
import { listFlag, parseFlags, stringFlag } from '../parse-flags.ts';
import { parseHeaders } from '../parse-headers.ts';
import { judgeReplay, redactedHeaders, replayExchanges } from '../replay-exchanges.ts';
import { MAX_TIMEOUT_MS } from '../resolve-settings.ts';
import { parseBaseUrl, parseDuration, parseToken } from '../validate.ts';

export const REPLAY_FLAGS = {
  'base-url': { type: 'string' },
  token: { type: 'string' },
  'read-token': { type: 'string' },
  timeout: { type: 'string' },
  header: { type: 'string', multiple: true },
} as const;

export async function replayCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const flags = parseFlags('replay', args, REPLAY_FLAGS, 2);
  const [file, id] = flags.positionals;
  if (file === undefined || id === undefined) throw new CrmcError('CRMC_USAGE', 'replay needs REPORT.json and a FINDING-ID (see "crm-conformance help replay")');
  const report = readReport(file);
  const finding = report.findings.find((f) => f.id === id);
  if (finding === undefined) {
    const known = report.findings.map((f) => f.id).slice(0, 5).join(', ');
    throw new CrmcError('CRMC_USAGE', `no finding "${id}" in ${file}${known === '' ? ' (it has no findings)' : ` (e.g. ${known})`}`);
  }
  const baseRaw = stringFlag(flags, 'base-url') ?? env.CRM_BASE_URL;
  const to = baseRaw === undefined ? report.target.baseUrl : parseBaseUrl(baseRaw, { name: '--base-url', code: 'CRMC_USAGE' });
  const tokenRaw = stringFlag(flags, 'token') ?? env.CRM_TOKEN;
  const token = tokenRaw === undefined ? undefined : parseToken(tokenRaw, { name: '--token', code: 'CRMC_USAGE' });
  const readRaw = stringFlag(flags, 'read-token') ?? env.CRM_READ_TOKEN;
  const readToken = readRaw === undefined ? undefined : parseToken(readRaw, { name: '--read-token', code: 'CRMC_USAGE' });
  if (readToken === undefined && finding.exchanges.some((x) => x.request.auth === 'read')) {
    throw new CrmcError('CRMC_USAGE', `${id} was found with the read-only token: pass --read-token or set CRM_READ_TOKEN`);
  }
  const timeoutMs = parseDuration(stringFlag(flags, 'timeout') ?? '10s', { name: '--timeout', code: 'CRMC_USAGE' }, 1, MAX_TIMEOUT_MS);
  const needsToken = finding.exchanges.some((x) => Object.keys(x.request.headers).some((h) => h.toLowerCase() === 'authorization'));
  if (needsToken && token === undefined) throw new CrmcError('CRMC_USAGE', `${id} sends an Authorization header: pass --token or set CRM_TOKEN`);
  const headerLines = listFlag(flags, 'header');
  const headers = headerLines === undefined ? {} : parseHeaders(headerLines, { name: '--header', code: 'CRMC_USAGE' });
  const missing = redactedHeaders(finding.exchanges).filter((name) => headers[name] === undefined);
  if (missing.length > 0) throw new CrmcError('CRMC_USAGE', `${id} sent the ${missing[0]} header, redacted in the report: pass --header '${missing[0]}: …'`);

  const out = stdoutOut();
  const secrets = [token, readToken, ...secretHeaderValues(headers)].filter((t): t is string => t !== undefined);
  const safe = (text: string) => redactString(text, secrets);
  out.write(`replaying ${id} (${finding.exchanges.length} exchange${finding.exchanges.length === 1 ? '' : 's'}) against ${to}\n`);
  const replayed = await replayExchanges(finding.exchanges, report.target.baseUrl, to, { ...(token === undefined ? {} : { write: token }), ...(readToken === undefined ? {} : { read: readToken }) }, timeoutMs, headers);
  replayed.forEach((x, i) => {
    const answer = x.status === undefined ? `no response (${x.error ?? 'error'})` : `${x.status} (recorded ${x.recorded.response?.status ?? 'none'})`;
    out.write(`  ${i + 1}. ${x.recorded.request.method} ${safe(x.url)} → ${answer}\n`);
  });
  const judgement = judgeReplay(finding, replayed);
  if (judgement.verdict === 'undecided') {
    const last = replayed.at(-1);
    out.write(`response body:\n${safe(last?.body ?? '')}\n`);
  }
  const label = judgement.verdict === 'fixed' ? 'FIXED' : judgement.verdict === 'still-failing' ? 'STILL FAILING' : 'UNDECIDED';
  out.write(`${label}: ${id}: ${safe(judgement.reason)}\n`);
  return judgement.verdict === 'fixed' ? 0 : 1;
}
