/**
 * The bench's questions about distant targets: how the default Zeeg run through the CLI fares
 * against `serve --latency 50ms` and at localhost (wall time, mean requests in flight, request
 * rate), what the CLI costs on top of the in-process engine, and whether --rate 20 holds every
 * one-second window at 20 without changing a verdict.
 */
import { Writable } from 'node:stream';
import { ZEEG } from '../src/apis/zeeg/index.ts';
import type { CaseOutcome } from '../src/core/findings.ts';
import { runThrottle } from '../src/report/run-throttle.ts';
import { runConformance } from '../src/suites/run-conformance.ts';
import { runCli, runEngineProcess, startServe, type ServeProcess } from './cli-process.ts';
import type { CliScenario, RateFigures, RemoteFigures } from './figures.ts';
import { benchSettings } from './suite-throughput.ts';
import { maxInWindow } from './window-count.ts';

const SEED = 1;

/** The default run as a user types it against a server that is not the embedded one. */
function defaultRunArgs(url: string, runId: string): string[] {
  const ref = ZEEG.reference;
  return [
    '--base-url', url, '--token', ref.token, '--read-token', ref.readToken, '--seed', String(SEED), '--run-id', runId,
    ...ref.objects.flatMap((o) => ['--object', o]), ...ref.members.flatMap((m) => ['--member', m]),
  ];
}

async function cliScenario(serve: ServeProcess, latencyMs: number, runId: string, runner: 'engine' | 'vitest' = 'engine'): Promise<CliScenario> {
  const before = { ...serve.served };
  const run = await runCli([...defaultRunArgs(serve.url, runId), '--runner', runner]);
  const requests = serve.served.requests - before.requests;
  const busyMs = serve.served.busyMs - before.busyMs;
  return {
    latencyMs,
    runner,
    cliWallMs: run.wallMs,
    suitesWallMs: run.report.run.wallMs,
    requests,
    meanInFlight: Number((busyMs / run.report.run.wallMs).toFixed(1)),
    requestsPerSecond: Math.round((requests * 1000) / run.wallMs),
    peakRssMiB: run.peakRssMiB,
    exitCode: run.exitCode,
    verdicts: run.report.checks.map((c) => `${c.code}:${c.verdict}`).join(' '),
  };
}

export async function benchRemote(progress: (line: string) => void): Promise<RemoteFigures> {
  const scenarios: CliScenario[] = [];
  let engine = { engineWallMs: 0, processWallMs: 0 };
  for (const latency of [50, 0]) {
    const serve = await startServe(latency === 0 ? undefined : `${latency}ms`);
    try {
      progress(`remote: default run through the CLI, serve --latency ${latency}ms`);
      scenarios.push(await cliScenario(serve, latency, `crmcbenchcli${latency}`));
      if (latency === 0) {
        progress('remote: the same run with --runner vitest');
        scenarios.push(await cliScenario(serve, latency, 'crmcbenchvitest', 'vitest'));
        progress('remote: the same run with the in-process engine in a fresh process, for the CLI start-up cost');
        engine = await runEngineProcess(serve.url, SEED, 'crmcbenchinproc');
      }
    } finally {
      await serve.close();
    }
  }
  const local = scenarios.find((s) => s.latencyMs === 0 && s.runner === 'engine')!;
  const engineRuns = scenarios.filter((s) => s.runner === 'engine');
  return {
    scenarios,
    engine,
    startup: { cliMinusEngineMs: local.cliWallMs - engine.engineWallMs, outsideSuitesMs: local.cliWallMs - local.suitesWallMs, suitesOverEngineMs: local.suitesWallMs - engine.engineWallMs },
    verdictsEqual: new Set(scenarios.map((s) => s.verdicts)).size === 1,
    peakRssMiB: Math.max(...engineRuns.map((s) => s.peakRssMiB)),
    rate: await benchRate(progress),
  };
}

/** Each check's verdict over the whole run. */
function checkVerdicts(outcomes: readonly CaseOutcome[]): Record<string, string> {
  const sums: Record<string, { passes: number; failures: number }> = {};
  for (const { check, passes, failures } of outcomes.flatMap((o) => o.tallies)) {
    const sum = (sums[check] ??= { passes: 0, failures: 0 });
    sum.passes += passes;
    sum.failures += failures;
  }
  return Object.fromEntries(Object.entries(sums).sort(([a], [b]) => a.localeCompare(b)).map(([check, s]) => [check, s.failures > 0 ? 'failed' : s.passes > 0 ? 'passed' : 'skipped']));
}

const RATE_RUN = { only: ['ZEEG-TYPES-003'], runs: 10, objects: ['products'], seed: SEED } as const;

/** --rate 20 in-process against a reference server whose request log notes when each reply leaves. */
async function benchRate(progress: (line: string) => void): Promise<RateFigures> {
  const replies: number[] = [];
  const log = new Writable({ write: (chunk: Buffer, _enc, done) => (chunk.toString().split('\n').forEach((l) => l !== '' && replies.push(performance.now())), done()) });
  const server = await ZEEG.reference.start({ log });
  try {
    const base = { ...RATE_RUN, only: [...RATE_RUN.only], objects: [...RATE_RUN.objects] };
    progress(`rate: --only ${RATE_RUN.only.join(' ')}, runs ${RATE_RUN.runs}, unpaced`);
    const free = await runConformance(benchSettings(ZEEG, server.url, { ...base, runId: 'crmcbenchfree' }), ZEEG);
    replies.length = 0;
    progress('rate: the same with --rate 20');
    const started = performance.now();
    const paced = await runConformance({ ...benchSettings(ZEEG, server.url, { ...base, runId: 'crmcbenchrate' }), rate: 20 }, ZEEG);
    const wallMs = Math.round(performance.now() - started);
    const throttle = runThrottle(paced, 20)!;
    return {
      rate: 20,
      restriction: `--only ${RATE_RUN.only.join(' ')} --runs ${RATE_RUN.runs} --object ${RATE_RUN.objects.join(' ')}`,
      requests: replies.length,
      wallMs,
      maxInAnySecond: maxInWindow(replies, 1_000),
      meanPerSecond: Number(((replies.length * 1000) / wallMs).toFixed(1)),
      rateWaitMs: throttle.rateWaitMs,
      verdictsEqual: JSON.stringify(checkVerdicts(paced)) === JSON.stringify(checkVerdicts(free)),
    };
  } finally {
    await server.close();
  }
}
