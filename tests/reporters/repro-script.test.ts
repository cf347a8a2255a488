import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Exchange, Finding } from '../../src/core/findings.ts';
import { reproFileName, reproScript } from '../../src/reporters/repro-script.ts';

const BASE = 'http://127.0.0.1:9/v2';
const RUN = 'crmcab12cd34';
const ID = '5f0c6a1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b';

function exchange(seq: number, method: string, path: string, body: string | undefined, auth: Exchange['request']['auth'], reply: unknown, status: number, headers: Record<string, string> = {}): Exchange {
  return {
    seq, step: `step ${seq}`, durationMs: 1,
    request: { method, url: `${BASE}${path}`, headers: { accept: 'application/json', authorization: 'Bearer [REDACTED]', ...headers }, ...(body === undefined ? {} : { body }), auth },
    response: { status, headers: {}, body: JSON.stringify(reply), truncated: false },
  };
}

const finding = {
  id: 'PATCH_KEEPS_OMITTED#3', check: 'PATCH_KEEPS_OMITTED', clauses: ['ZEEG-PATCH-001'], level: 'MUST', title: 'A patch keeps what it does not name',
  message: 'attribute "in_stock" is null, expected false', expected: { in_stock: false }, observed: { in_stock: null }, suite: 'patch', testCase: 'case', seed: 7,
  exchanges: [
    exchange(1, 'POST', '/crm/products', `{"sku":"${RUN}-tag001-1-a","name":"it's"}`, 'write', { record: { id: ID } }, 201, { 'x-gateway-key': '[REDACTED]' }),
    exchange(2, 'GET', `/crm/products/${ID}`, undefined, 'read', { record: { id: ID } }, 200),
  ],
} as Finding;

describe('reproScript', () => {
  const script = reproScript(finding, BASE, RUN);

  it('names the finding, reads tokens from the environment, and captures ids from replies', () => {
    expect(script.split('\n').slice(0, 2)).toEqual(['#!/usr/bin/env bash', '# Reproduces PATCH_KEEPS_OMITTED#3 (MUST, ZEEG-PATCH-001): A patch keeps what it does not name']);
    expect(script).toContain(': "${CRM_TOKEN:?set CRM_TOKEN to a token with write access}"');
    expect(script).toContain(': "${CRM_READ_TOKEN:?set CRM_READ_TOKEN to a read-only token}"');
    expect(script).toContain(`send 1 POST "\${BASE}/crm/products" 201 '{"sku":"'"\${RUN}"'-tag001-1-a","name":"it'\\''s"}' -H 'accept: application/json' -H "authorization: Bearer \${CRM_TOKEN}" -H "x-gateway-key: \${CRM_HEADER_X_GATEWAY_KEY:?set this header}"`);
    expect(script).toContain(`ID1=$(capture 1 '["record","id"]')`);
    expect(script).toContain(`send 2 GET "\${BASE}/crm/products/\${ID1}" 200 '' -H 'accept: application/json' -H "authorization: Bearer \${CRM_READ_TOKEN}"`);
    expect(script).not.toContain(RUN);
    expect(script).not.toContain(ID);
  });

  it('is valid bash', () => {
    expect(() => execFileSync('bash', ['-n'], { input: script })).not.toThrow();
  });

  it('says when the run sent requests at the same moment', () => {
    expect(script).not.toContain('(a race)');
    const raced = { ...finding, exchanges: finding.exchanges.map((x) => ({ ...x, raced: true as const })) };
    expect(reproScript(raced, BASE, RUN)).toContain('at the same moment (a race)');
  });

  it('names its file after the finding', () => {
    expect(reproFileName('PATCH_KEEPS_OMITTED#3')).toBe('PATCH_KEEPS_OMITTED-3.sh');
  });
});
