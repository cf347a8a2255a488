/**
 * withRequired and fillBlocker: every required attribute gets a valid value; unique numbers and
 * dates come from the case's block and differ per record; [] counts as no value; an object
 * whose required unique attribute cannot be kept apart is named with the reason.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/apis/zeeg/model/world.ts';
import { UniqueSerials } from '../../src/runner/unique-values.ts';
import { fillBlocker, requiredKeys, withRequired } from '../../src/apis/zeeg/runtime/required-fill.ts';

const UUID = '0d7f6c2a-8b1e-4f3d-a5c9-2e4b6d8f0a13';
const world = buildWorld(
  {
    slug: 'tickets',
    attributes: [
      { key: 'title', type: 'text', isRequired: true },
      { key: 'ref', type: 'text', isRequired: true, isUnique: true },
      { key: 'points', type: 'number', isRequired: true },
      { key: 'serial', type: 'number', isRequired: true, isUnique: true },
      { key: 'due', type: 'date', isRequired: true, isUnique: true },
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
    expect(requiredKeys(world)).toEqual(['title', 'ref', 'points', 'serial', 'due', 'stage', 'owner']);
  });

  it('fills every required attribute the body leaves out, sets to null or to [], with valid values', () => {
    const body = withRequired(world, { title: null, owner: [], notes: 'n' }, 'crmcx-1-', [], new UniqueSerials('crmcx', 3));
    expect(Object.keys(body).sort()).toEqual(['due', 'notes', 'owner', 'points', 'ref', 'serial', 'stage', 'title']);
    for (const key of requiredKeys(world)) expect(world.validators.value(key, body[key]).valid, key).toBe(true);
    expect(body.points).toBe(1);
    expect(body.stage).toEqual({ id: 7 });
    expect(body.owner).toEqual([UUID]);
    expect(String(body.ref).startsWith('crmcx-1-req')).toBe(true);
  });

  it('keeps what the body gives, and the keys it is told to keep', () => {
    const given = { title: 't', ref: 'r', points: 5, serial: 9, due: '2030-01-01', stage: { id: 7 }, owner: [UUID] };
    expect(withRequired(world, given, 'p-')).toEqual(given);
    expect(withRequired(world, { ref: null }, 'p-', ['ref']).ref).toBeNull();
  });

  it('gives every record its own unique text, number and date', () => {
    const serials = new UniqueSerials('crmcrun1', 5);
    const bodies = Array.from({ length: 50 }, () => withRequired(world, {}, 'p-', [], serials));
    for (const key of ['ref', 'serial', 'due']) expect(new Set(bodies.map((b) => b[key])).size, key).toBe(50);
    expect(new Set(bodies.map((b) => b['points']))).toEqual(new Set([1]));
  });
});

describe('fillBlocker', () => {
  it('passes objects whose required unique attributes are text, numbers or dates', () => {
    expect(fillBlocker(world)).toBeUndefined();
  });

  it('names a required unique select, checkbox or relation', () => {
    const stuck = buildWorld({ slug: 'badges', attributes: [{ key: 'tier', type: 'select', isRequired: true, isUnique: true, options: [{ id: 'a' }] }, { key: 'on', type: 'checkbox', isRequired: true, isUnique: true }] }, new Map(), []);
    expect(fillBlocker(stuck)).toBe('"badges" requires unique "tier" (select), "on" (checkbox): no value of that type can be kept apart from records the run does not own, so no record is written');
  });
});
