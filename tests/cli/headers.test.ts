/**
 * Custom headers (issue 14, item 6): `--header 'Name: value'` and config `headers` are checked,
 * refused with exit 2 naming --header when malformed or forbidden, and kept in lower case.
 */
import { describe, expect, it } from 'vitest';
import { checkConfig, type LoadedConfig } from '../../src/cli/load-config.ts';
import { parseHeaders } from '../../src/cli/parse-headers.ts';
import { runCli } from './spawn-cli.ts';
import { resolveArgs } from '../support/resolve-run.ts';

const flag = { name: '--header', code: 'CRMC_USAGE' } as const;
const base = ['--base-url', 'http://127.0.0.1:4010/v2', '--token', 'abcd1234'];
const resolveWith = (args: string[], config: LoadedConfig['config'] = {}) =>
  resolveArgs(args, {}, { file: '/x/c.json', dir: '/x', config }, '/x').settings;

describe('parseHeaders', () => {
  it('takes "Name: value" lines and objects, trims values and lower-cases names', () => {
    expect(parseHeaders(['X-Tenant: acme', 'X-Api-Key:  k-123 '], flag)).toEqual({ 'x-tenant': 'acme', 'x-api-key': 'k-123' });
    expect(parseHeaders({ 'X-Tenant': 'acme', 'X-Trace': 'a:b:c' }, flag)).toEqual({ 'x-tenant': 'acme', 'x-trace': 'a:b:c' });
    expect(parseHeaders('X-Tenant: acme', flag)).toEqual({ 'x-tenant': 'acme' });
  });

  it.each([
    ['X-Tenant', '--header: expected "Name: value", got "X-Tenant"'],
    [': acme', '--header: expected "Name: value", got ": acme"'],
    ['X Tenant: acme', '--header: "X Tenant" is not a valid header name'],
    ['X-Tenant :acme', '--header: "X-Tenant " is not a valid header name'],
    ['X-Tenant:', '--header: the X-Tenant header needs a value'],
    ['X-Tenant: a\r\nX-Injected: b', '--header: the value of X-Tenant holds a line break or another control character'],
    ['Host: example.test', '--header: the Host header cannot be set: it comes from the base URL'],
    ['Content-Length: 5', '--header: the Content-Length header cannot be set: the client frames every body itself'],
    ['Transfer-Encoding: chunked', '--header: the Transfer-Encoding header cannot be set: the client frames every body itself'],
    ['Connection: close', '--header: the Connection header cannot be set: the client manages its connections'],
    ['Authorization: Bearer x', '--header: the Authorization header cannot be set: pass the token with --token (or CRM_TOKEN)'],
    ['Content-Type: text/plain', '--header: the Content-Type header cannot be set: the checks send JSON and bodies that are not, and label each'],
  ])('%j is refused', (line, message) => {
    expect(() => parseHeaders([line], flag)).toThrow(message);
  });

  it('refuses a name given twice, in any case', () => {
    expect(() => parseHeaders(['X-Tenant: a', 'x-tenant: b'], flag)).toThrow('--header: the x-tenant header is given twice');
  });

  it('refuses values that are not strings and input of the wrong shape', () => {
    expect(() => parseHeaders({ 'X-Count': 3 }, flag)).toThrow('--header: the value of X-Count must be a string');
    expect(() => parseHeaders(7, flag)).toThrow('--header: expected "Name: value" lines or an object of header values');
  });
});

describe('headers among the settings', () => {
  it('come from repeated flags, or from the config file as an object or a list', () => {
    expect(resolveWith([...base, '--header', 'X-Tenant: acme', '--header', 'X-Api-Key: k-123']).headers).toEqual({ 'x-tenant': 'acme', 'x-api-key': 'k-123' });
    expect(resolveWith(base, { headers: { 'X-Tenant': 'acme' } }).headers).toEqual({ 'x-tenant': 'acme' });
    expect(resolveWith(base, { headers: ['X-Tenant: acme'] }).headers).toEqual({ 'x-tenant': 'acme' });
    expect(resolveWith([...base, '--header', 'X-Tenant: flag'], { headers: ['X-Tenant: file'] }).headers).toEqual({ 'x-tenant': 'flag' });
    expect(resolveWith(base).headers).toBeUndefined();
  });

  it('a bad config value names the file and key', () => {
    expect(() => checkConfig('c.json', { headers: 'X-Tenant: acme' })).toThrow('c.json: "headers" must be an object of header values or a list of "Name: value" strings');
    expect(() => checkConfig('c.json', { headers: { 'X-Count': 3 } })).toThrow('c.json: "headers" must be an object');
    expect(() => resolveWith(base, { headers: ['Host: x'] })).toThrow('/x/c.json: headers: the Host header cannot be set: it comes from the base URL');
  });
});

describe('crm-conformance run with a bad --header', () => {
  it.each([
    ['Content-Length: 5', 'crm-conformance: --header: the Content-Length header cannot be set: the client frames every body itself\n'],
    ['X-Tenant acme', 'crm-conformance: --header: expected "Name: value", got "X-Tenant acme"\n'],
  ])('%j exits 2 with one line naming --header', async (line, stderr) => {
    const result = await runCli(['run', ...base, '--object', 'products', '--header', line]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(stderr);
  });
});
