/**
 * planWrites, bodyTemplate and resolveBody: which keys a run writes, which carry the run's
 * prefix, and that a completed body is always valid and within the text limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, TEXT_MAX_CODE_POINTS, type ObjectDef } from '../../src/apis/zeeg/contract/attributes.ts';
import { buildWorld } from '../../src/apis/zeeg/model/world.ts';
import { SUPPLIERS } from '../../src/apis/zeeg/reference/index.ts';
import { bodyTemplate, planWrites, PREFIX_ROOM, resolveBody, suffixArb } from '../../src/apis/zeeg/runtime/write-plan.ts';
import { WORLD } from '../model/zeeg/world-fixture.ts';

const worldOf = (attributes: ObjectDef['attributes']) => buildWorld({ slug: 'custom', attributes }, new Map(), []);
/** The longest prefix a run makes: a 16-character --run-id (the most it accepts), case tag, sequence 9999999. */
const LONG_PREFIX = `${'r'.repeat(16)}-k3x9q0-9999999-`;

describe('planWrites', () => {
  it('products: every writable key, sku and name prefixed, sku matching', () => {
    const plan = planWrites(WORLD);
    expect(plan).toEqual({
      keys: ['sku', 'name', 'price', 'in_stock', 'launch_date', 'category', 'tags', 'suppliers', 'owners'],
      prefixed: new Set(['sku', 'name']), matching: 'sku', uniqueText: ['sku'], untouchedUnique: [],
    });
  });

  it('suppliers: code is the matching attribute', () => {
    expect(planWrites(buildWorld(SUPPLIERS, new Map(), []))).toMatchObject({ matching: 'code', uniqueText: ['code'], prefixed: new Set(['code', 'company']) });
  });

  it('two unique texts: the first matches, the second is uniqueOther', () => {
    const plan = planWrites(worldOf([{ key: 'title', type: 'text' }, { key: 'a', type: 'text', isUnique: true }, { key: 'b', type: 'text', isUnique: true }]));
    expect(plan).toMatchObject({ matching: 'a', uniqueOther: 'b', uniqueText: ['a', 'b'] });
  });

  it('without a unique text the first text matches', () => {
    const plan = planWrites(worldOf([{ key: 'n', type: 'number' }, { key: 'first', type: 'text' }, { key: 'second', type: 'text' }]));
    expect(plan.matching).toBe('first');
    expect(plan.uniqueOther).toBeUndefined();
  });

  it('unique attributes of other types are left alone; no text means no matching', () => {
    const plan = planWrites(worldOf([{ key: 'code', type: 'number', isUnique: true }, { key: 'day', type: 'date', isUnique: true }, { key: 'ok', type: 'checkbox' }]));
    expect(plan).toEqual({ keys: ['ok'], prefixed: new Set(), uniqueText: [], untouchedUnique: ['code', 'day'] });
    expect('matching' in plan).toBe(false);
  });
});

describe('bodyTemplate and resolveBody', () => {
  const plan = planWrites(WORLD);

  it('templates name only planned keys, with valid values or suffixes for prefixed keys', () => {
    fc.assert(
      fc.property(bodyTemplate(WORLD, plan), (template) => {
        for (const [key, value] of Object.entries(template)) {
          expect(plan.keys).toContain(key);
          if (plan.prefixed.has(key) && value !== null) expect(codePointLength(value as string)).toBeGreaterThanOrEqual(1);
          expect(WORLD.validators.value(key, value).valid).toBe(true);
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('require makes keys present (prefixed ones with a non-empty suffix); exclude leaves keys out', () => {
    fc.assert(
      fc.property(bodyTemplate(WORLD, plan, { require: ['sku', 'price', 'nope'], exclude: ['name', 'owners'] }), (template) => {
        expect(typeof template.sku).toBe('string');
        expect(template.sku).not.toBe('');
        expect(Object.hasOwn(template, 'price')).toBe(true);
        expect(Object.hasOwn(template, 'nope')).toBe(false);
        expect(Object.hasOwn(template, 'name') || Object.hasOwn(template, 'owners')).toBe(false);
      }),
      { numRuns: 100, seed: 12 },
    );
  });

  it('resolveBody prefixes non-empty strings of prefixed keys only', () => {
    const template = { sku: 'x', name: '', price: 3, tags: null, category: { id: 'opt_bags' } };
    expect(resolveBody(template, plan, 'P-')).toEqual({ sku: 'P-x', name: '', price: 3, tags: null, category: { id: 'opt_bags' } });
    expect(resolveBody({ name: null }, plan, 'P-')).toEqual({ name: null });
  });

  it('the longest prefix fits in PREFIX_ROOM and a resolved body stays valid', () => {
    expect(codePointLength(LONG_PREFIX)).toBeLessThanOrEqual(PREFIX_ROOM);
    fc.assert(
      fc.property(bodyTemplate(WORLD, plan, { require: ['sku', 'name'] }), (template) => {
        const body = resolveBody(template, plan, LONG_PREFIX);
        expect(WORLD.validators.body(body).valid).toBe(true);
        expect((body.sku as string).startsWith(LONG_PREFIX)).toBe(true);
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it('suffixes are never empty and leave room for the prefix', () => {
    fc.assert(
      fc.property(suffixArb, (suffix) => codePointLength(suffix) >= 1 && codePointLength(suffix) <= TEXT_MAX_CODE_POINTS - PREFIX_ROOM),
      { numRuns: 300, seed: 14 },
    );
  });
});
