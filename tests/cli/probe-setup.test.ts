/**
 * Mistakes in the setup stop a run against a real target with exit 2 and one line naming the
 * setting (issue 14, item 2): a token that cannot write, a read-only token the target refuses,
 * a base URL without its version prefix or one level too deep, an HTML page for discovery.
 * A right setup passes the probe, which creates one record and deletes it again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_TOKEN, startReferenceServer, WRITE_TOKEN, type RunningReferenceServer } from '../../src/apis/zeeg/reference/index.ts';
import { recordingProxy, serve, type TestServer } from '../http/local-server.ts';
import { runCli } from './spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-probe-'));
let server: RunningReferenceServer;
let origin: string;
beforeAll(async () => {
  server = await startReferenceServer();
  origin = new URL(server.url).origin;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Exit 2, nothing on stdout, exactly this one line on stderr. */
async function expectSetupError(args: string[], line: string): Promise<void> {
  const result = await runCli(['run', '--object', 'products', '--quiet', ...args]);
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`crm-conformance: ${line}\n`);
}

describe('setup mistakes found by the probe', () => {
  it('a read-only token passed as --token: the create is refused and --token is named', async () => {
    await expectSetupError(
      ['--base-url', server.url, '--token', READ_TOKEN],
      `the target refused to create a record with the token (403 for POST ${server.url}/crm/products): check that --token (or CRM_TOKEN) may write (crm:write)`,
    );
  });

  it('a token that may write given as --read-token: a warning names --read-token, and the suites still judge the write (exit 1, not 2)', async () => {
    const result = await runCli(['run', '--object', 'products', '--quiet', '--runs', '1', '--only', 'ZEEG-AUTH-002', '--base-url', server.url, '--token', WRITE_TOKEN, '--read-token', WRITE_TOKEN, '--report-dir', join(dir, 'read-writes')]);
    expect(result.code, result.stderr + result.stdout).toBe(1);
    expect(result.stderr).toContain(`warning: the target let the read-only token write (201 for POST ${server.url}/crm/products): if --read-token (or CRM_READ_TOKEN) may write, give one that may only read; if it may only read, the target ignores its scope and the suites report it\n`);
    expect(result.stdout).toMatch(/NOT CONFORMANT: fails ZEEG-AUTH-002/);
  });

  it('a read-only token the target does not know: --read-token is named', async () => {
    await expectSetupError(
      ['--base-url', server.url, '--token', WRITE_TOKEN, '--read-token', 'not-a-known-token'],
      `the target refused the read-only token (401 for GET ${server.url}/crm/objects/products): check --read-token or CRM_READ_TOKEN`,
    );
  });

  it('a base URL without its version prefix: --base-url is named with the root to use', async () => {
    await expectSetupError(
      ['--base-url', origin, '--token', WRITE_TOKEN],
      `--base-url (or CRM_BASE_URL) is not the API root: GET ${origin}/crm/objects/products answered 404, GET ${server.url}/crm/objects/products answered 200; use --base-url ${server.url} (the root ends with its version prefix, …/v2)`,
    );
  });

  it('a base URL one level too deep: the level up is named', async () => {
    await expectSetupError(
      ['--base-url', `${server.url}/crm`, '--token', WRITE_TOKEN],
      `--base-url (or CRM_BASE_URL) is not the API root: GET ${server.url}/crm/crm/objects/products answered 404, GET ${server.url}/crm/objects/products answered 200; use --base-url ${server.url} (the root ends with its version prefix, …/v2)`,
    );
  });

  it('an object missing under the right base URL is still blamed on --object', async () => {
    await expectSetupError(
      ['--base-url', server.url, '--token', WRITE_TOKEN, '--object', 'prodcts'],
      `object "prodcts" was not found on the target (404 for GET ${server.url}/crm/objects/prodcts): check --object`,
    );
  });

  describe('a web page where the API should be', () => {
    let page: TestServer;
    beforeAll(async () => {
      page = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html><body>Welcome</body></html>');
      });
    });
    afterAll(() => page.close());

    it('an HTML page for discovery: --base-url is named with the expected prefix', async () => {
      await expectSetupError(
        ['--base-url', page.url, '--token', WRITE_TOKEN],
        `--base-url (or CRM_BASE_URL) is not the API root: GET ${page.url}/crm/objects/products answered an HTML page (200), not JSON; the root ends with its version prefix (…/v2)`,
      );
      expect(page.received.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /crm/objects/products']);
    });
  });
});

describe('a right setup', () => {
  it('passes the probe, which creates one record with the run id and deletes it', async () => {
    const proxy = await recordingProxy(origin);
    try {
      const base = `${proxy.url}/v2`;
      const result = await runCli(['run', '--base-url', base, '--token', WRITE_TOKEN, '--read-token', READ_TOKEN, '--object', 'products', '--only', 'ZEEG-DISCOVERY-001', '--runs', '1', '--run-id', 'probe0001', '--quiet', '--report-dir', join(dir, 'run')], { cwd: dir, timeoutMs: 120_000 });
      expect(result.code, result.stderr).toBe(0);
      const probe = proxy.received.slice(0, 5);
      expect(probe.map((r) => `${r.method} ${r.url}`)).toEqual([
        'GET /v2/crm/objects/products',
        'GET /v2/crm/objects/products',
        'GET /v2/crm/objects/products',
        'POST /v2/crm/products',
        expect.stringMatching(/^DELETE \/v2\/crm\/products\/[0-9a-f-]{36}$/),
      ]);
      expect(probe.map((r) => r.headers.authorization)).toEqual([WRITE_TOKEN, READ_TOKEN, WRITE_TOKEN, WRITE_TOKEN, WRITE_TOKEN].map((t) => `Bearer ${t}`));
      const sent = JSON.parse(probe[3]!.body) as Record<string, unknown>;
      for (const value of Object.values(sent)) if (typeof value === 'string') expect(value.startsWith('probe0001-probe-')).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});
