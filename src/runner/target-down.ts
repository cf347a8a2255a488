/**
 * Once a case finds the target unreachable or silent, the other cases of the run do not start
 * (each would wait out its own timeout). Cases may run in other vitest workers, so the mark is
 * a small file named after the run id in the system's temporary folder.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorCode } from '../core/errors.ts';

export const TARGET_DOWN_CODES: ReadonlySet<string> = new Set<ErrorCode>(['CRMC_TARGET_UNREACHABLE', 'CRMC_TARGET_TIMEOUT', 'CRMC_DEADLINE']);

function markFile(runId: string): string {
  return join(tmpdir(), `crm-conformance-${runId.replace(/[^a-z0-9]/gi, '')}.down`);
}

export function markTargetDown(runId: string, error: { code: string; message: string }): void {
  try {
    writeFileSync(markFile(runId), JSON.stringify(error), { flag: 'wx' });
  } catch {
    // Another case marked it first, or the folder is not writable: each case then finds out alone.
  }
}

export function targetDown(runId: string): { code: string; message: string } | undefined {
  try {
    return JSON.parse(readFileSync(markFile(runId), 'utf8')) as { code: string; message: string };
  } catch {
    return undefined;
  }
}

/** Removes the mark when a run ends. */
export function clearTargetDown(runId: string): void {
  rmSync(markFile(runId), { force: true });
}
