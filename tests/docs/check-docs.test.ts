import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../src/checks/zeeg/index.ts';
import { renderCheckDocs } from '../../src/docs/check-docs.ts';

describe('docs/checks.md', () => {
  const committed = readFileSync(new URL('../../docs/checks.md', import.meta.url), 'utf8');

  it('matches the check registry (run `npm run generate` after changing a check)', () => {
    expect(committed).toBe(renderCheckDocs());
  });

  it('has one section per check code', () => {
    const sections = committed.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    expect(sections).toEqual(ALL_CHECKS.map((c) => c.code));
  });
});
