import { mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorLine, EXIT_FOR_ERROR, exitCodeForError } from '../../src/cli/exit-codes.ts';
import { defaultReportDir, linkLatest, timestampName } from '../../src/cli/report-dir.ts';
import { isLoopback } from '../../src/cli/validate.ts';
import { plainHttpWarning } from '../../src/cli/validate.ts';
import { CrmcError, ERROR_CODES } from '../../src/core/errors.ts';

const cwd = mkdtempSync(join(tmpdir(), 'crmc-dirs-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('report directories', () => {
  it('names runs by timestamp, keeps same-second runs apart, points latest at the newest', () => {
    const now = new Date('2026-03-01T10:00:00.123Z');
    expect(timestampName(now)).toBe('2026-03-01T10-00-00Z');
    const first = defaultReportDir(cwd, now);
    const second = defaultReportDir(cwd, now);
    expect(basename(first)).toBe('2026-03-01T10-00-00Z');
    expect(basename(second)).toBe('2026-03-01T10-00-00Z-2');
    expect(linkLatest(first)).toBe('symlink');
    expect(linkLatest(second)).toBe('symlink');
    expect(readlinkSync(join(cwd, 'reports', 'latest'))).toBe('2026-03-01T10-00-00Z-2');
  });
});

describe('exit codes', () => {
  it('maps every error code to 2 and anything unexpected to 2', () => {
    expect(Object.keys(EXIT_FOR_ERROR).sort()).toEqual(Object.keys(ERROR_CODES).sort());
    expect(new Set(Object.values(EXIT_FOR_ERROR))).toEqual(new Set([2]));
    expect(exitCodeForError(new TypeError('boom'))).toBe(2);
  });

  it('prints one line, and a stack only with CRMC_DEBUG=1', () => {
    expect(errorLine(new CrmcError('CRMC_USAGE', 'bad flag\nmore'), {})).toBe('bad flag');
    expect(errorLine(new TypeError('boom'), {})).toBe('internal error: boom (set CRMC_DEBUG=1 for details)');
    expect(errorLine(new TypeError('boom'), { CRMC_DEBUG: '1' })).toMatch(/^TypeError: boom\n\s+at /);
  });
});

describe('plain http warning', () => {
  it('warns for a remote http target only', () => {
    expect(isLoopback('127.0.0.1') && isLoopback('[::1]') && isLoopback('localhost')).toBe(true);
    expect(plainHttpWarning('http://127.0.0.1:4010/v2')).toBeUndefined();
    expect(plainHttpWarning('https://crm.example.test/v2')).toBeUndefined();
    expect(plainHttpWarning('http://crm.example.test/v2')).toBe('warning: the token is sent over plain http to crm.example.test; use https');
  });
});
