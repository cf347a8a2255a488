/**
 * Where a run's reports go by default: reports/<timestamp>/ under the working directory, with
 * reports/latest pointing at the newest (a symlink, or a text file holding the directory name
 * where symlinks cannot be made).
 */
import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const REPORTS_ROOT = 'reports';
export const LATEST = 'latest';

/** 2026-03-01T10-00-00Z: sortable, and valid in file names everywhere. */
export function timestampName(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/** A fresh directory name under root; a suffix keeps two runs in the same second apart. */
export function defaultReportDir(cwd: string, now: Date = new Date(), suffix?: string): string {
  const root = join(cwd, REPORTS_ROOT);
  const base = `${timestampName(now)}${suffix === undefined ? '' : `-${suffix}`}`;
  let name = base;
  for (let n = 2; existsSync(join(root, name)); n += 1) name = `${base}-${n}`;
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Points <root>/latest at dir; returns how ('symlink', 'file', or 'none' when neither works). */
export function linkLatest(dir: string): 'symlink' | 'file' | 'none' {
  const latest = join(dirname(dir), LATEST);
  try {
    const stat = lstatSync(latest);
    if (stat.isSymbolicLink() || stat.isFile()) rmSync(latest);
  } catch {
    // nothing there yet
  }
  try {
    symlinkSync(basename(dir), latest, 'dir');
    return 'symlink';
  } catch {
    try {
      writeFileSync(latest, `${basename(dir)}\n`);
      return 'file';
    } catch {
      return 'none';
    }
  }
}
