/**
 * How the Kizen reference server describes an object and its fields: the shape discovery
 * serves (api names, field UUIDs, flags, options, relation targets), plus which field holds
 * the record identifier.
 */

/** The field types the reference server can store and validate. */
export const WRITABLE_FIELD_TYPES = [
  'text', 'longtext', 'email', 'phonenumber', 'integer', 'decimal', 'money', 'date', 'datetime', 'checkbox',
  'dropdown', 'radio', 'status', 'yesnomaybe', 'checkboxes', 'rating', 'timezone', 'relationship', 'team_selector',
] as const;

export type KizenFieldType = (typeof WRITABLE_FIELD_TYPES)[number];

/** Field types whose value is one option of the field. */
export const SINGLE_OPTION_TYPES: ReadonlySet<string> = new Set(['dropdown', 'radio', 'status', 'yesnomaybe', 'rating', 'timezone']);

export interface FieldOption {
  readonly id: string;
  readonly name: string;
  readonly code: string;
}

export type RelationType = 'one_to_one' | 'primary' | 'primary_for' | 'additional' | 'additional_for';
export type Cardinality = 'one_to_one' | 'many_to_one' | 'one_to_many' | 'many_to_many';

export interface FieldRelation {
  /** UUID of the target object. */
  readonly related_object: string;
  /** Api name of the target object. */
  readonly related_object_object_name: string;
  readonly related_object_name: string;
  readonly relation_type: RelationType;
  readonly cardinality: Cardinality;
}

export interface KizenFieldDef {
  readonly id: string;
  /** The api name. */
  readonly name: string;
  readonly display_name: string;
  readonly field_type: KizenFieldType;
  readonly is_required: boolean;
  readonly is_read_only: boolean;
  readonly is_hidden: boolean;
  /** A system or default field (name, owner, created, updated, email on contacts). */
  readonly is_default: boolean;
  readonly options?: readonly FieldOption[];
  readonly relation?: FieldRelation;
  /** Currency of a money field. */
  readonly currency?: string;
}

export interface KizenObjectDef {
  readonly id: string;
  /** The api name, e.g. `client_client` for contacts. */
  readonly name: string;
  readonly object_name: string;
  readonly entity_name: string;
  readonly object_type: 'standard' | 'pipeline';
  readonly is_custom: boolean;
  /** Api name of the field that holds the record identifier: `name`, or `email` for contacts. */
  readonly identifier_field: string;
  readonly fields: readonly KizenFieldDef[];
}

/** Relationship fields that hold a list of records rather than one. */
export function isManyValued(field: KizenFieldDef): boolean {
  const cardinality = field.relation?.cardinality;
  return cardinality === 'many_to_many' || cardinality === 'one_to_many';
}
