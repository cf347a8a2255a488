/**
 * What a Kizen judging function needs: where to record verdicts, the contract validators, the
 * object under test, and the wire log of the current step for evidence.
 */
import type { OperationValidators } from '../../../contract/operation-validators.ts';
import type { CheckDef } from '../../../core/checks.ts';
import type { Exchange } from '../../../core/findings.ts';
import type { Reply } from '../../../http/client.ts';
import type { KizenWorld } from '../model/world.ts';
import { REQUEST_ID } from './surface-checks.ts';
import type { CaseRecorder } from '../../../runner/case-recorder.ts';

export interface KizenProbe {
  recorder: CaseRecorder;
  operations: OperationValidators;
  world: KizenWorld;
  /** Exchanges of the current step (or sequence), oldest first. */
  evidence(): Exchange[];
}

export type KizenOperation = 'addRecord' | 'upsertRecord' | 'patchRecord' | 'archiveRecord' | 'unarchiveRecord' | 'getRecord' | 'lookupRecord';

/** Pass `check` when `ok`, else fail it with evidence of the current step; returns `ok`. */
export function expectThat(probe: KizenProbe, check: CheckDef, ok: boolean, expected: unknown, observed: unknown, message: string, options: { stop?: boolean; extraClauses?: string[] } = {}): boolean {
  if (ok) {
    probe.recorder.pass(check);
    return true;
  }
  const evidence = { message, expected, observed, exchanges: probe.evidence(), ...(options.extraClauses === undefined ? {} : { extraClauses: options.extraClauses }) };
  probe.recorder.fail(check, evidence, options.stop === undefined ? {} : { stop: options.stop });
  return false;
}

/** Every reply carries X-Request-ID (KIZEN-ERRORS-003). */
export function judgeRequestId(probe: KizenProbe, reply: Reply): void {
  const id = reply.exchange.response?.headers['x-request-id'];
  expectThat(probe, REQUEST_ID, typeof id === 'string' && id.trim() !== '', 'an X-Request-ID header', id, `the ${reply.status} reply to ${reply.exchange.request.method} ${reply.exchange.request.url} carries no X-Request-ID`, { stop: true });
}

/** Whether a reply body has a documented error shape (KIZEN-ERRORS-001). */
export function isDrfError(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  if (typeof b['detail'] === 'string') return typeof b['code'] === 'string';
  if (Array.isArray(b['non_field_errors'])) return true;
  const perField = Object.entries(b).filter(([k]) => k !== 'code');
  return perField.length > 0 && perField.every(([, v]) => Array.isArray(v));
}
