/**
 * Durations with units for --timeout and --max-time (issue 14, item 4): `500ms`, `30s`, `2m`, a
 * bare number of milliseconds, the same in the environment and the config file; a bad value
 * exits 2 with one line naming where it came from.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkConfig, type LoadedConfig } from '../../src/cli/load-config.ts';
import { formatDuration, parseDuration } from '../../src/cli/validate.ts';
import { runCli } from './spawn-cli.ts';
import { resolveArgs } from '../support/resolve-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-durations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const flag = { name: '--max-time', code: 'CRMC_USAGE' } as const;
const resolveWith = (args: string[], env: NodeJS.ProcessEnv = {}, config: LoadedConfig['config'] = {}) =>
  resolveArgs(args, env, { file: join(dir, 'c.json'), dir, config }, dir).settings;

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['1.5s', 1_500],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['250', 250],
    [' 45s ', 45_000],
    ['10 s', 10_000],
    [90_000, 90_000],
  ])('%j is %i ms', (raw, ms) => {
    expect(parseDuration(raw, flag, 1)).toBe(ms);
  });

  it.each(['30x', 's', '', '-5s', '1e3', '2 m s', '30S', '1.5'])('%j is refused with the forms it takes', (raw) => {
    expect(() => parseDuration(raw, flag, 1)).toThrow(`--max-time: expected a duration such as 500ms, 30s or 2m (a bare number is milliseconds), got ${JSON.stringify(raw)}`);
  });

  it('refuses a number that is no integer, and names the range in units', () => {
    expect(() => parseDuration(2.5, flag, 1)).toThrow('--max-time: expected a duration such as 500ms, 30s or 2m (a bare number is milliseconds), got 2.5');
    expect(() => parseDuration('11m', { name: '--timeout', code: 'CRMC_USAGE' }, 1, 600_000)).toThrow('--timeout: expected a duration from 1ms to 10m, got 11m');
    expect(() => parseDuration('0s', flag, 1)).toThrow('--max-time: expected a duration at least 1ms, got 0ms');
  });

  it('formats with the largest unit that divides evenly', () => {
    expect([250, 1_000, 90_000, 120_000, 61_500].map(formatDuration)).toEqual(['250ms', '1s', '90s', '2m', '61500ms']);
  });
});

describe('--timeout and --max-time from every source', () => {
  const base = ['--base-url', 'http://127.0.0.1:4010/v2', '--token', 'abcd1234'];

  it('flags take units', () => {
    expect(resolveWith([...base, '--timeout', '500ms', '--max-time', '2m'])).toMatchObject({ timeoutMs: 500, maxTimeMs: 120_000 });
    expect(resolveWith([...base, '--timeout', '1500', '--max-time', '30'])).toMatchObject({ timeoutMs: 1_500, maxTimeMs: 30 });
  });

  it('CRM_TIMEOUT and CRM_MAX_TIME take units and sit between flags and the file', () => {
    const env = { CRM_TIMEOUT: '3s', CRM_MAX_TIME: '90s' };
    expect(resolveWith(base, env, { timeoutMs: 100, maxTimeMs: 100 })).toMatchObject({ timeoutMs: 3_000, maxTimeMs: 90_000 });
    expect(resolveWith([...base, '--max-time', '5s'], env)).toMatchObject({ maxTimeMs: 5_000 });
  });

  it('timeoutMs and maxTimeMs in the config file take numbers and strings with units', () => {
    expect(resolveWith(base, {}, { timeoutMs: 2_000, maxTimeMs: 60_000 })).toMatchObject({ timeoutMs: 2_000, maxTimeMs: 60_000 });
    expect(resolveWith(base, {}, { timeoutMs: '2s', maxTimeMs: '1m' })).toMatchObject({ timeoutMs: 2_000, maxTimeMs: 60_000 });
    expect(checkConfig('c.json', { timeoutMs: '2s', maxTimeMs: 1000 })).toEqual({ timeoutMs: '2s', maxTimeMs: 1000 });
    expect(() => checkConfig('c.json', { maxTimeMs: true })).toThrow('c.json: "maxTimeMs" must be a number of milliseconds or a string such as "30s"');
  });

  it('a bad value names its source', () => {
    expect(() => resolveWith(base, { CRM_MAX_TIME: 'soon' })).toThrow('CRM_MAX_TIME: expected a duration such as 500ms, 30s or 2m (a bare number is milliseconds), got "soon"');
    expect(() => resolveWith(base, {}, { timeoutMs: '10 minutes' })).toThrow(`${join(dir, 'c.json')}: timeoutMs: expected a duration such as 500ms`);
  });
});

describe('crm-conformance run with a bad duration', () => {
  it('exits 2 with one line naming the flag', async () => {
    const result = await runCli(['run', '--max-time', '30sec'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('crm-conformance: --max-time: expected a duration such as 500ms, 30s or 2m (a bare number is milliseconds), got "30sec"\n');
  });

  it('a duration in a JSON config file is read', async () => {
    writeFileSync(join(dir, 'crm-conformance.config.json'), JSON.stringify({ timeoutMs: '0s' }));
    const result = await runCli(['run'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`crm-conformance: ${join(dir, 'crm-conformance.config.json')}: timeoutMs: expected a duration from 1ms to 10m, got 0ms\n`);
  });
});
