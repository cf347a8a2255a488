/**
 * The figures one bench run produces, as written to reports/bench.json.
 */
import type { CeilingFigures } from './ceiling.ts';
import type { FaultFigures } from './fault-detection.ts';
import type { RequestMix, Shares } from './request-mix.ts';
import type { SuiteRunFigures } from './suite-throughput.ts';

export interface BenchFigures {
  machine: { cpus: number; cpuModel: string; node: string; platform: string; date: string };
  /** What a default run sends, counted by kind on an in-process reference server. */
  mix: { counts: RequestMix; shares: Shares };
  ceiling: CeilingFigures;
  /** Default budget (runs 25), products + suppliers, at several concurrencies. */
  suite: Array<SuiteRunFigures & { ratioToCeiling: number }>;
  /** The run with every default (runs 25, concurrency 16), all suites, products + suppliers. */
  defaultRun: SuiteRunFigures;
  /** Wall time by budget: 1×, 4× and 16× the default runs, at the default concurrency. */
  scaling: Array<SuiteRunFigures & { factor: number; wallRatio: number }>;
  /** process.resourceUsage().maxRSS in MiB: after the default run, and at the end of the bench. */
  peakRssMiB: { afterDefaultRun: number; atEnd: number };
  /** Per API: a default run against its clean reference server, and how fast each of its faults is found. */
  apis: ApiBenchFigures[];
  /** The default Zeeg run through the CLI at 50 ms latency and at localhost, the CLI's start-up cost, and --rate 20. */
  remote: RemoteFigures;
  wallMs: number;
}

/** One default Zeeg run through the CLI against `serve`, with `latencyMs` on every reply. */
export interface CliScenario {
  latencyMs: number;
  /** --runner: the engine in the CLI's process (default), or vitest. */
  runner: 'engine' | 'vitest';
  /** From spawning `crm-conformance run` to its exit. */
  cliWallMs: number;
  /** The suites alone, as the report's run.wallMs says. */
  suitesWallMs: number;
  /** Requests the server answered, the probe's included. */
  requests: number;
  /** Sum of the server's reply durations (arrival to reply) over the suites' wall time. */
  meanInFlight: number;
  /** Requests over the CLI's wall time. */
  requestsPerSecond: number;
  /** Peak resident set size of the CLI process, every thread's. */
  peakRssMiB: number;
  exitCode: number | null;
  /** Every check's verdict, `CODE:verdict` joined by spaces, to compare runs. */
  verdicts: string;
}

export interface RateFigures {
  rate: number;
  restriction: string;
  requests: number;
  wallMs: number;
  /** The most replies the server sent in any one-second window (latency 0, so as they arrived). */
  maxInAnySecond: number;
  meanPerSecond: number;
  /** Summed over requests. */
  rateWaitMs: number;
  /** Every check has the verdict of the same run without --rate. */
  verdictsEqual: boolean;
}

export interface RemoteFigures {
  scenarios: CliScenario[];
  /** The localhost run with the in-process engine in a fresh process: the engine's wall, and the whole process's. */
  engine: { engineWallMs: number; processWallMs: number };
  /** CLI wall (default runner, localhost) minus the engine's, split into what happens outside the suites and the suites' excess over the engine. */
  startup: { cliMinusEngineMs: number; outsideSuitesMs: number; suitesOverEngineMs: number };
  /** Every scenario (both latencies, both runners) gave every check the same verdict. */
  verdictsEqual: boolean;
  /** The highest peak RSS of the default runs (engine runner) through the CLI. */
  peakRssMiB: number;
  rate: RateFigures;
}

export interface ApiBenchFigures {
  name: string;
  spec: { title: string; version: string };
  /** Default budget, default concurrency, the reference server's own objects, in-process. */
  defaultRun: SuiteRunFigures;
  faults: {
    seeds: number[];
    /** How each fault's runs were restricted, in words. */
    restriction: string;
    parallel: number;
    concurrency: number;
    wallMs: number;
    results: FaultFigures[];
  };
}
