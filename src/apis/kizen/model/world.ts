/**
 * What the Kizen model knows about an object under test: its discovered fields turned into
 * value kinds the suites can write, the field holding the record identifier, and the ids that
 * exist elsewhere (records of related objects, team members, an archived related record).
 */

/** How a field's values are written and judged; fields of other types are never written. */
export type ValueKind =
  | 'text' | 'longtext' | 'email' | 'phonenumber' | 'integer' | 'decimal' | 'money' | 'date' | 'datetime' | 'checkbox'
  | 'option' | 'options' | 'relationship' | 'team_selector';

export const VALUE_KINDS: readonly ValueKind[] = [
  'text', 'longtext', 'email', 'phonenumber', 'integer', 'decimal', 'money', 'date', 'datetime', 'checkbox',
  'option', 'options', 'relationship', 'team_selector',
];

const KIND_OF_TYPE: Readonly<Record<string, ValueKind>> = {
  text: 'text', longtext: 'longtext', email: 'email', phonenumber: 'phonenumber', integer: 'integer', decimal: 'decimal', money: 'money',
  date: 'date', datetime: 'datetime', checkbox: 'checkbox', dropdown: 'option', radio: 'option', status: 'option',
  yesnomaybe: 'option', rating: 'option', timezone: 'option', checkboxes: 'options', relationship: 'relationship',
  team_selector: 'team_selector',
};

export interface FieldOption {
  id: string;
  name: string;
  code?: string;
}

export interface KizenField {
  id: string;
  /** The api name. */
  name: string;
  fieldType: string;
  /** Undefined for a type the suites never write (files, dynamictags, …). */
  kind?: ValueKind;
  required: boolean;
  readOnly: boolean;
  hidden: boolean;
  options: FieldOption[];
  /** Relationship fields: the target object's UUID and api name, and whether it holds a list. */
  relation?: { objectId: string; objectName: string; many: boolean };
  /** is_default as discovery shows it; undefined when the field list does not say. */
  isDefault?: boolean;
  /** Set when the target refused { id } for this field and took the bare id (facts A2 [DISAGREE]). */
  bare?: boolean;
}

export interface KizenWorld {
  /** The object as the run names it (api name or UUID) and as discovery answered. */
  slug: string;
  objectId: string;
  apiName: string;
  fields: readonly KizenField[];
  byId: ReadonlyMap<string, KizenField>;
  /** The field holding the identifier: email for contacts (client_client), name otherwise. */
  identifier: KizenField;
  /** Per relationship field id: active records of its target object. */
  relatedIds: ReadonlyMap<string, readonly string[]>;
  /** Per relationship field id: an archived record of its target object (no longer resolves). */
  archivedIds: ReadonlyMap<string, string>;
  members: readonly string[];
}

/**
 * Whether a reference is written as its bare id: a timezone as its tz name (the option id, facts
 * A2), and any field whose target took only the bare id; every other option or record as { id }.
 */
export function bareOption(field: Pick<KizenField, 'fieldType' | 'bare'>): boolean {
  return field.fieldType === 'timezone' || field.bare === true;
}

/** The written form of one reference to `id`: the bare id or { id } (see bareOption). */
export function refOf(field: Pick<KizenField, 'fieldType' | 'bare'>, id: string): unknown {
  return bareOption(field) ? id : { id };
}

/** Whether the write form of a field's references is disputed (facts A2): options, ratings, records. */
export function disputedForm(field: KizenField): boolean {
  return (field.kind === 'option' || field.kind === 'options' || field.kind === 'relationship') && field.fieldType !== 'timezone';
}

export function kindOf(fieldType: string): ValueKind | undefined {
  return KIND_OF_TYPE[fieldType];
}

/** The api name of the field that holds the identifier (KIZEN-IDENT-002). */
export function identifierName(apiName: string): string {
  return apiName === 'client_client' ? 'email' : 'name';
}

/** Fields a run may write: a known kind, not read-only, not hidden (hidden fields read back only on request). */
export function writableFields(world: KizenWorld): KizenField[] {
  return world.fields.filter((f) => f.kind !== undefined && !f.readOnly && !f.hidden && (f.kind !== 'relationship' || f.relation !== undefined));
}

/** Fields whose read-back the model predicts: every field but read-only and hidden ones. */
export function judgedFields(world: KizenWorld): KizenField[] {
  return world.fields.filter((f) => !f.readOnly && !f.hidden);
}

/** The ids a reference field may name, or undefined when the run has none. */
export function knownReferences(world: KizenWorld, field: KizenField): readonly string[] | undefined {
  if (field.kind === 'team_selector') return world.members.length > 0 ? world.members : undefined;
  if (field.kind === 'relationship') {
    const ids = world.relatedIds.get(field.id);
    return ids !== undefined && ids.length > 0 ? ids : undefined;
  }
  if (field.kind === 'option' || field.kind === 'options') return field.options.length > 0 ? field.options.map((o) => o.id) : undefined;
  return undefined;
}
