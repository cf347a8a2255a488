/**
 * The package as users get it: packed (tests/package/pack.ts), installed into an empty project,
 * then run through `npx crm-conformance` for every API, asked for its version, made to refuse
 * `--runner vitest` without vitest and to run its suites through vitest with it, and imported
 * from a plain .mjs file that runs an API in-process against its reference server, clean and
 * with a fault. Temporary folders and port 0 only, so it passes beside another test run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../cli/spawn-cli.ts';
import { installInto, packInto, ROOT } from './pack.ts';

const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'crmc-pack-'));
let project = '';
let files: string[] = [];

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npx crm-conformance ...args` in the consumer project; never throws on a non-zero exit. */
async function npx(args: readonly string[]): Promise<Ran> {
  try {
    const { stdout, stderr } = await exec('npx', ['--no-install', 'crm-conformance', ...args], { cwd: project, env: cleanEnv(), timeout: 240_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

beforeAll(async () => {
  const packed = await packInto(dir);
  files = packed.entry.files.map((f) => f.path);
  project = await installInto(dir, packed.tarball);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packed package', () => {
  it('ships the build, the specs and the licence, and none of the sources, tests or tools', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/crm-conformance.js', 'dist/index.js', 'dist/index.d.ts',
      'dist/cli/vitest/vitest.config.js', 'dist/cli/vitest/conformance.test.js', 'spec/report.schema.json', 'spec/sources/sources.yaml', 'spec/hubspot/clauses.yaml']));
    expect(files.filter((path) => /^(src|tests|bench|\.ci|node_modules)\/|\.ts$/.test(path) && !path.endsWith('.d.ts'))).toEqual([]);
    const installed = JSON.parse(readFileSync(join(project, 'node_modules', 'crm-conformance', 'package.json'), 'utf8')) as { dependencies: object };
    expect(Object.keys(installed.dependencies)).not.toContain('vitest');
    expect(Object.keys(installed.dependencies)).not.toContain('tsx');
  });

  it('runs every API from npx and judges each reference server conformant', async () => {
    const runs = await Promise.all(
      ['zeeg', 'hubspot', 'kizen'].map((api) => npx(['run', '--api', api, '--runs', '3', '--seed', '7', '--quiet', '--report-dir', join(dir, `report-${api}`)])),
    );
    for (const ran of runs) expect([ran.code, ran.stderr]).toEqual([0, '']);
    const report = JSON.parse(readFileSync(join(dir, 'report-hubspot', 'report.json'), 'utf8')) as { summary: { verdict: string }; spec: { apiVersion: string } };
    expect([report.summary.verdict, report.spec.apiVersion]).toEqual(['CONFORMANT', '2026-03']);
  });

  it('tells its version, and refuses the vitest runner while vitest is not installed', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await npx(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const vitest = await npx(['run', '--runner', 'vitest', '--runs', '1']);
    expect(vitest.code).toBe(2);
    expect(vitest.stderr).toContain('the runner "vitest" (--runner, CRM_RUNNER or "runner" in the config file) needs vitest');
  });

  it('runs the suites through vitest once vitest is installed beside it', async () => {
    // The checkout's vitest stands in for `npm install vitest`: the same package, without the download.
    symlinkSync(join(ROOT, 'node_modules', 'vitest'), join(project, 'node_modules', 'vitest'), 'dir');
    const ran = await npx(['run', '--runner', 'vitest', '--runs', '1', '--seed', '7', '--quiet', '--report-dir', join(dir, 'report-vitest')]);
    expect([ran.code, ran.stderr]).toEqual([0, '']);
    expect(ran.stdout).toMatch(/^crm-conformance: CONFORMANT; /);
  });

  it('imports from a plain .mjs file and runs an API in-process against its reference server', async () => {
    writeFileSync(join(project, 'use.mjs'), LIBRARY_USE);
    const { stdout } = await exec(process.execPath, ['use.mjs'], { cwd: project, env: cleanEnv(), timeout: 240_000 });
    expect(JSON.parse(stdout)).toEqual({ clean: ['CONFORMANT', 0, 'v2'], faulty: ['NOT CONFORMANT', 1], defineConfig: 'function' });
  });
});

/** What a user's script does: start a reference server, run against it, then the embedded one with a fault. */
const LIBRARY_USE = `
import { apiNamed, defineConfig, run, startReference } from 'crm-conformance';
const server = await startReference('zeeg');
const clean = await run({ api: 'zeeg', baseUrl: server.url, token: server.token, ...server.settings, runs: 3, seed: 7 });
await server.close();
const fault = (await apiNamed('zeeg')).reference.faults.find((f) => f.name === 'create-drops-dates');
const faulty = await run({ api: 'zeeg', runs: 3, seed: 7, only: fault.clauses, reference: { faults: [fault.name] } });
console.log(JSON.stringify({
  clean: [clean.verdict, clean.exitCode, clean.report.spec.apiVersion],
  faulty: [faulty.verdict, faulty.exitCode],
  defineConfig: typeof defineConfig,
}));
process.exit(0);
`;
