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
  faults: {
    seeds: number[];
    /** How each fault's runs were restricted, in words. */
    restriction: string;
    parallel: number;
    concurrency: number;
    wallMs: number;
    results: FaultFigures[];
  };
  wallMs: number;
}
