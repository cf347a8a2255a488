/**
 * The CLI as a user runs it, for the bench: `crm-conformance serve` in a child process with its
 * request log (one line per reply with its duration) read from stderr, and `crm-conformance run`
 * in another, timed from spawn to exit, its report.json read back.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RunReport } from '../src/report/report-types.ts';

const BIN = fileURLToPath(new URL('../bin/crm-conformance.js', import.meta.url));

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
  report: RunReport;
}

/** `crm-conformance run --quiet` with `args`, its report written to a temporary folder and read back. */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'crmc-bench-'));
  try {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, 'run', '--quiet', '--report-dir', dir, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: cleanEnv() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    const wallMs = Math.round(performance.now() - started);
    if (code !== 0 && code !== 1) throw new Error(`crm-conformance run exited with ${String(code)}: ${stderr.trim()}`);
    return { wallMs, exitCode: code, report: JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as RunReport };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
