import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUSINESS_ID, FULL_API_KEY, TEAM_MEMBER_IDS, USER_IDS } from '../../src/apis/kizen/reference/index.ts';
import { WRITE_TOKEN } from '../../src/apis/zeeg/reference/index.ts';
import { BIN, cleanEnv, runCli } from './spawn-cli.ts';

interface Served {
  child: ChildProcessWithoutNullStreams;
  /** What the server printed up to its last banner line. */
  banner: string;
}

/** Starts `serve` with `args` and resolves once its banner is out (the test's timeout guards a hang). */
function serve(args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  return new Promise<Served>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`exited with ${code} before its banner: ${stdout}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Press Ctrl+C to stop.')) resolve({ child, banner: stdout });
    });
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('close', resolve);
    child.kill('SIGTERM');
  });
}

/** The words of a printed command as a POSIX shell splits them (bare words and single quotes only). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] === undefined ? m[2]! : m[1].replaceAll("'\\''", "'")));
}

const reportRoot = mkdtempSync(join(tmpdir(), 'crmc-serve-try-'));
afterAll(() => rmSync(reportRoot, { recursive: true, force: true }));

describe('crm-conformance serve', () => {
  it('prints its URL and tokens, serves, and stops on SIGTERM with exit 0', async () => {
    const { child, banner } = await serve(['--fault', 'wrong-status-create-200']);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/v2)/.exec(banner)?.[1];
    expect(banner).toContain(`write token: ${WRITE_TOKEN}`);
    expect(banner).toContain('faults:      wrong-status-create-200 (ZEEG-RECORD-002)');
    const res = await fetch(`${url}/crm/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${WRITE_TOKEN}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await stop(child)).toBe(0);
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
    const result = await runCli(['serve', '--port', '0', '--fault', 'no-such-fault']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^crm-conformance: Unknown fault "no-such-fault"/);
  });

  it('rejects an unknown --style with exit 2, naming the flag', async () => {
    const result = await runCli(['serve', '--port', '0', '--style', 'bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--style must be reference or lenient, not "bogus"');
  });

  it('--style lenient serves the lenient twin: a refusal in the { error } shape, a create answered 200', async () => {
    const { child, banner } = await serve(['--style', 'lenient']);
    try {
      expect(banner).toContain('zeeg lenient twin of the reference server listening on');
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/v2)/.exec(banner)?.[1];
      const headers = { authorization: `Bearer ${WRITE_TOKEN}`, 'content-type': 'application/json' };
      const refused = await fetch(`${url}/crm/products`, { method: 'POST', headers, body: '[]' });
      expect(refused.status).toBe(422);
      expect(Object.keys((await refused.json()) as object)).toEqual(['error']);
      const created = await fetch(`${url}/crm/products`, { method: 'POST', headers, body: '{}' });
      expect(created.status).toBe(200);
      const id = ((await created.json()) as { record: { id: string } }).record.id;
      expect((await fetch(`${url}/crm/products/${id}`, { method: 'DELETE', headers })).status).toBe(200);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  // The printed command runs as printed; the test appends only `--runs 1` to keep it cheap.
  it.each(['zeeg', 'hubspot', 'kizen'])('%s: the printed "try:" line runs against the served API with exit 0', async (api) => {
    const { child, banner } = await serve(['--api', api]);
    try {
      const line = /^ {2}try: (.+)$/m.exec(banner)?.[1];
      expect(line, banner).toBeDefined();
      const [program, ...args] = shellWords(line!);
      expect(program).toBe('crm-conformance');
      const result = await runCli([...args, '--runs', '1'], { cwd: reportRoot });
      expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  }, 180_000);
});
