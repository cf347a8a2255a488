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

  // One process each, one test each: a test's own timeout never has to cover eleven start-ups.
  it.each<[string[], RegExp]>([
    [['run', '--bogus'], /^crm-conformance: unknown flag --bogus for run/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['run', '--runs', 'ten'], /--runs: expected an integer, got "ten"/],
    [['run', '--concurrency', '0'], /--concurrency: expected an integer from 1 to 64, got 0/],
    [['run', '--base-url', 'ftp://x/v2', '--token', 'abcdef'], /--base-url: expected an http or https URL/],
    [['run', '--base-url', 'not a url', '--token', 'abcdef'], /--base-url: not a URL/],
    [['run', '--shard', '4/3'], /--shard: expected 1 <= i <= n, got 4\/3/],
    [['run', '--shard', 'half'], /--shard: expected i\/n/],
    [['run', '--runner', 'jest'], /--runner: expected one of engine, vitest, got "jest"/],
    [['run', '--member', 'bob'], /--member: not a valid uuid: "bob"/],
    [['run', '--only', 'ZEEG-NOPE-001'], /--only: "ZEEG-NOPE-001" is neither a clause id nor a check code/],
    [['run', '--seed'], /--seed needs a value/],
  ])('rejects %j', async (args, pattern) => {
    await expectUsageError(args, pattern);
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

  describe('a bad config file exits 2 with one line naming the file', () => {
    it.each<[string, string, RegExp]>([
      ['bad.json', '{"runs": 5,', /bad\.json: not valid JSON/],
      ['bad.json', '{"runz": 5}', /bad\.json: unknown key "runz"/],
      ['bad.json', '{"runs": "5"}', /bad\.json: "runs" must be a number/],
      ['bad.json', '{"runs": 0}', /bad\.json: runs: expected an integer from 1/],
      ['crm-conformance.config.ts', 'export default { runs: 5, colour: "blue" };\n', /crm-conformance\.config\.ts: unknown key "colour"/],
      ['crm-conformance.config.ts', 'export default { runs: ;\n', /crm-conformance\.config\.ts: cannot be loaded/],
    ])('%s holding %j', async (name, content, pattern) => {
      const file = join(dir, name);
      writeFileSync(file, content);
      try {
        // The default config file is found in the working directory; any other is named.
        await expectUsageError(name.endsWith('.ts') ? ['run'] : ['run', '--config', file], pattern);
      } finally {
        rmSync(file);
      }
    });

    it('a config file that is not there', async () => {
      await expectUsageError(['run', '--config', join(dir, 'missing.json')], /missing\.json: not found/);
    });
  });

  it('an unreachable target exits 2 with one line naming the refused connection', async () => {
    const result = await runCli(['run', '--base-url', 'http://127.0.0.1:1/v2', '--token', 'abcdef', '--object', 'products'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('crm-conformance: target unreachable: http://127.0.0.1:1/v2/crm/objects/products (ECONNREFUSED)\n');
  });
});
