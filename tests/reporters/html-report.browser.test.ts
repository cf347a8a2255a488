/**
 * Opens a written index.html from disk in headless Chromium and uses it as a reader would:
 * the matrix, the filters, a finding's evidence. Target payloads must show as text, never run.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClauses } from '../../src/contract/clauses.ts';
import { writeReports } from '../../src/reporters/write-reports.ts';
import { IMG_PAYLOAD, SAMPLE_TOKEN, SCRIPT_PAYLOAD, sampleReport } from './fixtures/sample-report.ts';

const CHROMIUM = '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
const dir = mkdtempSync(join(tmpdir(), 'crmc-html-'));
let browser: Browser | undefined;

beforeAll(async () => {
  if (missing) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('index.html in a browser', () => {
  const title = 'filters the matrix, opens a finding and never runs target payloads';
  it.skipIf(missing)(missing ? `${title} (skipped: ${CHROMIUM} not installed)` : title, async () => {
    const written = writeReports(dir, sampleReport(), { secrets: [SAMPLE_TOKEN], env: {} });
    const page = await browser!.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(written.html).href);

    const catalogue = loadClauses('zeeg').clauses;
    await expect.poll(() => page.getByTestId('matrix-count').textContent()).toBe(`${catalogue.length} of ${catalogue.length} clauses shown`);
    for (const clause of catalogue) expect(await page.getByTestId(`clause-${clause.id}`).count()).toBe(1);

    await page.getByTestId('filter-verdict-failed').click();
    const failed = sampleReport().clauses.filter((c) => c.verdict === 'failed');
    expect(failed.length).toBeGreaterThan(1);
    await expect.poll(() => page.locator('tr[data-clause]:visible').count()).toBe(failed.length);
    await page.getByTestId('filter-level').selectOption('SHOULD');
    const failedShould = failed.filter((c) => c.level === 'SHOULD').length;
    await expect.poll(() => page.locator('tr[data-clause]:visible').count()).toBe(failedShould);
    await page.getByTestId('filter-verdict-all').click();
    await page.getByTestId('filter-level').selectOption('all');

    await page.getByTestId('clause-ZEEG-RECORD-002').getByRole('link', { name: 'CREATE_STATUS#1' }).click();
    const finding = page.getByTestId('finding-CREATE_STATUS#1');
    expect(await finding.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await finding.getByTestId('expected').textContent()).toContain('"status": 201');
    expect(await finding.getByTestId('observed').textContent()).toContain(IMG_PAYLOAD);
    expect(await finding.getByTestId('curl').textContent()).toMatch(/^curl -sS -i -X POST https:\/\/crm\.example\.test\/v2\/crm\/products -H "Authorization: Bearer \$CRM_TOKEN"/);
    await expect.poll(() => finding.getByText(SCRIPT_PAYLOAD).first().isVisible()).toBe(true);
    expect(await finding.getByTestId('response-1').textContent()).toContain(IMG_PAYLOAD);

    mkdirSync(resolve('test-artifacts'), { recursive: true });
    await page.screenshot({ path: resolve('test-artifacts/report.png'), fullPage: true });

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    await page.close();
  });
});
