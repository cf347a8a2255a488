/**
 * The CLI as a user runs it, for the bench: `crm-conformance serve` in a child process with its
 * request log (one line per reply with its duration) read from stderr, and `crm-conformance run`
 * in another, timed from spawn to exit with its peak memory, its report.json read back; and the
 * same run with the in-process engine in a fresh process, for the CLI's start-up cost.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RunReport } from '../src/report/report-types.ts';

const BIN = fileURLToPath(new URL('../bin/crm-conformance-dev.js', import.meta.url));
const PEAK_RSS = new URL('./peak-rss.mjs', import.meta.url).href;
const ENGINE_CHILD = fileURLToPath(new URL('./engine-child.ts', import.meta.url));

export interface ServeProcess {
  url: string;
  /** Replies sent so far, and the sum of their durations as the server logged them (arrival to reply). */
  readonly served: { requests: number; busyMs: number };
  close(): Promise<void>;
}

/** Environment without the caller's CRM_* settings, so only the flags given count. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('CRM_') && !key.startsWith('CRMC_') && key !== 'GITHUB_STEP_SUMMARY'));
}

/** `serve --port 0 --log`, with `--latency` when given. */
export async function startServe(latency?: string): Promise<ServeProcess> {
  const args = [BIN, 'serve', '--port', '0', '--log', ...(latency === undefined ? [] : ['--latency', latency])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: cleanEnv() });
  const exited = once(child, 'exit');
  const served = { requests: 0, busyMs: 0 };
  createInterface({ input: child.stderr }).on('line', (line) => {
    const ms = /^[A-Z]+ \S+ \d{3} ([\d.]+)ms$/.exec(line);
    if (ms === null) return;
    served.requests += 1;
    served.busyMs += Number(ms[1]);
  });
  const banner = createInterface({ input: child.stdout });
  const first = await Promise.race([
    once(banner, 'line').then(([line]) => String(line)),
    exited.then(([code]) => Promise.reject(new Error(`serve exited with ${String(code)} before listening`))),
  ]);
  const url = /listening on (\S+)/.exec(first)?.[1];
  if (url === undefined) throw new Error(`serve printed no URL: ${first}`);
  return {
    url,
    served,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface CliRun {
  /** From spawn to exit of the CLI process. */
  wallMs: number;
  exitCode: number | null;
  /** The process's peak resident set size, every thread's (bench/peak-rss.mjs). */
  peakRssMiB: number;
  report: RunReport;
}

interface Exited {
  code: number | null;
  wallMs: number;
  stdout: string;
  stderr: string;
  peakRssMiB: number;
}

/** Runs `node --import peak-rss.mjs ...args` to its exit: wall time from spawn, output, peak RSS. */
async function timedNode(args: readonly string[]): Promise<Exited> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', PEAK_RSS, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: cleanEnv() });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  const wallMs = Math.round(performance.now() - started);
  const kib = /^crmc-bench-peak-rss-kib (\d+)$/m.exec(stderr)?.[1];
  return { code, wallMs, stdout, stderr: stderr.replace(/^crmc-bench-peak-rss-kib \d+\n/m, ''), peakRssMiB: kib === undefined ? Number.NaN : Math.round(Number(kib) / 1024) };
}

/** `crm-conformance run --quiet` with `args`, its report written to a temporary folder and read back. */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'crmc-bench-'));
  try {
    const run = await timedNode([BIN, 'run', '--quiet', '--report-dir', dir, ...args]);
    if (run.code !== 0 && run.code !== 1) throw new Error(`crm-conformance run exited with ${String(run.code)}: ${run.stderr.trim()}`);
    return { wallMs: run.wallMs, exitCode: run.code, peakRssMiB: run.peakRssMiB, report: JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as RunReport };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same default run with the in-process engine in a fresh process (engine-child.ts): the engine's own wall time. */
export async function runEngineProcess(url: string, seed: number, runId: string): Promise<{ engineWallMs: number; processWallMs: number }> {
  const run = await timedNode(['--import', 'tsx', ENGINE_CHILD, url, String(seed), runId]);
  if (run.code !== 0) throw new Error(`engine-child.ts exited with ${String(run.code)}: ${run.stderr.trim()}`);
  return { engineWallMs: (JSON.parse(run.stdout) as { wallMs: number }).wallMs, processWallMs: run.wallMs };
}
