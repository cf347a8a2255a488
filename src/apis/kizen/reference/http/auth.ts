/**
 * The three headers every call carries: X-API-KEY (a key the server knows), X-BUSINESS-ID (the
 * business) and X-USER-ID (a user of the business). Anything missing or unknown is 401; a
 * read-only key may not write (403).
 */
import type { IncomingMessage } from 'node:http';
import { BUSINESS_ID, FULL_API_KEY, READ_ONLY_API_KEY, USER_IDS } from '../fixtures/account.ts';
import type { FaultSet } from '../faults/fault-set.ts';
import { KizenError } from './kizen-error.ts';

export interface Caller {
  /** False for the read-only key. */
  readonly canWrite: boolean;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Who is calling; throws 401 when a header is missing or names nothing the server knows. */
/** `refuseWith403`: the lenient style's status for an unauthenticated call (a DRF service without WWW-Authenticate). */
export function authenticate(req: IncomingMessage, faults: FaultSet, refuseWith403 = false): Caller {
  const status = refuseWith403 || faults.has('auth-refused-403') ? 403 : 401;
  if (header(req, 'x-business-id') !== BUSINESS_ID) {
    const code = faults.has('auth-business-code-generic') ? 'not_authenticated' : 'missing_business_context';
    throw new KizenError(status, code, 'A known X-BUSINESS-ID header is required.');
  }
  const key = header(req, 'x-api-key');
  if (key !== FULL_API_KEY && key !== READ_ONLY_API_KEY) {
    throw new KizenError(status, 'not_authenticated', 'A valid X-API-KEY header is required.');
  }
  const user = header(req, 'x-user-id');
  const userOptional = user === undefined && faults.has('auth-user-header-optional');
  if (!userOptional && (user === undefined || !USER_IDS.includes(user))) {
    throw new KizenError(status, 'not_authenticated', 'A known X-USER-ID header is required.');
  }
  return { canWrite: key === FULL_API_KEY };
}

/** Throws 403 when a caller without write permission tries to write (or, `read-only-key-reads-refused`, to read). */
export function requireRead(caller: Caller, faults: FaultSet): void {
  if (caller.canWrite || !faults.has('read-only-key-reads-refused')) return;
  throw new KizenError(403, 'permission_required', 'You do not have permission to perform this action.');
}

/** Throws 403 when a caller without write permission tries to write. */
export function requireWrite(caller: Caller, faults: FaultSet): void {
  if (caller.canWrite || faults.has('read-only-key-writes')) return;
  throw new KizenError(403, 'permission_required', 'You do not have permission to perform this action.');
}
