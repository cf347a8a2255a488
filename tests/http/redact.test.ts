/**
 * redactHeaders and redactText: credentials never appear in what the client records.
 */
import { describe, expect, it } from 'vitest';
import { isSecretHeader, REDACTED, redactHeaders, redactText, secretHeaderValues } from '../../src/http/redact.ts';

describe('redactHeaders', () => {
  it('keeps the Bearer scheme and hides the token', () => {
    expect(redactHeaders({ authorization: 'Bearer secret-token' })).toEqual({ authorization: 'Bearer [REDACTED]' });
    expect(redactHeaders({ Authorization: 'bearer\tsecret' })).toEqual({ Authorization: 'Bearer [REDACTED]' });
  });

  it.each([
    ['Authorization', 'Basic dXNlcjpwYXNz'],
    ['authorization', 'Bearer'],
    ['Proxy-Authorization', 'Bearer x'],
    ['Cookie', 'session=abc'],
    ['set-cookie', 'session=abc'],
    ['X-API-Key', 'k-123'],
    ['X-Gateway-Token', 'gw-1'],
    ['X-Client-Secret', 'cs-1'],
    ['X-Session', 's-1'],
    ['X-Password', 'p-1'],
    ['X-Hub-Signature-256', 'sha256=abc'],
    ['X-Auth-User', 'u-1'],
  ])('%s: %s is replaced whole', (name, value) => {
    expect(redactHeaders({ [name]: value })).toEqual({ [name]: REDACTED });
  });

  it('leaves other headers and their names as they are', () => {
    const headers = { accept: 'application/json', 'Content-Type': 'application/json', 'x-request-id': 'abc', 'x-tenant': 'acme', 'www-authenticate': 'Bearer' };
    expect(redactHeaders(headers)).toEqual(headers);
  });

  it('returns a copy', () => {
    const headers = { authorization: 'Bearer t' };
    redactHeaders(headers);
    expect(headers).toEqual({ authorization: 'Bearer t' });
  });
});

describe('isSecretHeader and secretHeaderValues', () => {
  it('judge by the name alone, in any case', () => {
    expect(['Authorization', 'COOKIE', 'x-api-key', 'X-Tenant-Token', 'Keep-Alive', 'X-Tenant', 'WWW-Authenticate'].map(isSecretHeader)).toEqual([true, true, true, true, false, false, false]);
  });

  it('list the values to scrub from free text', () => {
    expect(secretHeaderValues({ 'x-tenant': 'acme', 'x-api-key': 'k-123', cookie: 'a=b' })).toEqual(['k-123', 'a=b']);
    expect(secretHeaderValues(undefined)).toEqual([]);
  });
});

describe('redactText', () => {
  it('replaces every occurrence of every secret', () => {
    expect(redactText('token=abcd1234; again abcd1234; other=wxyz', ['abcd1234', 'wxyz'])).toBe(`token=${REDACTED}; again ${REDACTED}; other=${REDACTED}`);
  });

  it('ignores secrets shorter than four characters (they would shred ordinary text)', () => {
    expect(redactText('a b abc', ['abc', 'a', ''])).toBe('a b abc');
  });

  it('leaves text without secrets unchanged', () => {
    expect(redactText('nothing here', ['crmc-reference-write-token'])).toBe('nothing here');
  });
});
