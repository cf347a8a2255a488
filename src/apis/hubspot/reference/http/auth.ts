/**
 * Bearer-token checks of the HubSpot server. A missing or unknown token is 401
 * INVALID_AUTHENTICATION on every path; a known token without the scope a call needs is 403
 * MISSING_SCOPES, in the form of the real bodies (facts B6).
 */
import type { IncomingMessage } from 'node:http';
import type { FaultSet } from '../faults/fault-set.ts';
import type { TokenScopes } from '../fixtures/tokens.ts';
import { HubspotError } from './hubspot-error.ts';

const AUTH_MESSAGE =
  'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';

const SCOPES_MESSAGE =
  "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.";

/** The scopes of the request's bearer token; throws 401 without a known token. */
export function authenticate(req: IncomingMessage, tokens: TokenScopes, faults: FaultSet): ReadonlySet<string> | 'any' {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  const token = match?.[1];
  if (token !== undefined && Object.hasOwn(tokens, token)) return new Set(tokens[token]);
  if (faults.has('auth-no-401-without-token')) return 'any';
  const category = faults.has('auth-category-generic') ? 'UNAUTHORIZED' : 'INVALID_AUTHENTICATION';
  throw new HubspotError(401, category, AUTH_MESSAGE, { headers: { 'x-hubspot-auth-failure': '401 Unauthorized' } });
}

/** Throws 403 when `granted` lacks `required`; `readScope` lets the write fault pass readers. */
export function authorize(granted: ReadonlySet<string> | 'any', required: string, readScope: string, faults: FaultSet): void {
  if (granted === 'any' || granted.has(required)) return;
  if (required !== readScope && faults.has('auth-write-with-read-token') && granted.has(readScope)) return;
  throw new HubspotError(403, 'MISSING_SCOPES', SCOPES_MESSAGE, {
    errors: [{ message: 'One or more of the following scopes are required.', context: { requiredScopes: [required] } }],
    links: { scopes: 'https://developers.hubspot.com/scopes' },
  });
}
