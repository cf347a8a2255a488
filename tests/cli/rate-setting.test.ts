/**
 * --rate: from the flag, CRM_RATE or the config key `rate`, in that order; unset means an
 * unpaced run; a value that is not an integer from 1 to 10000 is refused naming its source,
 * and on the command line that is exit 2 with one line naming --rate.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadedConfig } from '../../src/cli/load-config.ts';
import { checkConfig } from '../../src/cli/load-config.ts';
import { runCli } from './spawn-cli.ts';
import { resolveArgs } from '../support/resolve-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-rate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const resolveWith = (args: string[], env: NodeJS.ProcessEnv = {}, config: LoadedConfig['config'] = {}) =>
  resolveArgs(args, env, { file: 'c.json', dir, config }, dir).settings;

function refusal(act: () => unknown): { code: string; message: string } {
  try {
    act();
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}

describe('--rate', () => {
  it('is unset by default', () => {
    expect(resolveWith([]).rate).toBeUndefined();
  });

  it('takes the flag over CRM_RATE over the config key', () => {
    expect(resolveWith([], {}, { rate: 7 }).rate).toBe(7);
    expect(resolveWith([], { CRM_RATE: '12' }, { rate: 7 }).rate).toBe(12);
    expect(resolveWith(['--rate', '20'], { CRM_RATE: '12' }, { rate: 7 }).rate).toBe(20);
  });

  it('accepts 1 and 10000 and refuses what lies outside, a fraction or a word, naming the source', () => {
    expect(resolveWith(['--rate', '1']).rate).toBe(1);
    expect(resolveWith(['--rate', '10000']).rate).toBe(10_000);
    expect(refusal(() => resolveWith(['--rate', '0']))).toEqual({ code: 'CRMC_USAGE', message: '--rate: expected an integer from 1 to 10000, got 0' });
    expect(refusal(() => resolveWith(['--rate', '2.5']))).toEqual({ code: 'CRMC_USAGE', message: '--rate: expected an integer, got "2.5"' });
    expect(refusal(() => resolveWith(['--rate', '10001'])).message).toBe('--rate: expected an integer from 1 to 10000, got 10001');
    expect(refusal(() => resolveWith([], { CRM_RATE: 'fast' }))).toEqual({ code: 'CRMC_CONFIG_INVALID', message: 'CRM_RATE: expected an integer, got "fast"' });
    expect(refusal(() => resolveWith([], {}, { rate: -3 }))).toEqual({ code: 'CRMC_CONFIG_INVALID', message: 'c.json: rate: expected an integer from 1 to 10000, got -3' });
  });

  it('the config file knows the key and wants a number', () => {
    expect(checkConfig('c.json', { rate: 20 })).toEqual({ rate: 20 });
    expect(refusal(() => checkConfig('c.json', { rate: '20' })).message).toMatch(/^c\.json: "rate" must be a number/);
  });

  it('a bad --rate on the command line exits 2 with one line naming it', async () => {
    const result = await runCli(['run', '--rate', '0'], { cwd: dir });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('crm-conformance: --rate: expected an integer from 1 to 10000, got 0\n');
  });
});
