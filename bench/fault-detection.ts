/**
 * How fast an API's suites find each of its reference faults: for every fault and seed, a run restricted to
 * the fault's clauses and their checks (see onlyFor) against a reference server with only that
 * fault on. "Requests to detection" is the number of requests the detecting case had sent when
 * it first saw the violation (before shrinking), for the first finding naming the fault's clauses.
 */
import type { CrmApi } from '../src/apis/crm-api.ts';
import type { CheckDef } from '../src/core/checks.ts';
import type { CaseOutcome, Finding } from '../src/core/findings.ts';
import { runSuiteInProcess } from './suite-throughput.ts';

type FaultEntry = CrmApi['reference']['faults'][number];

export interface FaultFigures {
  name: string;
  clauses: string[];
  /** Seeds (of those tried) whose run produced a finding naming the fault's clauses. */
  detected: number;
  seeds: number;
  /** Median over the detecting seeds of the requests within the detecting case; undefined if none. */
  medianRequests: number | undefined;
  /** The most requests any detecting seed needed; undefined if none detected. */
  worstRequests: number | undefined;
  /** The check of the first matching finding, for the first detecting seed. */
  check: string | undefined;
  /** Median wall time of one restricted run. */
  medianWallMs: number;
}

/**
 * What a fault's runs are restricted to: its clause ids, plus the code of every check charged
 * to one of them (some checks run inside cases whose own clause list does not name theirs).
 */
export function onlyFor(checks: readonly CheckDef[], fault: FaultEntry): string[] {
  const codes = checks.filter((check) => check.clauses.some((c) => fault.clauses.includes(c))).map((check) => check.code);
  return [...fault.clauses, ...codes];
}

export function firstMatching(outcomes: readonly CaseOutcome[], clauses: readonly string[]): Finding | undefined {
  for (const outcome of outcomes) {
    const hit = outcome.findings.find((f) => f.clauses.some((c) => clauses.includes(c)));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function measureFault(api: CrmApi, fault: FaultEntry, seeds: readonly number[], concurrency: number): Promise<FaultFigures> {
  const requests: number[] = [];
  const walls: number[] = [];
  let check: string | undefined;
  for (const seed of seeds) {
    const { figures, outcomes } = await runSuiteInProcess(api, { faults: [fault.name], only: onlyFor(api.checks, fault), seed, concurrency });
    walls.push(figures.wallMs);
    const finding = firstMatching(outcomes, fault.clauses);
    if (finding === undefined) continue;
    check ??= finding.check;
    requests.push(finding.detectedAfter ?? finding.exchanges.at(-1)?.seq ?? 0);
  }
  return { name: fault.name, clauses: [...fault.clauses], detected: requests.length, seeds: seeds.length, medianRequests: median(requests),
    worstRequests: requests.length === 0 ? undefined : Math.max(...requests), check, medianWallMs: median(walls) ?? 0 };
}

/** Over an API's detected faults: the median of their medians and the worst single detection. */
export function detectionSummary(results: readonly FaultFigures[]): { median: number | undefined; worst: number | undefined } {
  const medians = results.flatMap((r) => (r.medianRequests === undefined ? [] : [r.medianRequests]));
  const worsts = results.flatMap((r) => (r.worstRequests === undefined ? [] : [r.worstRequests]));
  return { median: median(medians), worst: worsts.length === 0 ? undefined : Math.max(...worsts) };
}

/** Every fault of the API's catalogue, `parallel` faults at a time (each run itself uses `concurrency` lanes). */
export async function measureAllFaults(api: CrmApi, seeds: readonly number[], options: { parallel: number; concurrency: number; onDone?: (f: FaultFigures) => void }): Promise<FaultFigures[]> {
  const faults = api.reference.faults;
  const results: FaultFigures[] = new Array(faults.length);
  let next = 0;
  const lane = async () => {
    while (next < faults.length) {
      const index = next++;
      results[index] = await measureFault(api, faults[index]!, seeds, options.concurrency);
      options.onDone?.(results[index]!);
    }
  };
  await Promise.all(Array.from({ length: options.parallel }, lane));
  return results;
}
