import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsProblem } from '../../src/probe/probe-target.ts';
import { startReferenceServer, WRITE_TOKEN, type RunningReferenceServer } from '../../src/apis/zeeg/reference/index.ts';
import { runCli } from './spawn-cli.ts';

// A refused token or a mistyped object slug is the user's setting, not the target's failing:
// the run stops with exit 2 and names the setting, instead of a report full of failures.
let server: RunningReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer();
});
afterAll(() => server.close());

describe('settings problems found by the probe', () => {
  it('a token the target refuses: exit 2, one line naming --token', async () => {
    const result = await runCli(['run', '--base-url', server.url, '--token', 'not-the-token', '--object', 'products']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`crm-conformance: the target refused the token (401) for GET ${server.url}/crm/objects/products: check --token or CRM_TOKEN`);
    expect(result.stdout + result.stderr).not.toContain('not-the-token');
  });

  it('an object the target does not have: exit 2, one line naming --object', async () => {
    const result = await runCli(['run', '--base-url', server.url, '--token', WRITE_TOKEN, '--object', 'products', '--object', 'prodcts']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`crm-conformance: object "prodcts" was not found on the target (404 for GET ${server.url}/crm/objects/prodcts): check --object`);
  });

  it('leaves every other answer to the checks', () => {
    for (const status of [200, 400, 405, 429, 500]) expect(settingsProblem({ url: 'u', status, ms: 1 }, 'products')).toBeUndefined();
    expect(settingsProblem({ url: 'u', status: 403, ms: 1 }, 'products')?.code).toBe('CRMC_CONFIG_INVALID');
    expect(settingsProblem({ url: 'u', status: 404, ms: 1 }, undefined)).toBeUndefined();
  });
});
