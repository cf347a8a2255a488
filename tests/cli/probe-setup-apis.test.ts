/**
 * The setup probe of HubSpot and Kizen, as a user meets it: each mistake stops the run before
 * its first case with exit 2 and one line naming the setting (flag and variable), worded as
 * Zeeg's: a read-only token given as --token, a --read-token the target refuses, a base URL
 * with a suffix the API root does not have, a Kizen business or user id the account lacks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_TOKEN as HS_READ, startHubspotServer, WRITE_TOKEN as HS_WRITE } from '../../src/apis/hubspot/reference/index.ts';
import { BUSINESS_ID, FULL_API_KEY, READ_ONLY_API_KEY, startKizenServer, TEAM_MEMBER_IDS, USER_IDS } from '../../src/apis/kizen/reference/index.ts';
import { runCli } from './spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'crmc-probe-apis-'));
let hubspot: Awaited<ReturnType<typeof startHubspotServer>>;
let kizen: Awaited<ReturnType<typeof startKizenServer>>;
beforeAll(async () => {
  [hubspot, kizen] = await Promise.all([startHubspotServer(), startKizenServer()]);
});
afterAll(async () => {
  await Promise.all([hubspot.close(), kizen.close()]);
  rmSync(dir, { recursive: true, force: true });
});

async function expectSetupError(args: string[], line: string): Promise<void> {
  const result = await runCli(['run', '--quiet', ...args]);
  expect(result.code, result.stderr + result.stdout).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`crm-conformance: ${line}\n`);
}

describe('HubSpot setup mistakes', () => {
  const run = (...args: string[]) => ['--api', 'hubspot', '--object', 'contacts', ...args];
  it('a read-only token as --token: the create is refused and --token is named', async () => {
    await expectSetupError(run('--base-url', hubspot.url, '--token', HS_READ), `the target refused to create a record with the token (403 for POST ${hubspot.url}/crm/objects/2026-03/contacts): check that --token (or CRM_TOKEN) may write`);
  });
  it('a --read-token the target does not know', async () => {
    await expectSetupError(run('--base-url', hubspot.url, '--token', HS_WRITE, '--read-token', 'wrong'), `the target refused the read-only token (401 for GET ${hubspot.url}/crm/properties/2026-03/contacts): check --read-token or CRM_READ_TOKEN`);
  });
  it('a token that may write given as --read-token: a warning names --read-token, and the suites still judge the write (exit 1)', async () => {
    const result = await runCli(['run', '--quiet', '--api', 'hubspot', '--object', 'p_orders', '--runs', '1', '--only', 'HUBSPOT-AUTH-002', '--report-dir', join(dir, 'read-writes'), '--base-url', hubspot.url, '--token', HS_WRITE, '--read-token', HS_WRITE]);
    expect(result.code, result.stderr + result.stdout).toBe(1);
    expect(result.stderr).toContain(`warning: the target let the read-only token write (201 for POST ${hubspot.url}/crm/objects/2026-03/p_orders): if --read-token (or CRM_READ_TOKEN) may write`);
  });
  it.each(['/crm/v3', '/crm'])('a base URL ending in %s: the root to use is named', async (suffix) => {
    await expectSetupError(
      run('--base-url', `${hubspot.url}${suffix}`, '--token', HS_WRITE),
      `--base-url (or CRM_BASE_URL) is not the API root: GET ${hubspot.url}${suffix}/crm/properties/2026-03/contacts answered 404, GET ${hubspot.url}/crm/properties/2026-03/contacts answered 200; use --base-url ${hubspot.url}`,
    );
  });
});

describe('Kizen setup mistakes', () => {
  const account = (business = BUSINESS_ID, user = USER_IDS[0]!) => ['--business-id', business, '--user-id', user];
  const run = (...args: string[]) => ['--api', 'kizen', '--object', 'projects', '--member', TEAM_MEMBER_IDS[0]!, ...args];
  it('a read-only key as --token: the add is refused and --token is named', async () => {
    await expectSetupError(run('--base-url', kizen.url, '--token', READ_ONLY_API_KEY, ...account()), `the target refused to create a record with the token (403 for POST ${kizen.url}/api/records/projects/add): check that --token (or CRM_TOKEN) may write`);
  });
  it('a --read-token the target does not know', async () => {
    await expectSetupError(run('--base-url', kizen.url, '--token', FULL_API_KEY, '--read-token', 'wrong', ...account()), `the target refused the read-only token (401 for GET ${kizen.url}/api/custom-objects/projects): check --read-token or CRM_READ_TOKEN`);
  });
  it('a base URL ending in /api: the host root is named', async () => {
    await expectSetupError(
      run('--base-url', `${kizen.url}/api`, '--token', FULL_API_KEY, ...account()),
      `--base-url (or CRM_BASE_URL) is not the API root: GET ${kizen.url}/api/api/custom-objects/projects answered 404, GET ${kizen.url}/api/custom-objects/projects answered 200; use --base-url ${kizen.url}`,
    );
  });
  it('a business id the account lacks: --business-id is named, not --token', async () => {
    await expectSetupError(run('--base-url', kizen.url, '--token', FULL_API_KEY, ...account('0c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5')), `the target refused the call (401 for GET ${kizen.url}/api/custom-objects/projects) and blames the account: check --business-id (or CRM_BUSINESS_ID)`);
  });
  it('a user id the account lacks: --user-id is named', async () => {
    await expectSetupError(run('--base-url', kizen.url, '--token', FULL_API_KEY, ...account(BUSINESS_ID, '1c1d2e3f-4a5b-4c6d-8e7f-90a1b2c3d4e5')), `the target refused the call (401 for GET ${kizen.url}/api/custom-objects/projects) and blames the account: check --user-id (or CRM_USER_ID)`);
  });
  it('a right setup passes the probe and leaves no record behind', async () => {
    const before = kizen.liveRecords();
    const result = await runCli(['run', '--quiet', ...run('--base-url', kizen.url, '--token', FULL_API_KEY, '--read-token', READ_ONLY_API_KEY, ...account()), '--only', 'KIZEN-DISCOVERY-001', '--report-dir', join(dir, 'right')]);
    expect(result.code, result.stderr + result.stdout).toBe(0);
    expect(kizen.liveRecords()).toBe(before);
  });
});
