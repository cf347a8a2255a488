/**
 * The shape of a discovered object schema (GET /crm/objects/{slug}) and the attribute
 * classification every layer shares: which attributes the suites write and which they leave alone.
 */
export const DOCUMENTED_TYPES = ['text', 'number', 'checkbox', 'date', 'select', 'multiselect', 'relation', 'user'] as const;
export type DocumentedType = (typeof DOCUMENTED_TYPES)[number];

/** Types Zeeg names but the record pages do not document; the suites never write them. */
export const UNDOCUMENTED_TYPES = ['phone_number', 'datetime', 'rating', 'status', 'currency'] as const;

export const SYSTEM_ATTRIBUTE_KEYS = ['id', 'created_at', 'updated_at'] as const;

/** The documented maximum length of a text value, counted in Unicode code points. */
export const TEXT_MAX_CODE_POINTS = 255;

export interface AttributeOption {
  id: string | number;
  value?: string;
  color?: string;
}

export interface AttributeDef {
  key: string;
  label?: string;
  type: string;
  isRequired?: boolean;
  isStandard?: boolean;
  isUnique?: boolean;
  isArchived?: boolean;
  options?: AttributeOption[];
  relationType?: string;
  relatedObjectSlug?: string;
  relatedObjectLabel?: string;
}

export interface ObjectDef {
  slug: string;
  singularName?: string;
  pluralName?: string;
  isStandard?: boolean;
  isActive?: boolean;
  attributes: AttributeDef[];
  createdAt?: string;
  updatedAt?: string;
}

export function isDocumentedType(type: string): type is DocumentedType {
  return (DOCUMENTED_TYPES as readonly string[]).includes(type);
}

/** Attributes a client may write: documented type, not standard/system, not archived. */
export function isWritable(attr: AttributeDef): attr is AttributeDef & { type: DocumentedType } {
  if (attr.isStandard === true || attr.isArchived === true) return false;
  if ((SYSTEM_ATTRIBUTE_KEYS as readonly string[]).includes(attr.key)) return false;
  return isDocumentedType(attr.type);
}

export function writableAttributes(object: ObjectDef): Array<AttributeDef & { type: DocumentedType }> {
  return object.attributes.filter(isWritable);
}

/** Number of Unicode code points in a string (what the 255 limit counts). */
export function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}
