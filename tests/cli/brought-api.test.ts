/**
 * An API a user brings: tests/fixtures/acme-api is a module exporting a CrmApi, written only
 * in its own folder. It runs through the CLI (its own reference server, and a real target with
 * a fault), every report writer, replay and the engine, with no change anywhere else.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { apiNamed } from '../../src/apis/index.ts';
import { runConformance } from '../../src/suites/run-conformance.ts';
import { ACME } from '../fixtures/acme-api/index.ts';
import { ACME_TOKEN, startAcme } from '../fixtures/acme-api/server.ts';
import { runCli } from './spawn-cli.ts';

const MODULE = fileURLToPath(new URL('../fixtures/acme-api/index.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'crmc-brought-'));
const servers: Array<{ close(): Promise<void> }> = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

describe('an API brought as a module (--api PATH)', () => {
  it('loads by path, and a path that exports no CrmApi is a usage error naming it', async () => {
    expect((await apiNamed(MODULE)).name).toBe('acme');
    await expect(apiNamed('./tests/fixtures/acme-api/server.ts')).rejects.toThrow('./tests/fixtures/acme-api/server.ts exports no CrmApi');
    await expect(apiNamed('./no/such/module.js')).rejects.toThrow('--api: cannot load the module ./no/such/module.js');
  });

  it('runs against its own reference server from the CLI and writes every report', async () => {
    const out = join(dir, 'clean');
    const result = await runCli(['run', '--api', MODULE, '--runs', '3', '--seed', '1', '--report-dir', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('verdict: CONFORMANT');
    for (const file of ['index.html', 'report.json', 'junit.xml', 'summary.md']) expect(existsSync(join(out, file)), file).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { api: string; summary: { clauses: { passed: number } } };
    expect([report.api, report.summary.clauses.passed]).toEqual(['acme', 2]);
  });

  it('finds a real target\'s fault (exit 1), and replay says STILL FAILING there and FIXED on a clean server', async () => {
    const faulty = await startAcme({ faults: ['read-drops-name'] });
    const clean = await startAcme();
    servers.push(faulty, clean);
    const out = join(dir, 'faulty');
    const run = await runCli(['run', '--api', MODULE, '--base-url', faulty.url, '--token', ACME_TOKEN, '--object', 'widgets', '--runs', '3', '--seed', '1', '--report-dir', out]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('finding: MUST ACME_READ_BACK ACME-READ-001');
    const replay = (url: string) => runCli(['replay', join(out, 'report.json'), '--api', MODULE, '--base-url', url, '--token', ACME_TOKEN]);
    const still = await replay(faulty.url);
    expect([still.code, still.stdout.includes('STILL FAILING: ACME_READ_BACK#1')]).toEqual([1, true]);
    const fixed = await replay(clean.url);
    expect([fixed.code, fixed.stdout.includes('FIXED: ACME_READ_BACK#1')]).toEqual([0, true]);
  });

  it('runs in the engine like a built-in API', async () => {
    const server = await startAcme({ faults: ['create-answers-200'] });
    servers.push(server);
    const outcomes = await runConformance({
      api: 'acme', baseUrl: server.url, embedded: false, token: ACME_TOKEN, objects: ['widgets'], members: [],
      seed: 1, runs: 2, strict: false, only: [], timeoutMs: 5_000, concurrency: 2, runId: 'crmcacme',
    }, ACME);
    expect(outcomes.flatMap((o) => o.findings.map((f) => `${f.level} ${f.check}`))).toEqual(['MUST ACME_CREATE_201']);
  });
});
