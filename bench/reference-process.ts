/**
 * Starts bench/serve-reference.ts in a child process and resolves with its base URL; close()
 * ends its stdin, which stops it, and kills it if it lingers.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ReferenceProcess {
  url: string;
  pid: number;
  close(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./serve-reference.ts', import.meta.url));

export async function startReferenceProcess(): Promise<ReferenceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout });
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => String(line)),
    exited.then(([code]) => Promise.reject(new Error(`the reference server process exited with ${String(code)} before listening`))),
  ]);
  lines.close();
  return {
    url: first.trim(),
    pid: child.pid ?? -1,
    close: async () => {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
