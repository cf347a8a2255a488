/**
 * The library's run(): the options are checked like a config file's before anything starts, and
 * the process's CRM_* variables do not leak into a run a program describes.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/library/run.ts';
import { startReference } from '../../src/library/reference.ts';

describe('run()', () => {
  it.each([
    [{ rnus: 3 } as never, 'CRMC_CONFIG_INVALID', 'run() options: unknown key "rnus"'],
    [{ runs: 'many' } as never, 'CRMC_CONFIG_INVALID', 'run() options: "runs" must be a number'],
    [{ api: 'salesforce' }, 'CRMC_CONFIG_INVALID', 'expected one of zeeg, hubspot, kizen'],
    [{ only: ['NOPE-X-001'] }, 'CRMC_USAGE', '"NOPE-X-001" is neither a clause id nor a check code'],
    [{ baseUrl: 'https://crm.example.test/v2' }, 'CRMC_USAGE', 'needs a token'],
  ])('refuses %j', async (options, code, message) => {
    await expect(run(options)).rejects.toMatchObject({ code, message: expect.stringContaining(message) });
  });

  it('ignores CRM_BASE_URL of the process', async () => {
    process.env.CRM_BASE_URL = 'http://127.0.0.1:1/v2';
    try {
      const result = await run({ api: 'zeeg', runs: 1, seed: 3, only: ['ZEEG-CREATE-001'] });
      expect([result.report.target.embedded, result.exitCode, result.written]).toEqual([true, 0, undefined]);
    } finally {
      delete process.env.CRM_BASE_URL;
    }
  });
});

describe('startReference()', () => {
  it('starts an API reference server on port 0 with what a run against it needs', async () => {
    const server = await startReference('kizen', { faults: ['add-status-202'] });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect([server.api, server.faults, typeof server.token, server.settings.apiSettings?.['businessId'] !== undefined]).toEqual(['kizen', ['add-status-202'], 'string', true]);
    } finally {
      await server.close();
    }
  });

  it('refuses an API it does not know, naming itself', async () => {
    await expect(startReference('salesforce')).rejects.toMatchObject({ code: 'CRMC_USAGE', message: expect.stringContaining('startReference: "salesforce"') });
  });
});
