import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/model/world.ts';
import { requiredKeys, withRequired } from '../../src/runner/zeeg/required-fill.ts';

const UUID = '0d7f6c2a-8b1e-4f3d-a5c9-2e4b6d8f0a13';
const world = buildWorld(
  {
    slug: 'tickets',
    attributes: [
      { key: 'title', type: 'text', isRequired: true },
      { key: 'ref', type: 'text', isRequired: true, isUnique: true },
      { key: 'points', type: 'number', isRequired: true },
      { key: 'stage', type: 'select', isRequired: true, options: [{ id: 7 }] },
      { key: 'owner', type: 'user', isRequired: true },
      { key: 'notes', type: 'text' },
    ],
  },
  new Map(),
  [UUID],
);

describe('withRequired', () => {
  it('lists the required writable attributes', () => {
    expect(requiredKeys(world)).toEqual(['title', 'ref', 'points', 'stage', 'owner']);
  });

  it('fills every required attribute the body leaves out or sets to null, with valid values', () => {
    const body = withRequired(world, { title: null, notes: 'n' }, 'crmcx-1-');
    expect(Object.keys(body).sort()).toEqual(['notes', 'owner', 'points', 'ref', 'stage', 'title']);
    for (const key of requiredKeys(world)) expect(world.validators.value(key, body[key]).valid).toBe(true);
    expect(body.points).toBe(1);
    expect(body.stage).toEqual({ id: 7 });
    expect(body.owner).toEqual([UUID]);
    expect(String(body.ref).startsWith('crmcx-1-req')).toBe(true);
  });

  it('keeps what the body gives, and the keys it is told to keep', () => {
    expect(withRequired(world, { title: 't', ref: 'r', points: 5, stage: { id: 7 }, owner: [] }, 'p-')).toEqual({ title: 't', ref: 'r', points: 5, stage: { id: 7 }, owner: [] });
    expect(withRequired(world, { ref: null }, 'p-', ['ref']).ref).toBeNull();
  });

  it('gives two fills of a unique text attribute different values', () => {
    expect(withRequired(world, {}, 'p-').ref).not.toBe(withRequired(world, {}, 'p-').ref);
  });
});
