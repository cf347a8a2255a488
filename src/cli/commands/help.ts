/**
 * Help texts: an overview and one page per command, all of them the same for every API; the
 * `apis` page lists the APIs of the registry, with what their targets look like and their own
 * settings, read from each CrmApi.
 */
import type { CrmApi } from '../../apis/crm-api.ts';

export const OVERVIEW = `crm-conformance: conformance suite for CRM record APIs (the APIs it tests: crm-conformance help apis)

Usage: crm-conformance <command> [flags]

Commands:
  run       test a target (or the embedded reference server) and write the reports
  serve     run the reference server as a local emulator
  replay    re-run one finding of a report against a target
  merge     merge shard reports into one
  help      show help for a command, or "help apis" for the APIs and their own settings

Flags: --help, --version
Exit codes: 0 conformant, 1 findings (or, with --strict, skipped MUST clauses) fail the run,
2 incomplete (MUST clauses not exercised), usage/config/unreachable target/broken report.
`;

export const COMMAND_HELP: Record<string, string> = {
  run: `Usage: crm-conformance run [flags]

Without --base-url (or CRM_BASE_URL) the API's embedded reference server is started and tested.

  --api NAME          the API the target implements (see "help apis"), or the path of a
                      module exporting a CrmApi                                (env CRM_API)
  --base-url URL      where the API's paths start (see "help apis")            (env CRM_BASE_URL)
  --token T           token that may write                                       (env CRM_TOKEN)
  --read-token T      token that may only read, for the scope checks            (env CRM_READ_TOKEN)
  --object SLUG       object to test (repeatable), in the API's own terms (see "help apis")
  --member UUID       organization member for user attributes (repeatable)
  --seed N            seed of every random choice (default: random, printed)
  --run-id ID         prefix of the run's unique values (default: random); with the seed it fixes every request
  --runs N            property runs per property (default 25)
  --strict            SHOULD findings fail the run too, and so do MUST clauses the run
                      selected but skipped
  --allow-untested    exit 0 although selected MUST clauses were not exercised; the
                      verdict still says INCOMPLETE                          (env CRM_ALLOW_UNTESTED)
  --only ID           clause id or check code to run (repeatable)
  --timeout DURATION  per-request timeout, e.g. 500ms, 30s, 2m (default 10s)     (env CRM_TIMEOUT)
  --concurrency N     test cases in flight at once, across all suites (default 16)
  --rate R            at most R requests in any one second, for the whole run
                      (an integer from 1 to 10000; default: unpaced)                (env CRM_RATE)
  --report-dir DIR    where reports go (default reports/<timestamp>/, with reports/latest)
  --shard i/n         run the i-th of n shards (merge them with "merge")
  --max-time DURATION deadline for the suites, from their first request          (env CRM_MAX_TIME)
  --max-failures N    stop once N finding groups fail the run (exit 1, the report says so)
  --header 'N: V'     header sent on every request, e.g. a gateway key (repeatable);
                      values of names with key, token, secret, auth, session, cookie,
                      password or signature never reach a report
  --config FILE       config file (default crm-conformance.config.ts or .json in the working directory)
  --quiet             print only the final summary line
  --runner NAME       engine (default: the cases run in this process) or vitest
                      (the same cases as vitest tests; a few seconds more start-up)  (env CRM_RUNNER)
  An API's own settings ("help apis") are flags, environment variables and config keys too.

A DURATION is a number with a unit (ms, s, m, h); a bare number is milliseconds.
A 429 answer pauses every request of the run for its Retry-After (at most 5 s; 1 s without
one); a request is retried twice, then its 429 is judged. The report counts the 429s and the
time requests waited.
Before the suites start, a real target is probed: a token that cannot write (what the probe
creates it deletes), a read-only token it refuses (one that can write is a warning), an API's own
setting it refuses, or a base URL that is not the API root stops the run with exit 2 and one line
naming the setting.
Precedence: flags > environment > config file > defaults.
`,
  serve: `Usage: crm-conformance serve [--api NAME] [--port 4010] [--host 127.0.0.1] [--log]
                             [--latency DURATION] [--data FILE] [--fault NAME]... [--style reference|lenient]

Serves an API's reference server (default: the first API of "help apis") until Ctrl+C. --port 0
picks a free port. --latency holds every reply that long, to act like a distant API. --data FILE
keeps records across restarts (where the API's server can). --fault switches on a documented
deviation (repeatable).
--style lenient serves the lenient twin: where the pages permit two answers it gives the other
one, and its replies carry only the members each page requires. Both styles conform.
`,
  replay: `Usage: crm-conformance replay REPORT.json [FINDING-ID...] [--base-url URL] [--token T] [--read-token T]
                             [--attempts N] [--timeout DURATION] [--header 'Name: value']...
                             [--member UUID]... [--api NAME] [the API's own settings]

Runs again the test case that produced each finding (every finding when none is named), with
the report's seed and budget, against the report's target or --base-url (required for a
report of the embedded server), and judges every reply with the model: STILL FAILING when the
finding's check fails again, FIXED when it passes, UNDECIDED when the case could not judge it.
A race (writes in flight together) is run --attempts times (default 5) and is FIXED only if no
attempt fails. The replayed cases delete what they wrote. Tokens come from --token / CRM_TOKEN
and --read-token / CRM_READ_TOKEN; a header the report holds only as [REDACTED] must be given
again with --header. The API's own settings are the report's unless given again; an API
brought as a module is named again with --api PATH. Exit 0 when every finding is FIXED, 1
otherwise, 2 on a setup mistake.
`,
  merge: `Usage: crm-conformance merge DIR... [--report-dir OUT] [--quiet]

Merges shard reports (directories holding report.json) into one report with every format.
Exits with the merged verdict: 0 conformant, 1 findings fail the run, 2 a shard is missing.
Refuses (exit 2) reports of different targets, APIs, tool or spec versions, seeds, run ids
or shard counts, and the same shard twice: shards of one run share --seed and --run-id.
`,
  help: `Usage: crm-conformance help [command]
`,
};

/** The `apis` page: each API's name, title and version, its targets, and its own settings. */
export function apisHelp(apis: readonly CrmApi[]): string {
  const lines = ['APIs (--api NAME; the first is the default). A module exporting a CrmApi is named by its path.', ''];
  for (const api of apis) {
    lines.push(`${api.name}: ${api.spec.title} ${api.spec.version}`);
    lines.push(`  --base-url  ${api.about.baseUrl}`, `  --object    ${api.about.object}`);
    if (api.about.token !== undefined) lines.push(`  --token     ${api.about.token}`);
    for (const setting of api.settings ?? []) {
      const need = setting.requiredForTarget ? ', needed for a real target' : '';
      lines.push(`  --${setting.flag} ${setting.placeholder}  ${setting.help} (env ${setting.env}, config "${setting.key}"${need})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export async function helpText(command?: string): Promise<string | undefined> {
  if (command === undefined) return OVERVIEW;
  if (command === 'apis') return apisHelp(await (await import('../../apis/index.ts')).testableApis());
  return COMMAND_HELP[command];
}
