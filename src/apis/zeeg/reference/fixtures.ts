/**
 * The fixed world the Zeeg reference server starts with: two custom objects (`products` and
 * `suppliers`), three organization members and two access tokens. Everything here is data; the
 * server never changes these definitions, only the records stored against them.
 */
import type { AttributeDef, ObjectDef } from '../contract/attributes.ts';

/** The moment every fixture object claims to have been created and last changed. */
const FIXTURE_TIME = '2026-01-01T00:00:00.000Z';

/** Token holding crm:read and crm:write. */
export const WRITE_TOKEN = 'crmc-reference-write-token';
/** Token holding crm:read only: discovery and reads succeed, writes get 403. */
export const READ_TOKEN = 'crmc-reference-read-token';

export type Scope = 'crm:read' | 'crm:write';

/** Bearer token → scopes it grants. Any other token is unknown (401). */
export const TOKEN_SCOPES: ReadonlyMap<string, ReadonlySet<Scope>> = new Map([
  [WRITE_TOKEN, new Set<Scope>(['crm:read', 'crm:write'])],
  [READ_TOKEN, new Set<Scope>(['crm:read'])],
]);

/** UUIDs of the organization members a `user` attribute may hold. */
export const MEMBER_IDS = [
  '5b0f3c1e-7a42-4c1d-9e6b-1f2a3b4c5d61',
  '8d2e4f60-1b3c-4d5e-8f70-a1b2c3d4e5f6',
  'c3a9e7d1-5f4b-4a2c-b8d6-0e1f2a3b4c5d',
] as const;

/** The three system attributes every object carries, read-only for clients. */
export function systemAttributes(): AttributeDef[] {
  const base = { isRequired: false, isStandard: true, isArchived: false };
  return [
    { key: 'id', label: 'ID', type: 'text', ...base, isUnique: true },
    { key: 'created_at', label: 'Created at', type: 'datetime', ...base, isUnique: false },
    { key: 'updated_at', label: 'Updated at', type: 'datetime', ...base, isUnique: false },
  ];
}

/** A custom (non-standard, live) attribute with the flags most attributes share. */
function custom(key: string, label: string, type: string, extra: Partial<AttributeDef> = {}): AttributeDef {
  return { key, label, type, isRequired: false, isStandard: false, isUnique: false, isArchived: false, ...extra };
}

export const PRODUCTS: ObjectDef = {
  slug: 'products',
  singularName: 'Product',
  pluralName: 'Products',
  isStandard: false,
  isActive: true,
  createdAt: FIXTURE_TIME,
  updatedAt: FIXTURE_TIME,
  attributes: [
    ...systemAttributes(),
    custom('sku', 'SKU', 'text', { isUnique: true }),
    custom('name', 'Name', 'text'),
    custom('price', 'Price', 'number'),
    custom('in_stock', 'In stock', 'checkbox'),
    custom('launch_date', 'Launch date', 'date'),
    custom('category', 'Category', 'select', {
      options: [
        { id: 'opt_apparel', value: 'Apparel', color: '#4f46e5' },
        { id: 'opt_shoes', value: 'Shoes', color: '#059669' },
        { id: 'opt_bags', value: 'Bags', color: '#d97706' },
      ],
    }),
    custom('tags', 'Tags', 'multiselect', {
      options: [
        { id: 1, value: 'New', color: '#2563eb' },
        { id: 2, value: 'Sale', color: '#dc2626' },
        { id: 3, value: 'Limited', color: '#7c3aed' },
        { id: 4, value: 'Eco', color: '#16a34a' },
      ],
    }),
    custom('suppliers', 'Suppliers', 'relation', {
      relationType: 'many_to_many',
      relatedObjectSlug: 'suppliers',
      relatedObjectLabel: 'Suppliers',
    }),
    custom('owners', 'Owners', 'user'),
    // An undocumented type: clients cannot write it (the validators treat it as read-only).
    custom('rating_score', 'Rating score', 'rating'),
    // Archived: visible in the schema, not writable.
    custom('legacy_code', 'Legacy code', 'text', { isArchived: true }),
  ],
};

export const SUPPLIERS: ObjectDef = {
  slug: 'suppliers',
  singularName: 'Supplier',
  pluralName: 'Suppliers',
  isStandard: false,
  isActive: true,
  createdAt: FIXTURE_TIME,
  updatedAt: FIXTURE_TIME,
  attributes: [
    ...systemAttributes(),
    custom('code', 'Code', 'text', { isUnique: true }),
    custom('company', 'Company', 'text', { isRequired: true }),
    custom('rating', 'Rating', 'number'),
    custom('products', 'Products', 'relation', {
      relationType: 'many_to_many',
      relatedObjectSlug: 'products',
      relatedObjectLabel: 'Products',
    }),
    custom('active', 'Active', 'checkbox'),
  ],
};

/** Every object the reference server knows, by slug. */
export const FIXTURE_OBJECTS: readonly ObjectDef[] = [PRODUCTS, SUPPLIERS];
