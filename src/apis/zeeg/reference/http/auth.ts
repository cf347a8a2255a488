/**
 * Bearer-token authentication. A missing or unknown token is 401 on every endpoint; a known
 * token lacking the endpoint's scope is 403 (discovery and reads need crm:read, writes crm:write).
 */
import type { IncomingMessage } from 'node:http';
import type { FaultSet } from '../faults/fault-set.ts';
import { TOKEN_SCOPES, type Scope } from '../fixtures.ts';
import { HttpError } from '../../../../reference/common/http-error.ts';
import { refusalStatus, type LenientSet } from '../lenient.ts';

const ALL_SCOPES: ReadonlySet<Scope> = new Set<Scope>(['crm:read', 'crm:write']);
const READ_ONLY: ReadonlySet<Scope> = new Set<Scope>(['crm:read']);

/** The scopes of the request's bearer token; throws 401 when there is no known token. */
export function authenticate(req: IncomingMessage, faults: FaultSet): ReadonlySet<Scope> {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const scopes = match?.[1] === undefined ? undefined : TOKEN_SCOPES.get(match[1]);
  if (scopes !== undefined) return scopes;
  if (faults.has('auth-no-401-without-token')) return ALL_SCOPES;
  if (faults.has('auth-unknown-token-reads') && match?.[1] !== undefined) return READ_ONLY;
  throw new HttpError(401, 'Unauthorized: a valid Bearer token is required.', { 'www-authenticate': 'Bearer' });
}

/** Throws 403 (401 in the twin) when `scopes` lacks `required`. */
export function authorize(scopes: ReadonlySet<Scope>, required: Scope, faults: FaultSet, lenient: LenientSet): void {
  const readRefused = required === 'crm:read' && faults.has('discovery-read-token-refused') && !scopes.has('crm:write');
  if (scopes.has(required) && !readRefused) return;
  if (required === 'crm:write' && faults.has('auth-write-with-read-token') && scopes.has('crm:read')) return;
  if (faults.has('auth-scope-refused-401')) throw new HttpError(401, `Unauthorized: this call requires the ${required} scope.`);
  throw new HttpError(refusalStatus(lenient, 'scope-refusal-401', 403, 401), `Forbidden: this call requires the ${required} scope.`);
}
