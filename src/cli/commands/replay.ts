/**
 * `crm-conformance replay REPORT.json [FINDING-ID…]`: runs again the test cases that produced
 * the findings (every finding when none is named), with the report's seed and budget, against
 * the target, and lets the model judge the replies: FIXED (exit 0 when every finding is fixed)
 * or STILL FAILING / UNDECIDED (exit 1). A race is retried --attempts times. The replayed cases
 * delete what they created. A bad report, an unknown finding or a setup mistake exits 2.
 */
import { apiNamed } from '../../apis/index.ts';
import type { CrmApi } from '../../apis/crm-api.ts';
import { apiFlags, apiSettingValue, earlyFlags } from '../api-settings.ts';
import { CrmcError } from '../../core/errors.ts';
import type { Finding } from '../../core/findings.ts';
import { isSecretHeader, secretHeaderValues } from '../../http/redact.ts';
import type { RunReport } from '../../report/report-types.ts';
import { readReport } from '../../reporters/json-report.ts';
import { redactString } from '../../reporters/redact.ts';
import { DEFAULTS, newRunId, type RunSettings } from '../../runner/settings.ts';
import { replayFindings, type ReplayResult } from '../../suites/replay-finding.ts';
import { stdoutOut } from '../console-output.ts';
import { listFlag, parseFlags, stringFlag, type ParsedFlags } from '../parse-flags.ts';
import { parseHeaders } from '../parse-headers.ts';
import { MAX_TIMEOUT_MS } from '../resolve-settings.ts';
import { parseBaseUrl, parseDuration, parseInteger, parseList, parseToken } from '../validate.ts';

export const REPLAY_FLAGS = {
  'base-url': { type: 'string' },
  token: { type: 'string' },
  'read-token': { type: 'string' },
  timeout: { type: 'string' },
  header: { type: 'string', multiple: true },
  attempts: { type: 'string' },
  member: { type: 'string', multiple: true },
  api: { type: 'string' },
} as const;

/** How often a finding whose requests raced is replayed before it counts as fixed. */
export const DEFAULT_RACE_ATTEMPTS = 5;

const LABEL = { fixed: 'FIXED', 'still-failing': 'STILL FAILING', undecided: 'UNDECIDED' } as const;

function chosenFindings(report: RunReport, file: string, ids: readonly string[]): Finding[] {
  if (ids.length === 0) {
    if (report.findings.length === 0) throw new CrmcError('CRMC_USAGE', `${file} has no findings to replay`);
    return report.findings;
  }
  return ids.map((id) => {
    const finding = report.findings.find((f) => f.id === id);
    if (finding !== undefined) return finding;
    const known = report.findings.map((f) => f.id).slice(0, 5).join(', ');
    throw new CrmcError('CRMC_USAGE', `no finding "${id}" in ${file}${known === '' ? ' (it has no findings)' : ` (e.g. ${known})`}`);
  });
}

/** The settings of the replayed cases: the report's run, with the target and tokens given now. */
function replaySettings(report: RunReport, flags: ParsedFlags, env: NodeJS.ProcessEnv, findings: readonly Finding[], api: CrmApi): RunSettings {
  const baseRaw = stringFlag(flags, 'base-url') ?? env.CRM_BASE_URL;
  if (baseRaw === undefined && report.target.embedded) {
    throw new CrmcError('CRMC_USAGE', 'the report was made against the embedded reference server, which ended with its run: pass --base-url of the server to replay against (e.g. one started with "crm-conformance serve")');
  }
  const baseUrl = baseRaw === undefined ? report.target.baseUrl : parseBaseUrl(baseRaw, { name: '--base-url', code: 'CRMC_USAGE' });
  const tokenRaw = stringFlag(flags, 'token') ?? env.CRM_TOKEN;
  if (tokenRaw === undefined) throw new CrmcError('CRMC_USAGE', 'replay writes to the target: pass --token or set CRM_TOKEN');
  const readRaw = stringFlag(flags, 'read-token') ?? env.CRM_READ_TOKEN;
  const usedRead = findings.find((f) => f.exchanges.some((x) => x.request.auth === 'read'));
  if (readRaw === undefined && usedRead !== undefined) throw new CrmcError('CRMC_USAGE', `${usedRead.id} was found with the read-only token: pass --read-token or set CRM_READ_TOKEN`);
  const headerLines = listFlag(flags, 'header');
  const members = listFlag(flags, 'member');
  const settings: RunSettings = {
    api: report.api as RunSettings['api'],
    baseUrl,
    embedded: false,
    token: parseToken(tokenRaw, { name: '--token', code: 'CRMC_USAGE' }),
    objects: [...report.target.objects],
    members: members === undefined ? [...(report.target.members ?? [])] : parseList(members, { name: '--member', code: 'CRMC_USAGE' }, 'uuid'),
    seed: report.run.seed,
    runs: report.run.runs,
    strict: false,
    only: [],
    timeoutMs: parseDuration(stringFlag(flags, 'timeout') ?? '10s', { name: '--timeout', code: 'CRMC_USAGE' }, 1, MAX_TIMEOUT_MS),
    concurrency: DEFAULTS.concurrency,
    runId: newRunId(),
  };
  if (readRaw !== undefined) settings.readToken = parseToken(readRaw, { name: '--read-token', code: 'CRMC_USAGE' });
  if (headerLines !== undefined) settings.headers = parseHeaders(headerLines, { name: '--header', code: 'CRMC_USAGE' });
  // The API's own settings: given now, else the run's as the report keeps them.
  const own = { ...report.target.apiSettings };
  for (const setting of api.settings ?? []) {
    const given = stringFlag(flags, setting.flag) ?? env[setting.env];
    if (given !== undefined) own[setting.key] = apiSettingValue(setting, given, { name: stringFlag(flags, setting.flag) === undefined ? setting.env : `--${setting.flag}`, code: 'CRMC_USAGE' });
  }
  if (Object.keys(own).length > 0) settings.apiSettings = own;
  return settings;
}

/** A secret header the run sent (other than the API's credential) must be given again: the report holds a placeholder. */
function checkHeaders(settings: RunSettings, findings: readonly Finding[], credentials: readonly string[]): void {
  for (const finding of findings) {
    for (const exchange of finding.exchanges) {
      for (const name of Object.keys(exchange.request.headers).map((n) => n.toLowerCase())) {
        if (!isSecretHeader(name) || credentials.includes(name) || settings.headers?.[name] !== undefined) continue;
        throw new CrmcError('CRMC_USAGE', `${finding.id} sent the ${name} header, redacted in the report: pass --header '${name}: …'`);
      }
    }
  }
}

function resultLines(result: ReplayResult, safe: (text: string) => string): string[] {
  const { finding } = result;
  const race = result.racy ? ` (a race: ${result.attempts.length} attempt${result.attempts.length === 1 ? '' : 's'})` : '';
  return [`${LABEL[result.verdict]}: ${finding.id}${race}: ${safe(result.reason)}`];
}

export async function replayCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const early = earlyFlags(args);
  if (early.positionals[0] === undefined) throw new CrmcError('CRMC_USAGE', 'replay needs REPORT.json and optionally FINDING-IDs (see "crm-conformance help replay")');
  const report = readReport(early.positionals[0]);
  // The report names its API; one a user brought is loaded again from --api.
  const api = await apiNamed(early.api ?? report.api);
  if (api.name !== report.api) throw new CrmcError('CRMC_USAGE', `--api: ${early.api} is the API "${api.name}", but the report is of "${report.api}"`);
  const flags = parseFlags('replay', args, { ...REPLAY_FLAGS, ...apiFlags(api) }, Number.MAX_SAFE_INTEGER);
  const [file, ...ids] = flags.positionals as [string, ...string[]];
  const findings = chosenFindings(report, file, ids);
  const settings = replaySettings(report, flags, env, findings, api);
  checkHeaders(settings, findings, Object.keys(api.runtime.credentialHeaders(settings)('x')));
  const attemptsRaw = stringFlag(flags, 'attempts');
  const attempts = attemptsRaw === undefined ? DEFAULT_RACE_ATTEMPTS : parseInteger(attemptsRaw, { name: '--attempts', code: 'CRMC_USAGE' }, 1, 100);
  await api.probeSetup(settings);

  const out = stdoutOut();
  const secrets = [settings.token, settings.readToken, ...secretHeaderValues(settings.headers)].filter((t): t is string => t !== undefined);
  const safe = (text: string) => redactString(text, secrets);
  out.write(`replaying ${findings.length} finding${findings.length === 1 ? '' : 's'} of ${file} against ${safe(settings.baseUrl)} (seed ${settings.seed}, ${settings.runs} runs)\n`);
  const results = await replayFindings(settings, api, findings, attempts);
  for (const result of results) for (const line of resultLines(result, safe)) out.write(`${line}\n`);
  const leftovers = results.flatMap((r) => r.leftovers);
  for (const left of leftovers) out.write(`warning: record ${left.recordId} of ${left.objectSlug} could not be deleted: ${safe(left.reason)}\n`);
  if (ids.length === 0 || results.length > 1) {
    const count = (v: ReplayResult['verdict']) => results.filter((r) => r.verdict === v).length;
    out.write(`${count('fixed')} fixed, ${count('still-failing')} still failing, ${count('undecided')} undecided\n`);
  }
  return results.every((r) => r.verdict === 'fixed') ? 0 : 1;
}
