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
  /** The run with every default (runs 25, concurrency 4), all suites, products + suppliers. */
  defaultRun: SuiteRunFigures;
  /** Wall time by budget: 1×, 4× and 16× the default runs, at the default concurrency. */
  scaling: Array<SuiteRunFigures & { factor: number; wallRatio: number }>;
  /** process.resourceUsage().maxRSS in MiB: after the default run, and at the end of the bench. */
  peakRssMiB: { afterDefaultRun: number; atEnd: number };
  /** Per API: a default run against its clean reference server, and how fast each of its faults is found. */
  apis: ApiBenchFigures[];
  wallMs: number;
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
