/**
 * Custom headers end to end: every request of a run (probe included) carries them, the reports
 * show a secret-looking one only as a placeholder and never its value, and replay sends them
 * again when given (and refuses to send a placeholder).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../src/reporters/json-report.ts';
import { READ_TOKEN, startReferenceServer, WRITE_TOKEN, type RunningReferenceServer } from '../../src/apis/zeeg/reference/index.ts';
import { recordingProxy, type TestServer } from '../http/local-server.ts';
import { runCli } from './spawn-cli.ts';

const SECRET = 'gateway-secret-7f3a9c';
const dir = mkdtempSync(join(tmpdir(), 'crmc-headers-'));
let faulty: RunningReferenceServer;
let proxy: TestServer;

beforeAll(async () => {
  faulty = await startReferenceServer({ faults: ['assert-update-returns-201'] });
  proxy = await recordingProxy(new URL(faulty.url).origin);
});

afterAll(async () => {
  await proxy.close();
  await faulty.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a run with --header', () => {
  const reportDir = join(dir, 'run');
  const headerArgs = ['--header', `X-Api-Key: ${SECRET}`, '--header', 'X-Tenant: acme'];

  it('sends them on every request and redacts the secret one in every report file', async () => {
    const args = ['run', '--base-url', `${proxy.url}/v2`, '--token', WRITE_TOKEN, '--read-token', READ_TOKEN, '--object', 'products', '--only', 'ZEEG-ASSERT-001', '--runs', '2', '--seed', '3', '--report-dir', reportDir, '--quiet'];
    const result = await runCli([...args, ...headerArgs], { cwd: dir, timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(1);
    expect(proxy.received.length).toBeGreaterThan(5);
    for (const seen of proxy.received) expect([seen.headers['x-api-key'], seen.headers['x-tenant']]).toEqual([SECRET, 'acme']);

    const report = readReport(reportDir);
    const exchange = report.findings[0]!.exchanges.at(-1)!;
    expect(exchange.request.headers['x-api-key']).toBe('[REDACTED]');
    expect(exchange.request.headers['x-tenant']).toBe('acme');
    const files = readdirSync(reportDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    expect(files.some((f) => f.includes('/repro/'))).toBe(true);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain(SECRET);
    expect(readFileSync(join(reportDir, 'index.html'), 'utf8')).toContain('x-api-key: [REDACTED]');
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  });

  it('replay refuses to send the placeholder, and sends the header when given', async () => {
    const id = readReport(reportDir).findings[0]!.id;
    const file = join(reportDir, 'report.json');
    const missing = await runCli(['replay', file, id, '--token', WRITE_TOKEN, '--read-token', READ_TOKEN], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`crm-conformance: ${id} sent the x-api-key header, redacted in the report: pass --header 'x-api-key: …'\n`);

    const before = proxy.received.length;
    const replayed = await runCli(['replay', file, id, '--token', WRITE_TOKEN, '--read-token', READ_TOKEN, '--timeout', '5s', ...headerArgs], { cwd: dir });
    expect(replayed.code, replayed.stderr).toBe(1);
    expect(replayed.stdout).toMatch(/^STILL FAILING: /m);
    expect(replayed.stdout).not.toContain(SECRET);
    const sent = proxy.received.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const seen of sent) expect([seen.headers['x-api-key'], seen.headers['x-tenant']]).toEqual([SECRET, 'acme']);
  });
});
