import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-usage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exit 2 with exactly one line on stderr, nothing on stdout, no stack trace. */
async function expectUsageError(args: string[], pattern: RegExp, env: Record<string, string> = {}) {
  const result = await runCli(args, { cwd: dir, env });
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('crm-conformance usage', () => {
  it('--help prints the commands and exits 0', async () => {
    const result = await runCli(['--help'], { cwd: dir });
    expect(result.code).toBe(0);
    for (const command of ['run', 'serve', 'replay', 'merge']) expect(result.stdout).toContain(`  ${command} `);
  });

  it('help run and run --help print the run flags', async () => {
    for (const args of [['help', 'run'], ['run', '--help']]) {
      const result = await runCli(args, { cwd: dir });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('--base-url URL');
    }
  });

  it('--version prints the package version', async () => {
    const result = await runCli(['--version'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });

  it('rejects an unknown flag, command, number, URL, shard, member and --only id', async () => {
    await expectUsageError(['run', '--bogus'], /^crm-conformance: unknown flag --bogus for run/);
    await expectUsageError(['frobnicate'], /unknown command "frobnicate"/);
    await expectUsageError(['run', '--runs', 'ten'], /--runs: expected an integer, got "ten"/);
    await expectUsageError(['run', '--concurrency', '0'], /--concurrency: expected an integer from 1 to 64, got 0/);
    await expectUsageError(['run', '--base-url', 'ftp://x/v2', '--token', 'abcdef'], /--base-url: expected an http or https URL/);
    await expectUsageError(['run', '--base-url', 'not a url', '--token', 'abcdef'], /--base-url: not a URL/);
    await expectUsageError(['run', '--shard', '4/3'], /--shard: expected 1 <= i <= n, got 4\/3/);
    await expectUsageError(['run', '--shard', 'half'], /--shard: expected i\/n/);
    await expectUsageError(['run', '--member', 'bob'], /--member: not a valid uuid: "bob"/);
    await expectUsageError(['run', '--only', 'ZEEG-NOPE-001'], /--only: "ZEEG-NOPE-001" is neither a clause id nor a check code/);
    await expectUsageError(['run', '--seed'], /--seed needs a value/);
  });

  it('a base URL without a token is a usage error', async () => {
    await expectUsageError(['run', '--base-url', 'https://crm.example.test/v2'], /--base-url needs a token/);
    await expectUsageError(['run'], /CRM_BASE_URL needs a token/, { CRM_BASE_URL: 'https://crm.example.test/v2' });
  });

  it('an external target needs its objects named', async () => {
    await expectUsageError(['run', '--base-url', 'http://127.0.0.1:1/v2', '--token', 'abcdef'], /name the objects to test with --object SLUG/);
  });

  it('a bad environment value names the variable', async () => {
    await expectUsageError(['run'], /^crm-conformance: CRM_BASE_URL: not a URL/, { CRM_BASE_URL: '::', CRM_TOKEN: 'abcdef' });
  });

  it('a bad config file exits 2 with one line naming the file', async () => {
    const json = join(dir, 'bad.json');
    writeFileSync(json, '{"runs": 5,');
    await expectUsageError(['run', '--config', json], /bad\.json: not valid JSON/);
    writeFileSync(json, '{"runz": 5}');
    await expectUsageError(['run', '--config', json], /bad\.json: unknown key "runz"/);
    writeFileSync(json, '{"runs": "5"}');
    await expectUsageError(['run', '--config', json], /bad\.json: "runs" must be a number/);
    writeFileSync(json, '{"runs": 0}');
    await expectUsageError(['run', '--config', json], /bad\.json: runs: expected an integer from 1/);
    await expectUsageError(['run', '--config', join(dir, 'missing.json')], /missing\.json: not found/);
    const ts = join(dir, 'crm-conformance.config.ts');
    writeFileSync(ts, 'export default { runs: 5, colour: "blue" };\n');
    await expectUsageError(['run'], /crm-conformance\.config\.ts: unknown key "colour"/);
    writeFileSync(ts, 'export default { runs: ;\n');
    await expectUsageError(['run'], /crm-conformance\.config\.ts: cannot be loaded/);
    rmSync(ts);
  });

  it('an unreachable target exits 2 within 2 s with one line', async () => {
    const result = await runCli(['run', '--base-url', 'http://127.0.0.1:1/v2', '--token', 'abcdef', '--object', 'products'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('crm-conformance: target unreachable: http://127.0.0.1:1/v2/crm/objects/products (ECONNREFUSED)\n');
    expect(result.ms).toBeLessThan(2_000);
  });
});
