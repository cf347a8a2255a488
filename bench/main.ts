/**
 * `npm run bench`: how fast the suite is against the reference server, how close it comes to
 * what the server can take, how wall time grows with the budget, how many requests each
 * reference fault takes to be found, and how the CLI fares against a distant target and --rate. Writes reports/bench.json and reports/bench.md and prints
 * the Markdown. Figures are printed, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchCeiling, type CeilingFigures } from './ceiling.ts';
import { measureAllFaults } from './fault-detection.ts';
import type { BenchFigures } from './figures.ts';
import { formatMarkdown } from './format-markdown.ts';
import { startReferenceProcess } from './reference-process.ts';
import { benchRemote } from './remote.ts';
import { writeReadShares } from './request-mix.ts';
import { runSuiteAgainst, runSuiteInProcess, type SuiteRunFigures } from './suite-throughput.ts';
import { testableApis } from '../src/apis/index.ts';
import type { CrmApi } from '../src/apis/crm-api.ts';
import { ZEEG } from '../src/apis/zeeg/index.ts';
import { DEFAULTS } from '../src/runner/settings.ts';
import type { ApiBenchFigures } from './figures.ts';

const REPORTS = fileURLToPath(new URL('../reports/', import.meta.url));
const DEFAULT_RUNS = 25;
const SEEDS = [1, 2, 3, 4, 5];
/** The default (16) and around it: the suite's best concurrency against this server is among them. */
const CONCURRENCIES = [1, 4, 16, 32, 64];

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
const maxRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function main(): Promise<void> {
  const started = performance.now();
  progress('request mix of a default run (in-process server; also warms up the validators)');
  const { mix } = await runSuiteInProcess(ZEEG, { runs: DEFAULT_RUNS, runId: 'crmcbenchmix' });
  const shares = writeReadShares(mix);

  const reference = await startReferenceProcess();
  const suite: SuiteRunFigures[] = [];
  const scaling: SuiteRunFigures[] = [];
  let afterDefaultRun = 0;
  let ceiling: CeilingFigures;
  try {
    for (const concurrency of CONCURRENCIES) {
      progress(`suite, runs ${DEFAULT_RUNS}, concurrency ${concurrency}`);
      const { figures } = await runSuiteAgainst(ZEEG, reference.url, { runs: DEFAULT_RUNS, concurrency, runId: `crmcbenchc${concurrency}` });
      suite.push(figures);
      if (concurrency === DEFAULTS.concurrency) afterDefaultRun = maxRssMiB();
    }
    scaling.push(suite.find((s) => s.concurrency === DEFAULTS.concurrency)!);
    for (const factor of [4, 16]) {
      progress(`suite, runs ${DEFAULT_RUNS * factor}, concurrency ${DEFAULTS.concurrency}`);
      scaling.push((await runSuiteAgainst(ZEEG, reference.url, { runs: DEFAULT_RUNS * factor, concurrency: DEFAULTS.concurrency, runId: `crmcbenchx${factor}` })).figures);
    }
    progress('ceiling: autocannon with the same mix');
    ceiling = await benchCeiling(reference.url, shares);
  } finally {
    await reference.close();
  }

  const apis: ApiBenchFigures[] = [];
  for (const api of await testableApis()) apis.push(await benchApi(api));
  const remote = await benchRemote(progress);

  const base = scaling[0]!.wallMs;
  const figures: BenchFigures = {
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', node: process.versions.node, platform: `${platform()} ${release()}`, date: new Date().toISOString() },
    mix: { counts: mix, shares },
    ceiling,
    suite: suite.map((s) => ({ ...s, ratioToCeiling: s.requestsPerSecond / ceiling.requestsPerSecond })),
    defaultRun: scaling[0]!,
    scaling: scaling.map((s) => ({ ...s, factor: s.runs / DEFAULT_RUNS, wallRatio: s.wallMs / base })),
    peakRssMiB: { afterDefaultRun, atEnd: maxRssMiB() },
    apis,
    remote,
    wallMs: Math.round(performance.now() - started),
  };
  mkdirSync(REPORTS, { recursive: true });
  const markdown = formatMarkdown(figures);
  writeFileSync(`${REPORTS}bench.json`, `${JSON.stringify(figures, null, 2)}\n`);
  writeFileSync(`${REPORTS}bench.md`, markdown);
  process.stdout.write(markdown);
  progress(`wrote ${REPORTS}bench.json and ${REPORTS}bench.md`);
}

/** An API's default run against its clean reference server, then every fault of its catalogue. */
async function benchApi(api: CrmApi): Promise<ApiBenchFigures> {
  progress(`${api.name}: default run against the clean reference server`);
  const { figures: defaultRun } = await runSuiteInProcess(api, { runs: DEFAULT_RUNS, runId: `crmcbench${api.name}` });
  progress(`${api.name}: ${api.reference.faults.length} faults, ${SEEDS.length} seeds each`);
  const started = performance.now();
  const results = await measureAllFaults(api, SEEDS, { parallel: 2, concurrency: 4, onDone: (f) => progress(`  ${f.name}: ${f.detected}/${f.seeds}`) });
  return {
    name: api.name,
    spec: api.spec,
    defaultRun,
    faults: {
      seeds: SEEDS,
      restriction: 'Each fault runs with --only set to its clause ids plus the codes of the checks charged to those clauses, against a reference server with that fault alone.',
      parallel: 2,
      concurrency: 4,
      wallMs: Math.round(performance.now() - started),
      results,
    },
  };
}

await main();
