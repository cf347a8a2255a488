/**
 * Example bodies for every documented response and request body of spec/zeeg/openapi.yaml.
 * Each entry holds bodies the schema must accept and bodies it must reject; a test fails when
 * an operation × status of the spec has no entry here.
 */
export interface ExampleSet {
  valid: unknown[];
  invalid: unknown[];
}

export const RECORD_ID = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
export const OTHER_ID = 'c1d2e3f4-0a1b-4c2d-8e3f-405162738495';

const record = {
  id: RECORD_ID,
  objectSlug: 'products',
  attributes: { sku: 'DRESS-001', price: 29, in_stock: true, launch: null, rating: 4.5, color: { id: 1, value: 'Red' } },
  createdAt: '2026-05-07T10:00:00.000Z',
  updatedAt: '2026-05-07T10:00:00.000Z',
};

function recordEnvelopes(status: number): ExampleSet {
  return {
    valid: [{ success: true, status, record }, { record: { id: RECORD_ID, attributes: {} } }],
    invalid: [
      { success: true, status },
      { success: true, status, record: { ...record, id: 'rec_123' } },
      { success: true, status, record: { ...record, attributes: [] } },
      { success: false, status, record },
      { success: true, status: String(status), record },
      'created',
    ],
  };
}

const errors: ExampleSet = {
  valid: [{ success: false, status: 400, message: 'Invalid value for attribute price' }, { error: 'Unauthorized' }, { success: false, message: 'Not found' }],
  invalid: [{}, { success: true, message: 'x' }, { error: 42 }, { message: 'Not found' }, 'Bad Request', null],
};

const objectBody = {
  success: true,
  status: 200,
  object: {
    slug: 'products',
    singularName: 'Product',
    pluralName: 'Products',
    isStandard: false,
    isActive: true,
    attributes: [
      { key: 'id', label: 'ID', type: 'text', isRequired: false, isStandard: true, isUnique: true, isArchived: false },
      { key: 'size', label: 'Size', type: 'select', isRequired: false, isStandard: false, isUnique: false, isArchived: false, options: [{ id: 1, value: 'S', color: '#f00' }, { id: 'opt_abc', value: 'M', color: null }] },
      { key: 'deals', label: 'Deals', type: 'relation', relationType: 'many_to_one', relatedObjectSlug: 'deals', relatedObjectLabel: 'Deals', options: null },
      { key: 'future', type: 'hologram' },
    ],
    createdAt: '2026-05-07T10:00:00.000Z',
    updatedAt: '2026-05-07T10:00:00.000Z',
  },
};

const objectResponses: ExampleSet = {
  valid: [objectBody, { object: { slug: 'deals', attributes: [] } }],
  invalid: [
    { success: true, status: 200 },
    { object: { slug: 'deals' } },
    { object: { slug: 'deals', attributes: [{ key: 'sku' }] } },
    { object: { slug: 'deals', attributes: [{ key: 'sku', type: 42 }] } },
    { object: { slug: 'deals', attributes: [{ key: 'size', type: 'select', options: [{ id: true }] }] } },
  ],
};

const deleteResponses: ExampleSet = {
  valid: [{ success: true, status: 200, message: 'Record deleted.' }, { success: true }],
  invalid: [{ status: 200, message: 'Record deleted.' }, { success: false, status: 200 }, { success: true, message: 7 }],
};

const ERROR_STATUSES = {
  read: [401, 403, 404, 429, 500],
  write: [400, 401, 403, 404, 409, 413, 422, 429, 500],
} as const;

function withErrors(success: Record<string, ExampleSet>, kind: keyof typeof ERROR_STATUSES): Record<string, ExampleSet> {
  const table: Record<string, ExampleSet> = { ...success };
  for (const status of ERROR_STATUSES[kind]) table[String(status)] = errors;
  return table;
}

/** operationId → status → examples. Hand-written list, deliberately not derived from the spec. */
export const RESPONSE_EXAMPLES: Record<string, Record<string, ExampleSet>> = {
  getObject: withErrors({ '200': objectResponses }, 'read'),
  createRecord: withErrors({ '201': recordEnvelopes(201) }, 'write'),
  assertRecord: withErrors({ '200': recordEnvelopes(200), '201': recordEnvelopes(201) }, 'write'),
  getRecord: withErrors({ '200': recordEnvelopes(200) }, 'read'),
  patchRecord: withErrors({ '200': recordEnvelopes(200) }, 'write'),
  deleteRecord: withErrors({ '200': deleteResponses }, 'read'),
  updateRelation: withErrors({ '200': recordEnvelopes(200) }, 'write'),
};

const recordBodies: ExampleSet = {
  valid: [
    {},
    { sku: 'DRESS-001', price: 29, in_stock: true, launch: '2025-06-01', notes: null },
    { size: { id: 'opt_abc123' }, tags: [{ id: 'opt_abc' }, { id: 2 }], deals: [OTHER_ID], owners: [RECORD_ID] },
    // 255 code points, 510 UTF-16 units: the limit counts code points.
    { sku: '😀'.repeat(255) },
  ],
  invalid: [
    [],
    'sku=DRESS-001',
    { price: 29.5 },
    { sku: 'a'.repeat(256) },
    { size: { name: 'M' } },
    { size: { id: true } },
    { deals: ['c1d2e3f4-...'] },
    { price: {} },
  ],
};

const relationBodies: ExampleSet = {
  valid: [
    { attributeSlug: 'products', add: [OTHER_ID] },
    { attributeSlug: 'products', remove: [OTHER_ID] },
    { attributeSlug: 'products', add: [OTHER_ID], remove: [] },
  ],
  invalid: [
    { attributeSlug: 'products' },
    { attributeSlug: 'products', add: [], remove: [] },
    { add: [OTHER_ID] },
    { attributeSlug: '', add: [OTHER_ID] },
    { attributeSlug: 'products', add: ['member-uuid-1'] },
    { attributeSlug: 'products', add: OTHER_ID },
  ],
};

/** operationId → request body examples, for the operations that take a JSON body. */
export const REQUEST_EXAMPLES: Record<string, ExampleSet> = {
  createRecord: recordBodies,
  assertRecord: recordBodies,
  patchRecord: recordBodies,
  updateRelation: relationBodies,
};
