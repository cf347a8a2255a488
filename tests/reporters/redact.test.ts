import { describe, expect, it } from 'vitest';
import { isFreeOfSecrets, REDACTED, redactReport, redactString } from '../../src/reporters/redact.ts';
import { SAMPLE_READ_TOKEN, SAMPLE_TOKEN, sampleReport } from './fixtures/sample-report.ts';

describe('redactReport', () => {
  it('removes the tokens from headers, bodies, urls and messages', () => {
    const report = sampleReport();
    report.findings[0]!.message += ` (sent ${SAMPLE_READ_TOKEN})`;
    report.target.baseUrl = `https://crm.example.test/v2?key=${SAMPLE_TOKEN}`;
    const before = JSON.stringify(report);
    expect(before).toContain(SAMPLE_TOKEN);
    const text = JSON.stringify(redactReport(report, [SAMPLE_TOKEN, SAMPLE_READ_TOKEN]));
    expect(text).not.toContain(SAMPLE_TOKEN);
    expect(text).not.toContain(SAMPLE_READ_TOKEN);
    expect(isFreeOfSecrets(text, [SAMPLE_TOKEN, SAMPLE_READ_TOKEN])).toBe(true);
    expect(JSON.stringify(report)).toBe(before);
  });

  it('keeps only a placeholder in credential headers even without knowing the token', () => {
    const report = sampleReport();
    const safe = redactReport(report, []);
    const headers = safe.findings[0]!.exchanges[0]!.request.headers;
    expect(headers.authorization).toBe(`Bearer ${REDACTED}`);
    expect(headers['content-type']).toBe('application/json');
  });

  it('keeps a placeholder in every secret-looking header, and scrubs its value where a target echoed it', () => {
    const report = sampleReport();
    const exchange = report.findings[0]!.exchanges[0]!;
    exchange.request.headers = { ...exchange.request.headers, 'x-api-key': 'gw-key-0042', 'x-tenant': 'acme' };
    exchange.response = { status: 400, headers: { 'set-cookie': 'sid=abc123', 'x-echo': 'gw-key-0042' }, body: '{"echo":"gw-key-0042"}', truncated: false };
    const safe = redactReport(report, ['gw-key-0042']);
    const after = safe.findings[0]!.exchanges[0]!;
    expect(after.request.headers).toMatchObject({ 'x-api-key': REDACTED, 'x-tenant': 'acme' });
    expect(after.response).toMatchObject({ headers: { 'set-cookie': REDACTED, 'x-echo': REDACTED }, body: `{"echo":"${REDACTED}"}` });
    expect(JSON.stringify(safe)).not.toContain('gw-key-0042');
  });

  it('scrubs bearer credentials written out in free text', () => {
    expect(redactString('echo: Bearer abc.def-ghi', [])).toBe(`echo: Bearer ${REDACTED}`);
    expect(redactString(`Bearer ${REDACTED}`, [])).toBe(`Bearer ${REDACTED}`);
  });

  it('ignores secrets too short to replace safely', () => {
    expect(redactString('the cat sat', ['at'])).toBe('the cat sat');
  });
});
