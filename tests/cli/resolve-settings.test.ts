import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCrmcError } from '../../src/core/errors.ts';
import { loadConfig, type LoadedConfig } from '../../src/cli/load-config.ts';
import { DEFAULTS } from '../../src/runner/settings.ts';
import { resolveArgs } from '../support/resolve-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noFile: LoadedConfig = { dir, config: {} };
const resolveWith = (args: string[], env: NodeJS.ProcessEnv = {}, file: LoadedConfig = noFile) =>
  resolveArgs(args, env, file, dir);

describe('resolveRun', () => {
  it('without a base URL targets the embedded server with the defaults and a random seed', () => {
    const run = resolveWith([]);
    expect(run.settings).toMatchObject({ embedded: true, baseUrl: '', token: '', runs: DEFAULTS.runs, timeoutMs: DEFAULTS.timeoutMs, concurrency: DEFAULTS.concurrency, strict: false, only: [] });
    expect(run.randomSeed).toBe(true);
    expect(run.settings.runId).toMatch(/^crmc[0-9a-f]{8}$/);
  });

  it('takes flags over environment over config file', () => {
    const file: LoadedConfig = { file: join(dir, 'c.json'), dir, config: { baseUrl: 'https://file.test/v2', token: 'file-token', runs: 7, seed: 1, objects: ['fromfile'], reportDir: 'out' } };
    const env = { CRM_BASE_URL: 'https://env.test/v2/', CRM_TOKEN: 'env-token' };
    const fromEnv = resolveWith([], env, file);
    expect(fromEnv.settings).toMatchObject({ baseUrl: 'https://env.test/v2', token: 'env-token', runs: 7, seed: 1, objects: ['fromfile'], embedded: false });
    expect(fromEnv.reportDir).toBe(join(dir, 'out'));
    const fromFlags = resolveWith(['--base-url', 'https://flag.test/v2', '--token', 'flag-token', '--runs', '3', '--object', 'a', '--object', 'b', '--report-dir', 'r'], env, file);
    expect(fromFlags.settings).toMatchObject({ baseUrl: 'https://flag.test/v2', token: 'flag-token', runs: 3, objects: ['a', 'b'] });
    expect(fromFlags.reportDir).toBe(join(dir, 'r'));
  });

  it('parses shard, deadline, strict and read token', () => {
    const run = resolveWith(['--base-url', 'http://127.0.0.1:4010/v2', '--token', 'abcd1234', '--read-token', 'read1234', '--shard', '2/3', '--max-time', '5000', '--strict', '--seed', '99']);
    expect(run.settings).toMatchObject({ shard: { index: 2, count: 3 }, maxTimeMs: 5000, strict: true, seed: 99, readToken: 'read1234' });
    expect(run.randomSeed).toBe(false);
  });

  it('takes --max-failures over the config key, and leaves it unset by default', () => {
    const file: LoadedConfig = { file: join(dir, 'c.json'), dir, config: { maxFailures: 5 } };
    expect(resolveWith([], {}, file).settings.maxFailures).toBe(5);
    expect(resolveWith(['--max-failures', '2'], {}, file).settings.maxFailures).toBe(2);
    expect(resolveWith([]).settings.maxFailures).toBeUndefined();
    expect(() => resolveWith(['--max-failures', '0'])).toThrow('--max-failures: expected an integer from 1 to 100000, got 0');
  });

  it('takes any non-empty business and user id (the add page types them as string, not uuid)', () => {
    expect(resolveWith(['--api', 'kizen', '--business-id', 'biz-1', '--user-id', '42']).settings.apiSettings).toEqual({ businessId: 'biz-1', userId: '42' });
    expect(resolveWith(['--api', 'kizen'], { CRM_BUSINESS_ID: ' acme ', CRM_USER_ID: 'u_1' }).settings.apiSettings).toEqual({ businessId: 'acme', userId: 'u_1' });
    expect(() => resolveWith(['--api', 'kizen', '--business-id', ' '])).toThrow('--business-id: expected a non-empty id');
    expect(() => resolveWith(['--api', 'kizen', '--user-id', 'a b'])).toThrow(/--user-id: an id sent in a header cannot contain whitespace/);
    expect(() => resolveWith(['--api', 'zeeg', '--business-id', 'biz-1'])).toThrow('unknown flag --business-id for run');
    expect(resolveWith(['--api', 'zeeg']).settings.apiSettings).toBeUndefined();
  });

  it('notes a token that will not be used when no base URL is given', () => {
    expect(resolveWith([], { CRM_TOKEN: 'abcdef' }).ignoredToken).toBe(true);
  });

  it('blames the source of a bad value with its code', () => {
    const cases: Array<[() => unknown, string, RegExp]> = [
      [() => resolveWith(['--runs', '1.5']), 'CRMC_USAGE', /^--runs:/],
      [() => resolveWith([], { CRM_BASE_URL: 'nope' }), 'CRMC_CONFIG_INVALID', /^CRM_BASE_URL:/],
      [() => resolveWith([], {}, { file: 'c.json', dir, config: { concurrency: 500 } }), 'CRMC_CONFIG_INVALID', /^c\.json: concurrency:/],
      [() => resolveWith(['--base-url', 'https://x.test/v2', '--token', 'a b']), 'CRMC_USAGE', /--token: a token cannot contain whitespace/],
    ];
    for (const [act, code, message] of cases) {
      try {
        act();
        expect.unreachable();
      } catch (error) {
        expect(isCrmcError(error), String(error)).toBe(true);
        expect((error as { code: string }).code).toBe(code);
        expect((error as Error).message).toMatch(message);
      }
    }
  });
});

describe('loadConfig', () => {
  it('finds crm-conformance.config.json in the working directory', async () => {
    const cwd = mkdtempSync(join(dir, 'json-'));
    writeFileSync(join(cwd, 'crm-conformance.config.json'), JSON.stringify({ runs: 4, only: ['ZEEG-CREATE-001'] }));
    const loaded = await loadConfig(cwd);
    expect(loaded.config).toEqual({ runs: 4, only: ['ZEEG-CREATE-001'] });
    expect(loaded.file).toBe(join(cwd, 'crm-conformance.config.json'));
  });

  it('loads a TypeScript config written with defineConfig', async () => {
    const cwd = mkdtempSync(join(dir, 'ts-'));
    const entry = new URL('../../src/index.ts', import.meta.url).href;
    writeFileSync(join(cwd, 'crm-conformance.config.ts'), `import { defineConfig } from '${entry}';\nexport default defineConfig({ runs: 9, strict: true });\n`);
    expect((await loadConfig(cwd)).config).toEqual({ runs: 9, strict: true });
  });

  it('returns an empty config when there is no file', async () => {
    expect(await loadConfig(mkdtempSync(join(dir, 'none-')))).toMatchObject({ config: {} });
  });
});
