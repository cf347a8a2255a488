import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAUSE_ID_PATTERN, checkQuotes, clausesPath, docsDir, loadClauses, quoteOccursIn, validateClauses } from '../../src/contract/clauses.ts';
import { isCrmcError } from '../../src/core/errors.ts';

const OPERATIONS = ['getObject', 'createRecord', 'assertRecord', 'patchRecord', 'getRecord', 'deleteRecord', 'updateRelation'];

describe('zeeg clause catalogue', () => {
  const catalogue = loadClauses('zeeg');

  it('holds 73 clauses with unique, well-formed ids', () => {
    expect(catalogue.clauses.length).toBe(73);
    const ids = catalogue.clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^ZEEG-(CREATE|ASSERT|PATCH|TYPES|UNIQUE|AUTH|RELATION|RECORD|DELETE|DISCOVERY|SERVER)-\d{3}$/);
  });

  it('names only operations of the OpenAPI document', () => {
    for (const clause of catalogue.clauses) for (const op of clause.operations) expect(OPERATIONS).toContain(op);
  });

  it('quotes every clause from its source page', () => {
    if (!existsSync(docsDir())) return expect.fail(`source pages not found at ${docsDir()}`);
    expect(() => checkQuotes(clausesPath('zeeg'), catalogue, docsDir())).not.toThrow();
  });

  it('covers every area of the pages with MUST clauses', () => {
    const areas = new Set(catalogue.clauses.filter((c) => c.level === 'MUST').map((c) => c.id.split('-')[1]));
    expect([...areas].sort()).toEqual(['ASSERT', 'AUTH', 'CREATE', 'DELETE', 'DISCOVERY', 'PATCH', 'RECORD', 'RELATION', 'SERVER', 'TYPES', 'UNIQUE']);
  });
});

describe('validateClauses', () => {
  const good = { id: 'ZEEG-CREATE-001', level: 'MUST', source: 'p.txt', quote: 'q', summary: 's', operations: ['createRecord'] };
  const problem = (clauses: unknown[]) => {
    try {
      validateClauses('c.yaml', { clauses });
    } catch (error) {
      if (isCrmcError(error, 'CRMC_SPEC_INVALID')) return error.message;
      throw error;
    }
    return 'accepted';
  };

  it('accepts a well-formed clause', () => expect(problem([good])).toBe('accepted'));
  it('rejects a duplicated id', () => expect(problem([good, good])).toBe('c.yaml: clause #2 (ZEEG-CREATE-001): duplicate id'));
  it('rejects a malformed id', () => expect(problem([{ ...good, id: 'ZEEG-CREATE-1' }])).toBe('c.yaml: clause #1 (ZEEG-CREATE-1): malformed id'));
  it('rejects an unknown level', () => expect(problem([{ ...good, level: 'MAY' }])).toBe('c.yaml: clause #1 (ZEEG-CREATE-001): level must be MUST or SHOULD'));
  it('rejects a clause without quote', () => expect(problem([{ ...good, quote: '' }])).toBe('c.yaml: clause #1 (ZEEG-CREATE-001): missing quote'));
  it('rejects a file without a clause list', () => expect(() => validateClauses('c.yaml', [])).toThrow('c.yaml: expected a mapping with a "clauses" list'));
  it('uses a pattern that rejects lower case', () => expect(CLAUSE_ID_PATTERN.test('zeeg-create-001')).toBe(false));
});

describe('quoteOccursIn', () => {
  it('ignores whitespace the pages ran together', () => expect(quoteOccursIn('default to null', 'attributes default tonull.')).toBe(true));
  it('rejects words the page does not hold', () => expect(quoteOccursIn('default to zero', 'attributes default tonull.')).toBe(false));
});
