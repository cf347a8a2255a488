/**
 * Kizen's judging context (the generic Judge over a Kizen world), its operations, and the
 * documented error shape its checks share.
 */
import { expectThat, type Judge } from '../../../checks/judge.ts';
import type { Reply } from '../../../http/client.ts';
import type { KizenWorld } from '../model/world.ts';
import { REQUEST_ID } from './surface-checks.ts';

export { expectThat };

export type KizenProbe = Judge<KizenWorld>;

export type KizenOperation = 'addRecord' | 'upsertRecord' | 'patchRecord' | 'archiveRecord' | 'unarchiveRecord' | 'getRecord' | 'lookupRecord';

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
