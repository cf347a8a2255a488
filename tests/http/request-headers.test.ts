/**
 * RequestHeaders: a request without headers of its own shares one frozen, already redacted set
 * per credential and body kind; overrides build a fresh set; secrets never reach the logged set.
 */
import { describe, expect, it } from 'vitest';
import { bearer } from '../../src/http/client.ts';
import { RequestHeaders } from '../../src/http/request-headers.ts';

describe('RequestHeaders', () => {
  const headers = () => new RequestHeaders({ 'x-api-key': 'gateway-secret', 'x-tenant': 't1' }, bearer);

  it('builds each set once and shares it, frozen', () => {
    const h = headers();
    const first = h.prepare('tok-1', false, undefined);
    expect(h.prepare('tok-1', false, undefined)).toBe(first);
    expect(h.prepare('tok-1', true, undefined)).not.toBe(first);
    expect(h.prepare('tok-2', false, undefined)).not.toBe(first);
    expect(Object.isFrozen(first.sent) && Object.isFrozen(first.logged)).toBe(true);
  });

  it('sends the secrets and logs placeholders', () => {
    const { sent, logged } = headers().prepare('tok-1', true, undefined);
    expect(sent).toEqual({ 'x-api-key': 'gateway-secret', 'x-tenant': 't1', accept: 'application/json', authorization: 'Bearer tok-1', 'content-type': 'application/json' });
    expect(logged).toEqual({ ...sent, 'x-api-key': '[REDACTED]', authorization: 'Bearer [REDACTED]' });
  });

  it('applies overrides to a fresh set: a value replaces, an empty one removes, and no credential for null', () => {
    const h = headers();
    const plain = h.prepare(null, false, undefined);
    const over = h.prepare(null, false, { 'X-Tenant': '', Accept: 'text/plain' });
    expect(plain.sent).toEqual({ 'x-api-key': 'gateway-secret', 'x-tenant': 't1', accept: 'application/json' });
    expect(over.sent).toEqual({ 'x-api-key': 'gateway-secret', accept: 'text/plain' });
    expect(h.prepare(null, false, undefined)).toBe(plain);
  });
});
