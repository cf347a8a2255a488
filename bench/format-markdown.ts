/**
 * The bench figures as Markdown: one small table per question, printed and written to
 * reports/bench.md.
 */
import { detectionSummary } from './fault-detection.ts';
import type { ApiBenchFigures, BenchFigures, RemoteFigures } from './figures.ts';

/** A Markdown table; a column whose cells are all numbers (or empty) is right-aligned. */
function table(head: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.map(String).join(' | ')} |`;
  const numeric = head.map((_, col) => rows.every((row) => typeof row[col] === 'number' || row[col] === '' || row[col] === '—' || /^[\d.]+ ?%?$/.test(String(row[col]))));
  return [line(head), line(numeric.map((n) => (n ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

const pct = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

export function formatMarkdown(f: BenchFigures): string {
  const m = f.machine;
  const c = f.ceiling;
  const best = f.suite.reduce((a, b) => (b.ratioToCeiling > a.ratioToCeiling ? b : a));
  const mix = f.mix.counts;
  const out: string[] = [
    '# crm-conformance bench',
    '',
    `${m.date} · ${m.cpus} × ${m.cpuModel} · Node ${m.node} · ${m.platform} · bench wall time ${(f.wallMs / 1000).toFixed(1)} s`,
    '',
    'The reference server runs in a child process; the suite (in-process `runConformance`) and autocannon load it from the bench process.',
    '',
    '## Request mix of a default run',
    '',
    table(['create', 'assert', 'patch', 'get', 'delete', 'relation', 'discover', 'other'], [[mix.create, mix.assert, mix.patch, mix.get, mix.delete, mix.relation, mix.discover, mix.other]]),
    '',
    '## Ceiling and suite throughput',
    '',
    `Ceiling: autocannon, ${c.connections} keep-alive connections, ${c.durationSeconds} s, each connection looping over ${c.sequence}.`,
    '',
    table(
      ['load', 'req/s', 'suite / ceiling', 'wall ms', 'requests', 'cases', 'findings', 'case errors'],
      [
        [`autocannon (p50 ${c.latencyP50Ms} ms, p99 ${c.latencyP99Ms} ms, non-2xx ${c.non2xx}, errors ${c.errors})`, c.requestsPerSecond, '100 %', '', '', '', '', ''],
        ...f.suite.map((s) => [`suite, concurrency ${s.concurrency}, runs ${s.runs}`, s.requestsPerSecond, pct(s.ratioToCeiling), s.wallMs, s.requests, s.cases, s.findings, s.errors]),
      ],
    ),
    '',
    `Best: ${pct(best.ratioToCeiling)} of the ceiling at concurrency ${best.concurrency}.`,
    '',
    '## Default run',
    '',
    table(
      ['wall ms', 'cases', 'requests', 'findings', 'peak RSS after it (MiB)', 'peak RSS at bench end (MiB)'],
      [[f.defaultRun.wallMs, f.defaultRun.cases, f.defaultRun.requests, f.defaultRun.findings, f.peakRssMiB.afterDefaultRun, f.peakRssMiB.atEnd]],
    ),
    '',
    `## Wall time by budget (concurrency ${f.defaultRun.concurrency})`,
    '',
    table(['runs', '× default', 'wall ms', '× wall', 'requests', 'req/s'], f.scaling.map((s) => [s.runs, s.factor, s.wallMs, s.wallRatio.toFixed(2), s.requests, s.requestsPerSecond])),
    '',
    '## Every API: the clean reference and its faults',
    '',
    table(
      ['API', 'spec', 'wall ms', 'cases', 'requests', 'req/s', 'findings', 'case errors', 'faults detected', 'requests to detect (median / worst)'],
      f.apis.map((a) => [a.name, `${a.spec.title} ${a.spec.version}`, a.defaultRun.wallMs, a.defaultRun.cases, a.defaultRun.requests, a.defaultRun.requestsPerSecond, a.defaultRun.findings, a.defaultRun.errors, `${a.faults.results.filter((r) => r.detected === r.seeds).length}/${a.faults.results.length}`, detectionCell(a)]),
    ),
    '',
    ...f.apis.flatMap(faultSection),
    ...remoteSection(f.remote),
  ];
  return out.join('\n');
}

function remoteSection(r: RemoteFigures): string[] {
  const s = r.startup;
  const rate = r.rate;
  return [
    '## A distant target through the CLI',
    '',
    'The default Zeeg run (runs 25, concurrency 16, products and suppliers, seed 1) as `crm-conformance run --base-url …` against `crm-conformance serve`, each in its own process. Requests are what the server answered (the probe\'s included); requests in flight are the server\'s summed reply durations (arrival to reply) over the suites\' wall time.',
    '',
    table(
      ['latency', 'runner', 'CLI wall ms', 'suites wall ms', 'requests', 'mean requests in flight', 'req/s', 'peak RSS MiB', 'exit'],
      r.scenarios.map((c) => [`${c.latencyMs} ms`, c.runner, c.cliWallMs, c.suitesWallMs, c.requests, c.meanInFlight, c.requestsPerSecond, c.peakRssMiB, c.exitCode ?? '—']),
    ),
    '',
    `Every check's verdict the same in every scenario: ${r.verdictsEqual ? 'yes' : 'NO'}. Peak memory of a default run through the CLI: ${r.peakRssMiB} MiB.`,
    '',
    `CLI start-up at localhost: ${s.cliMinusEngineMs} ms more than the same run with the in-process engine in a fresh process (${r.engine.engineWallMs} ms; ${r.engine.processWallMs} ms for that whole process): ${s.outsideSuitesMs} ms outside the suites (Node and tsx start-up, loading the API, settings, probe, reports) and ${s.suitesOverEngineMs} ms of the suites over the engine's own run.`,
    '',
    `## --rate ${rate.rate}`,
    '',
    `In-process against the reference server, ${rate.restriction}.`,
    '',
    table(
      ['requests', 'wall ms', 'max in any second', 'mean per second', 'rate wait ms (summed)', 'verdicts as unpaced'],
      [[rate.requests, rate.wallMs, rate.maxInAnySecond, rate.meanPerSecond, rate.rateWaitMs, rate.verdictsEqual ? 'yes' : 'NO']],
    ),
    '',
  ];
}

function detectionCell(a: ApiBenchFigures): string {
  const { median, worst } = detectionSummary(a.faults.results);
  return `${median ?? '—'} / ${worst ?? '—'}`;
}

function faultSection(a: ApiBenchFigures): string[] {
  return [
    `## Requests to detect each ${a.name} reference fault`,
    '',
    `${a.faults.restriction} Seeds ${a.faults.seeds.join(', ')}; ${a.faults.parallel} faults at a time, concurrency ${a.faults.concurrency} each; ${(a.faults.wallMs / 1000).toFixed(1)} s in all.`,
    '"Requests" counts the requests the detecting case had sent when it first saw the violation, before shrinking, for the first finding naming the fault\'s clauses (median and worst over the detecting seeds). They include the case\'s set-up (discovery and the records relations point at).',
    '',
    table(
      ['fault', 'clauses', 'detected', 'requests (median)', 'requests (worst)', 'first check', 'run ms (median)'],
      a.faults.results.map((r) => [r.name, r.clauses.join(' '), `${r.detected}/${r.seeds}`, r.medianRequests ?? '—', r.worstRequests ?? '—', r.check ?? '—', r.medianWallMs]),
    ),
    '',
  ];
}
