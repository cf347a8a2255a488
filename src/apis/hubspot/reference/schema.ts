/**
 * The shapes the HubSpot reference server serves and stores: properties as discovery shows them
 * (facts B1) and, for each object type, what the server needs beyond them (its objectTypeId,
 * scopes, default read set and the read-only properties it fills itself).
 */

/** An option of an enumeration property; `value` is what writes send. */
export interface PropertyOption {
  label: string;
  value: string;
  hidden: boolean;
  description?: string;
  displayOrder?: number;
}

export interface ModificationMetadata {
  archivable: boolean;
  readOnlyDefinition: boolean;
  /** True when clients cannot write the property's value. */
  readOnlyValue: boolean;
  readOnlyOptions?: boolean;
}

/** The property types HubSpot documents for creating properties (facts B1). */
export type PropertyType = 'bool' | 'date' | 'datetime' | 'enumeration' | 'number' | 'phone_number' | 'string';

/** One property as discovery lists it. */
export interface PropertyDef {
  name: string;
  label: string;
  type: PropertyType;
  fieldType: string;
  groupName: string;
  description: string;
  options: PropertyOption[];
  displayOrder: number;
  hasUniqueValue: boolean;
  modificationMetadata: ModificationMetadata;
  calculated: boolean;
  externalOptions: boolean;
  hidden: boolean;
  formField: boolean;
  hubspotDefined: boolean;
  archived: boolean;
}

/** Where a property the server fills itself takes its value from. */
export type SystemSource = 'id' | 'createdAt' | 'updatedAt';

/** One object type the reference server serves. */
export interface ObjectTypeDef {
  /** The name used in paths, e.g. `contacts` or `p_orders`. */
  name: string;
  /** The other name paths may use, e.g. `0-1` or `2-...`. */
  objectTypeId: string;
  /** Used in messages, e.g. "Contact already exists". */
  singularLabel: string;
  /** The scope reads and discovery need, and the one writes need. */
  scopes: { read: string; write: string };
  /** Properties a read without `properties` returns. */
  defaultProperties: readonly string[];
  /** Read-only properties the server fills from the record, returned with every object. */
  systemProperties: Readonly<Record<string, SystemSource>>;
  /** When set, a create must give at least one of these a value. */
  identifyingProperties?: readonly string[];
  /**
   * Custom objects only: the schemas API's requiredProperties (facts B7), which a create must
   * give a value. Standard types (contacts) have no schema there; leave it unset for them.
   */
  requiredProperties?: readonly string[];
  properties: readonly PropertyDef[];
}

export function isReadOnly(property: PropertyDef): boolean {
  return property.modificationMetadata.readOnlyValue;
}

/** A checkbox enumeration holds several options joined by ';' (facts B4, inferred there). */
export function isMultiValue(property: PropertyDef): boolean {
  return property.type === 'enumeration' && property.fieldType === 'checkbox';
}
