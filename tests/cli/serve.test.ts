import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BUSINESS_ID, FULL_API_KEY, TEAM_MEMBER_IDS, USER_IDS } from '../../src/reference/kizen/index.ts';
import { WRITE_TOKEN } from '../../src/reference/zeeg/index.ts';
import { BIN, cleanEnv } from './spawn-cli.ts';

describe('crm-conformance serve', () => {
  it('prints its URL and tokens, serves, and stops on SIGTERM with exit 0', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--fault', 'wrong-status-create-200'], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    // No clock: the server either prints its URL or exits without it (the test's timeout guards a hang).
    const url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`exited with ${code} before printing its URL: ${stdout}`)));
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/v2)/.exec(stdout);
        if (match !== null) resolve(match[1]!);
      });
    });
    expect(stdout).toContain(`write token: ${WRITE_TOKEN}`);
    expect(stdout).toContain('faults:      wrong-status-create-200 (ZEEG-RECORD-002)');
    const res = await fetch(`${url}/crm/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${WRITE_TOKEN}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', resolve);
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(stdout).toContain('reference server stopped');
  });

  it('--api kizen --style lenient serves the lenient twin (add answers 201 with the four members)', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--api', 'kizen', '--port', '0', '--style', 'lenient'], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`exited with ${code} before printing its URL: ${stdout}`)));
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (match !== null) resolve(match[1]!);
      });
    });
    try {
      const res = await fetch(`${url}/api/records/projects/add`, {
        method: 'POST',
        headers: { 'x-api-key': FULL_API_KEY, 'x-business-id': BUSINESS_ID, 'x-user-id': USER_IDS[0]!, 'content-type': 'application/json' },
        body: JSON.stringify({ fields: [{ name: 'name', value: 'Served lenient' }, { name: 'owner', value: TEAM_MEMBER_IDS[0] }] }),
      });
      expect(res.status).toBe(201);
      expect(Object.keys((await res.json()) as object).sort()).toEqual(['id', 'num_associated_team_members', 'num_upcoming_activities', 'object_type']);
    } finally {
      await new Promise((resolve) => {
        child.on('close', resolve);
        child.kill('SIGTERM');
      });
    }
  });

  it('rejects an unknown fault with exit 2', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--fault', 'no-such-fault'], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^crm-conformance: Unknown fault "no-such-fault"/);
  });
});
