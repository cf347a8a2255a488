/**
 * The tree as ARCHITECTURE.md draws it: every import of src/ runs down the layers, never up;
 * an API's folder imports no other API's; and no file outside an API's folder names an API or
 * an API's own settings in code (the registry, which lists the APIs, aside).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_NAMES, testableApis } from '../../src/apis/index.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Lowest first: a file may import its own layer and those before it. */
const ORDER = ['core', 'contract', 'http', 'runner', 'checks', 'suites', 'probe', 'reference', 'api-contract', 'api', 'registry', 'report', 'reporters', 'docs', 'cli', 'library', 'package'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The layer of a file under src/, and the API it belongs to when it is in an API's folder. */
export function layerOf(file: string): { layer: string; api?: string } {
  const parts = relative(SRC, file).split(/[\\/]/);
  if (parts.length === 1) return { layer: 'package' };
  if (parts[0] === 'apis') {
    if (parts.length === 2) return { layer: parts[1] === 'index.ts' ? 'registry' : 'api-contract' };
    return { layer: 'api', api: parts[1]! };
  }
  return { layer: parts[0]! };
}

const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => normalize(join(dirname(file), m[1] ?? m[2]!)));
}

/** Source text without comments, so a comment may still name what it explains. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** What is wrong with each import, given as [importing file, imported file]. */
export function layerProblems(imports: ReadonlyArray<readonly [string, string]>): string[] {
  const problems: string[] = [];
  for (const [file, target] of imports) {
    const from = layerOf(file);
    const to = layerOf(target);
    const where = `${relative(SRC, file)} imports ${relative(SRC, target)}`;
    if (ORDER.indexOf(to.layer) > ORDER.indexOf(from.layer)) problems.push(`${where}: ${from.layer} may not import ${to.layer}`);
    if (from.api !== undefined && to.api !== undefined && from.api !== to.api) problems.push(`${where}: one API's folder imports another's`);
  }
  return problems;
}

/** Words in code that name an API or an API's own setting. */
export function namingPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<![A-Za-z])(${words.map((w) => w.replace(/[-]/g, '\\-')).join('|')})(?![a-z])`, 'i');
}

describe('the layers', () => {
  const files = filesUnder(SRC);

  it('every file of src/ has a layer of the documented order', () => {
    expect(files.map((f) => layerOf(f).layer).filter((layer) => !ORDER.includes(layer))).toEqual([]);
  });

  it('every import runs down the layers, and no API folder imports another', () => {
    expect(layerProblems(files.flatMap((file) => importsOf(file).map((target) => [file, target] as const)))).toEqual([]);
  });

  it('would catch an upward import, one API importing another, and a name in generic code', () => {
    const at = (path: string) => join(SRC, path);
    expect(layerProblems([
      [at('runner/session.ts'), at('report/build-report.ts')],
      [at('apis/kizen/checks/x.ts'), at('apis/zeeg/model/y.ts')],
      [at('apis/kizen/checks/x.ts'), at('runner/session.ts')],
      [at('cli/main.ts'), at('apis/index.ts')],
    ])).toEqual([
      'runner/session.ts imports report/build-report.ts: runner may not import report',
      "apis/kizen/checks/x.ts imports apis/zeeg/model/y.ts: one API's folder imports another's",
    ]);
    const pattern = namingPattern(['zeeg', 'businessId', 'business-id']);
    expect(['const ZEEG_ACCESS = 1', "flag: '--business-id'", 'settings.businessId'].map((line) => pattern.test(line))).toEqual([true, true, true]);
    expect(['const zeegish = 1', 'const business = 1'].map((line) => pattern.test(line))).toEqual([false, false]);
  });

  it('no file outside an API folder names an API or an API\'s own settings in code', async () => {
    const apis = await testableApis();
    const words = [...API_NAMES, ...apis.flatMap((api) => (api.settings ?? []).flatMap((s) => [s.key, s.flag, s.env]))];
    const pattern = namingPattern(words);
    const named = files
      .filter((file) => !['api', 'registry'].includes(layerOf(file).layer))
      .flatMap((file) => codeOf(file).split('\n').filter((line) => pattern.test(line)).map((line) => `${relative(SRC, file)}: ${line.trim()}`));
    expect(named).toEqual([]);
  });
});
