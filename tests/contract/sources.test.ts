/**
 * spec/sources/sources.yaml: one entry per source file, every file a clause cites has one, every
 * entry names a snapshot that exists, and a broken entry is CRMC_SPEC_INVALID.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsDir, loadClauses } from '../../src/contract/clauses.ts';
import { loadSources, parseSources, sourcesOf } from '../../src/contract/sources.ts';

describe('source pages', () => {
  const pages = loadSources();

  it('has an entry for every file a clause cites, and a snapshot for every entry', () => {
    const cited = new Set((['zeeg', 'hubspot', 'kizen'] as const).flatMap((api) => loadClauses(api).clauses.map((c) => c.source)));
    expect([...cited].filter((file) => !pages.has(file))).toEqual([]);
    expect([...pages.keys()].filter((file) => !existsSync(`${docsDir()}${file}`))).toEqual([]);
  });

  it('gives a report only the pages its catalogue cites', () => {
    expect(Object.keys(sourcesOf(loadClauses('zeeg'))).sort()).toEqual(['zeeg-assert-record.txt', 'zeeg-create-record.txt', 'zeeg-patch-record.txt', 'zeeg-reference-notes.md']);
  });

  it.each([
    ['sources:\n  a.txt: plain', 'a.txt: expected a mapping with a title'],
    ['sources:\n  a.txt: { title: A, url: "http://x.test/" }', 'a.txt: url must be an https:// address'],
    ['sources:\n  a.txt: { title: A, link: "https://x.test/" }', 'a.txt: unknown key "link"'],
    ['pages: {}', 'expected a mapping "sources"'],
  ])('refuses %j', (text, problem) => {
    expect(() => parseSources(text)).toThrow(expect.objectContaining({ code: 'CRMC_SPEC_INVALID', message: expect.stringContaining(problem) }));
  });
});
