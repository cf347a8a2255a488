import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/core/findings.ts';
import { curlFor, replayCommand, shellQuote } from '../../src/reporters/curl.ts';

const exchange: Exchange = {
  seq: 3,
  step: 'AssertRecord',
  request: {
    method: 'put',
    url: 'https://crm.example.test/v2/crm/products?matchingAttribute=sku',
    headers: { Authorization: 'Bearer [REDACTED]', 'content-type': 'application/json', 'content-length': '31', host: 'x' },
    body: `{"sku":"it's $HOME \`id\`","n":1}`,
  },
  durationMs: 1,
};

/** What a POSIX shell makes of the line: every argument after `curl`, one a line. */
function shellWords(line: string): string[] {
  const script = `set -- ${line.replace(/^curl /, '')}; for a in "$@"; do printf '%s\\n' "$a"; done`;
  return execFileSync('sh', ['-c', script], { env: { CRM_TOKEN: 'tok-from-env' } }).toString().trimEnd().split('\n');
}

describe('curlFor', () => {
  it('builds one line with the method, url, headers and body, Authorization from $CRM_TOKEN', () => {
    expect(curlFor(exchange)).toBe(
      `curl -sS -i -X PUT 'https://crm.example.test/v2/crm/products?matchingAttribute=sku' ` +
        `-H "Authorization: Bearer $CRM_TOKEN" -H 'content-type: application/json' ` +
        `--data-raw '{"sku":"it'\\''s $HOME \`id\`","n":1}'`,
    );
  });

  it('survives a real shell: the body arrives byte for byte, only the token variable expands', () => {
    const words = shellWords(curlFor(exchange));
    expect(words).toContain('Authorization: Bearer tok-from-env');
    expect(words.at(-1)).toBe(exchange.request.body);
    expect(words).not.toContain('content-length: 31');
  });

  it('shows a secret-looking custom header only as a placeholder, others as recorded', () => {
    const withHeaders: Exchange = { ...exchange, request: { ...exchange.request, headers: { 'x-api-key': 'leaked-if-unredacted', 'x-tenant': 'acme' }, body: '' } };
    expect(curlFor(withHeaders)).toBe(`curl -sS -i -X PUT 'https://crm.example.test/v2/crm/products?matchingAttribute=sku' -H 'x-api-key: [REDACTED]' -H 'x-tenant: acme'`);
  });

  it('rebases the URL onto another server', () => {
    const line = curlFor(exchange, { rebase: { from: 'https://crm.example.test/v2', to: 'http://127.0.0.1:4010/v2' } });
    expect(line).toContain(`'http://127.0.0.1:4010/v2/crm/products?matchingAttribute=sku'`);
  });

  it('omits --data-raw when there is no body', () => {
    const { body: _none, ...request } = exchange.request;
    expect(curlFor({ ...exchange, request: { ...request, method: 'GET' } })).not.toContain('--data-raw');
  });
});

describe('shellQuote and replayCommand', () => {
  it('leaves plain words alone and quotes the rest', () => {
    expect(shellQuote('report.json')).toBe('report.json');
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
    expect(replayCommand('CREATE_STATUS#1')).toBe(`npx crm-conformance replay report.json 'CREATE_STATUS#1'`);
  });
});
