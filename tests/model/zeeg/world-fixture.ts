/**
 * The world the model tests predict in: the reference server's `products` object, three known
 * supplier ids for its relation and the three organization members. Plus small helpers to build
 * states record by record.
 */
import { buildWorld, type World } from '../../../src/apis/zeeg/model/world.ts';
import { allNull, EMPTY_STATE, withRecord, type ModelState } from '../../../src/apis/zeeg/model/state.ts';
import type { Values } from '../../../src/apis/zeeg/model/values.ts';
import { MEMBER_IDS, PRODUCTS } from '../../../src/apis/zeeg/reference/index.ts';

export const SUPPLIER_IDS = [
  'a1b2c3d4-0000-4000-8000-000000000001',
  'a1b2c3d4-0000-4000-8000-000000000002',
  'a1b2c3d4-0000-4000-8000-000000000003',
] as const;

/** A well-formed UUID that names neither a supplier nor a member. */
export const STRANGER = 'ffffffff-0000-4000-8000-00000000dead';

export const MEMBERS = [...MEMBER_IDS] as string[];

export const WORLD: World = buildWorld(PRODUCTS, new Map([['suppliers', [...SUPPLIER_IDS]]]), MEMBERS);

/** The same object with nothing known about references (no anchors, no members). */
export const BLIND_WORLD: World = buildWorld(PRODUCTS, new Map(), []);

export const WRITABLE_KEYS = ['sku', 'name', 'price', 'in_stock', 'launch_date', 'category', 'tags', 'suppliers', 'owners'];

/** Every writable attribute null, then `values` over it. */
export function full(values: Values = {}): Values {
  return { ...allNull(WORLD), ...values };
}

/** A state holding the given records in this order, ids r1, r2, … unless given. */
export function stateOf(...records: Array<Values & { $id?: string }>): ModelState {
  let state = EMPTY_STATE;
  records.forEach((record, index) => {
    const { $id, ...values } = record;
    state = withRecord(state, { id: typeof $id === 'string' ? $id : `r${index + 1}`, values: full(values) });
  });
  return state;
}
