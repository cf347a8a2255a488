/**
 * The world a HubSpot object type gives the model, built from properties discovery (facts B1):
 * each property's type and field type, whether clients may write it (not read-only, not
 * calculated), whether its values are unique, its option values and labels, and which
 * properties a create must give a value to (contacts: one of email, firstname, lastname; custom
 * objects: their schema's requiredProperties).
 */

export type HsType = 'bool' | 'number' | 'date' | 'datetime' | 'enumeration' | 'string' | 'phone_number' | 'other';

export interface HsProperty {
  name: string;
  type: HsType;
  fieldType: string;
  /** Clients may write it: modificationMetadata says so and it is not calculated. */
  writable: boolean;
  unique: boolean;
  /** Option values (what writes send) and labels, for enumerations. */
  options: string[];
  labels: string[];
  /** A checkbox enumeration holds several options joined by ";" (facts B4, [INFERRED]). */
  multi: boolean;
}

export interface HsWorld {
  objectType: string;
  properties: ReadonlyMap<string, HsProperty>;
  /** Properties the suites write: writable and of a type whose accepted forms the sources give. */
  writable: HsProperty[];
  /** A create must give at least one of these a value (facts B2); empty when none is named. */
  identity: string[];
  /**
   * Properties a create must give a value (the schema's requiredProperties, facts B7), plus any
   * a refusal named that the suites had not sent; grows while a session runs.
   */
  required: string[];
  /** Properties a read without `properties` may return beside system ones; undefined when unknown. */
  defaultRead: readonly string[] | undefined;
}

/** The default read sets the facts list per standard type (facts B1); custom objects return none. */
const DEFAULT_READ: Readonly<Record<string, readonly string[]>> = {
  contacts: ['firstname', 'lastname', 'email'],
  '0-1': ['firstname', 'lastname', 'email'],
  companies: ['name', 'domain'],
  deals: ['dealname', 'amount', 'closedate', 'pipeline', 'dealstage'],
  products: ['name', 'description', 'price'],
  tickets: ['content', 'hs_pipeline', 'hs_pipeline_stage', 'hs_ticket_category', 'hs_ticket_priority', 'subject'],
};

const KNOWN_TYPES: readonly HsType[] = ['bool', 'number', 'date', 'datetime', 'enumeration', 'string', 'phone_number'];

/** True for the contacts type, by name or objectTypeId. */
export function isContacts(objectType: string): boolean {
  return objectType === 'contacts' || objectType === '0-1';
}

/** Custom object types are named p_… or by an objectTypeId 2-…; they return no writable property by default. */
function defaultReadOf(objectType: string): readonly string[] | undefined {
  if (DEFAULT_READ[objectType] !== undefined) return DEFAULT_READ[objectType];
  return /^(p_|2-)/.test(objectType) ? [] : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** One discovered property; a property whose writability discovery does not state is not written. */
export function propertyOf(raw: unknown): HsProperty | undefined {
  const p = record(raw);
  if (typeof p['name'] !== 'string') return undefined;
  const type = KNOWN_TYPES.includes(p['type'] as HsType) ? (p['type'] as HsType) : 'other';
  const meta = record(p['modificationMetadata']);
  const writable = meta['readOnlyValue'] === false && p['calculated'] !== true;
  const options = (Array.isArray(p['options']) ? p['options'] : []).map(record).filter((o) => typeof o['value'] === 'string');
  const fieldType = typeof p['fieldType'] === 'string' ? p['fieldType'] : '';
  return {
    name: p['name'],
    type,
    fieldType,
    writable,
    unique: p['hasUniqueValue'] === true,
    options: options.map((o) => o['value'] as string),
    labels: options.map((o) => (typeof o['label'] === 'string' ? o['label'] : '')),
    multi: type === 'enumeration' && fieldType === 'checkbox',
  };
}

/** Whether the suites may write a property: phone numbers have no documented format, enumerations need options. */
function writtenBySuites(property: HsProperty): boolean {
  if (!property.writable || property.type === 'other' || property.type === 'phone_number') return false;
  // A prefix isolates unique text only; other unique values could meet data the run does not own.
  if (property.unique && property.type !== 'string') return false;
  return property.type !== 'enumeration' || property.options.length > 0;
}

export function buildWorld(objectType: string, results: readonly unknown[], required: readonly string[] = []): HsWorld {
  const properties = new Map<string, HsProperty>();
  for (const raw of results) {
    const property = propertyOf(raw);
    if (property !== undefined) properties.set(property.name, property);
  }
  const writable = [...properties.values()].filter(writtenBySuites);
  const identity = isContacts(objectType) ? ['email', 'firstname', 'lastname'].filter((n) => writable.some((p) => p.name === n)) : [];
  return { objectType, properties, writable, identity, required: required.filter((name) => properties.has(name)), defaultRead: defaultReadOf(objectType) };
}
