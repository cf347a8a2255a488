/**
 * The valid-value arbitraries: every value they produce passes the contract validators (200
 * runs per attribute), texts stay within 255 code points with the boundaries among them, dates
 * are real calendar dates, and objects without options or ids get what the code promises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, TEXT_MAX_CODE_POINTS } from '../../../src/apis/zeeg/contract/attributes.ts';
import { confirmInvalid } from '../../../src/apis/zeeg/generation/invalid-values.ts';
import { textBoundaries, textOf, textReadingEdges, validOrNull, validValue } from '../../../src/apis/zeeg/generation/valid-values.ts';
import { buildWorld, type WritableAttribute, type World } from '../../../src/apis/zeeg/model/world.ts';
import { SUPPLIERS } from '../../../src/apis/zeeg/reference/index.ts';
import { BLIND_WORLD, MEMBERS, SUPPLIER_IDS, WORLD } from '../../model/zeeg/world-fixture.ts';

const SUPPLIER_WORLD = buildWorld(SUPPLIERS, new Map([['products', ['0b7c1f7e-1d7a-4c3e-9f00-00000000000a']]]), []);
const ROWS: Array<[string, World, WritableAttribute]> = [WORLD, SUPPLIER_WORLD].flatMap((world) =>
  [...world.attributes.values()].map((attr) => [`${world.object.slug}.${attr.key} (${attr.type})`, world, attr] as [string, World, WritableAttribute]),
);
const SEED = 4242;
const attr = (key: string) => WORLD.attributes.get(key)!;

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

describe('validValue', () => {
  it.each(ROWS)('%s: every value passes the validator and is never judged invalid', (_, world, a) => {
    const arb = validValue(world, a);
    expect(arb).toBeDefined();
    fc.assert(
      fc.property(arb!, (value) => {
        expect(world.validators.value(a.key, value).errors).toEqual([]);
        expect(confirmInvalid(world, a.key, value)).toBe(false);
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  it('validOrNull gives null and valid values', () => {
    const sample = fc.sample(validOrNull(WORLD, attr('price')), { numRuns: 200, seed: SEED });
    expect(sample).toContain(null);
    expect(sample.every((v) => WORLD.validators.value('price', v).valid)).toBe(true);
  });

  it('texts never exceed 255 code points and are well-formed UTF-16', () => {
    fc.assert(
      fc.property(validValue(WORLD, attr('name'))!, (text) => {
        expect(typeof text).toBe('string');
        expect(codePointLength(text as string)).toBeLessThanOrEqual(TEXT_MAX_CODE_POINTS);
        expect(/\p{Cs}/u.test(text as string), 'a lone surrogate').toBe(false);
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  it('the text boundaries are the longest texts both readings of "255 characters" accept, and all are generated', () => {
    const boundaries = textBoundaries(TEXT_MAX_CODE_POINTS);
    expect(boundaries.map((t) => Array.from(t).length)).toEqual([255, 255, 128, 254]);
    expect(boundaries.map((t) => t.length)).toEqual([255, 255, 255, 255]);
    const sample = new Set(fc.sample(validValue(WORLD, attr('name'))!, { numRuns: 400, seed: SEED }));
    for (const text of boundaries) expect(sample.has(text), `boundary of ${text.length} UTF-16 units`).toBe(true);
  });

  it('valid texts are never empty and never longer than 255 UTF-16 units: those edges are judged at SHOULD only', () => {
    const sample = fc.sample(validValue(WORLD, attr('name'))!, { numRuns: 2000, seed: SEED }) as string[];
    expect(sample.filter((t) => t === '' || t.length > 255)).toEqual([]);
    const edges = textReadingEdges(TEXT_MAX_CODE_POINTS);
    expect([edges.empty, Array.from(edges.astral).length, edges.astral.length]).toEqual(['', 255, 510]);
  });

  it('numbers are 32-bit integers with both extremes among them', () => {
    const sample = fc.sample(validValue(WORLD, attr('price'))!, { numRuns: 400, seed: SEED }) as number[];
    expect(sample.every((n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647)).toBe(true);
    expect(sample).toContain(2147483647);
    expect(sample).toContain(-2147483648);
  });

  it('dates are real calendar dates, leap days included', () => {
    fc.assert(fc.property(validValue(WORLD, attr('launch_date'))!, (date) => isCalendarDate(date as string)), { numRuns: 1000, seed: SEED });
    expect(fc.sample(validValue(WORLD, attr('launch_date'))!, { numRuns: 400, seed: SEED })).toContain('2024-02-29');
    expect(isCalendarDate('2025-02-29')).toBe(false);
  });

  it('select, multiselect, relation and user values come from the options and the known ids', () => {
    const options = (key: string) => (attr(key).options ?? []).map((o) => o.id);
    for (const v of fc.sample(validValue(WORLD, attr('category'))!, { numRuns: 50, seed: SEED })) expect(options('category')).toContain((v as { id: unknown }).id);
    for (const v of fc.sample(validValue(WORLD, attr('tags'))!, { numRuns: 50, seed: SEED }) as Array<Array<{ id: unknown }>>) {
      expect(v.every((o) => options('tags').includes(o.id as number))).toBe(true);
      expect(new Set(v.map((o) => o.id)).size).toBe(v.length);
    }
    for (const v of fc.sample(validValue(WORLD, attr('suppliers'))!, { numRuns: 50, seed: SEED }) as string[][]) expect(SUPPLIER_IDS).toEqual(expect.arrayContaining(v));
    for (const v of fc.sample(validValue(WORLD, attr('owners'))!, { numRuns: 50, seed: SEED }) as string[][]) expect(MEMBERS).toEqual(expect.arrayContaining(v));
  });

  it('without ids or options: references are always empty, a select has no value', () => {
    expect(new Set(fc.sample(validValue(BLIND_WORLD, attr('suppliers'))!, { numRuns: 20, seed: SEED }).map((v) => JSON.stringify(v)))).toEqual(new Set(['[]']));
    const bare = buildWorld({ slug: 'bare', attributes: [{ key: 'pick', type: 'select' }, { key: 'many', type: 'multiselect' }] }, new Map(), []);
    expect(validValue(bare, bare.attributes.get('pick')!)).toBeUndefined();
    expect(fc.sample(validOrNull(bare, bare.attributes.get('pick')!), { numRuns: 5, seed: SEED })).toEqual([null, null, null, null, null]);
    expect(new Set(fc.sample(validValue(bare, bare.attributes.get('many')!)!, { numRuns: 20, seed: SEED }).map((v) => JSON.stringify(v)))).toEqual(new Set(['[]']));
  });
});

describe('textOf', () => {
  it('stays between its bounds in code points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 3 }), fc.nat(), (max, min, seed) => {
        const [text] = fc.sample(textOf(max, Math.min(min, max)), { numRuns: 1, seed });
        // Counted by a regular expression over code points, not by the code under test.
        const points = (text!.match(/[\s\S]/gu) ?? []).length;
        expect(points).toBeGreaterThanOrEqual(Math.min(min, max));
        expect(points).toBeLessThanOrEqual(max);
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});
