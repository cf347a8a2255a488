/**
 * Checks on field values, per value kind: a valid value is accepted and reads back as sent, an
 * invalid one is refused with 400 and writes nothing; plus the rules the sources only imply
 * (range, digits, coercion, null) at SHOULD.
 */
import type { CheckDef } from '../../../core/checks.ts';
import type { ValueKind } from '../model/world.ts';
import { VALUE_KINDS } from '../model/world.ts';
import { defineCheck } from '../../../checks/define-check.ts';

/** The clause of each kind's value rule: what is refused, and (where it differs) what is accepted. */
const KIND_CLAUSES: Record<ValueKind, { refused: string; accepted: string; acceptedLevel: 'MUST' | 'SHOULD' }> = {
  text: { refused: 'KIZEN-TYPES-002', accepted: 'KIZEN-TYPES-002', acceptedLevel: 'MUST' },
  longtext: { refused: 'KIZEN-TYPES-022', accepted: 'KIZEN-TYPES-022', acceptedLevel: 'MUST' },
  email: { refused: 'KIZEN-TYPES-003', accepted: 'KIZEN-TYPES-003', acceptedLevel: 'MUST' },
  phonenumber: { refused: 'KIZEN-TYPES-004', accepted: 'KIZEN-TYPES-004', acceptedLevel: 'MUST' },
  integer: { refused: 'KIZEN-TYPES-005', accepted: 'KIZEN-TYPES-005', acceptedLevel: 'MUST' },
  decimal: { refused: 'KIZEN-TYPES-007', accepted: 'KIZEN-TYPES-007', acceptedLevel: 'MUST' },
  money: { refused: 'KIZEN-TYPES-009', accepted: 'KIZEN-TYPES-009', acceptedLevel: 'MUST' },
  date: { refused: 'KIZEN-TYPES-010', accepted: 'KIZEN-TYPES-010', acceptedLevel: 'MUST' },
  datetime: { refused: 'KIZEN-TYPES-011', accepted: 'KIZEN-TYPES-011', acceptedLevel: 'MUST' },
  checkbox: { refused: 'KIZEN-TYPES-012', accepted: 'KIZEN-TYPES-012', acceptedLevel: 'MUST' },
  // The option and record reference forms are disputed: accepting { id } is judged at SHOULD.
  option: { refused: 'KIZEN-TYPES-014', accepted: 'KIZEN-TYPES-015', acceptedLevel: 'SHOULD' },
  options: { refused: 'KIZEN-TYPES-014', accepted: 'KIZEN-TYPES-015', acceptedLevel: 'SHOULD' },
  relationship: { refused: 'KIZEN-TYPES-016', accepted: 'KIZEN-TYPES-017', acceptedLevel: 'SHOULD' },
  team_selector: { refused: 'KIZEN-TYPES-018', accepted: 'KIZEN-TYPES-018', acceptedLevel: 'MUST' },
};

export function kindClause(kind: ValueKind): string {
  return KIND_CLAUSES[kind].refused;
}

const upper = (kind: ValueKind) => kind.toUpperCase();

/** A valid value of the kind, boundaries included, is accepted and reads back as sent. */
export const TYPE_ACCEPTED: Record<ValueKind, CheckDef> = Object.fromEntries(
  VALUE_KINDS.map((kind) => [kind, defineCheck(`KIZEN_TYPE_${upper(kind)}_ACCEPTED`, KIND_CLAUSES[kind].acceptedLevel, [KIND_CLAUSES[kind].accepted], `A valid ${kind} value is accepted and reads back as sent`)]),
) as Record<ValueKind, CheckDef>;

/** An invalid value of the kind is refused with 400. */
export const TYPE_REFUSED: Record<ValueKind, CheckDef> = Object.fromEntries(
  VALUE_KINDS.map((kind) => [kind, defineCheck(`KIZEN_TYPE_${upper(kind)}_REFUSED`, 'MUST', ['KIZEN-TYPES-001', KIND_CLAUSES[kind].refused], `An invalid ${kind} value is refused with 400`)]),
) as Record<ValueKind, CheckDef>;

export const INTEGER_RANGE = defineCheck('KIZEN_INTEGER_RANGE', 'SHOULD', ['KIZEN-TYPES-006'], 'Integers outside the 4-byte range are refused with 400');
export const NUMBER_DIGITS = defineCheck('KIZEN_NUMBER_DIGITS', 'SHOULD', ['KIZEN-TYPES-008'], 'Decimal and money values with more than 11 digits before the point are refused with 400');
export const COERCION_REFUSED = defineCheck('KIZEN_COERCION_REFUSED', 'SHOULD', ['KIZEN-TYPES-013'], 'Spellings of a value in another JSON kind ("true", 1, "5", "2.5") are refused with 400');
export const NULL_ACCEPTED = defineCheck('KIZEN_NULL_ACCEPTED', 'SHOULD', ['KIZEN-TYPES-019'], 'null on a field that is not required is accepted and leaves the field blank');
export const DATETIME_FORM = defineCheck('KIZEN_DATETIME_FORM', 'SHOULD', ['KIZEN-TYPES-020'], 'A datetime without a time of day or without a UTC offset is refused with 400');
export const EMAIL_DOMAIN = defineCheck('KIZEN_EMAIL_DOMAIN', 'SHOULD', ['KIZEN-TYPES-021'], 'An email address whose domain has no dot is refused with 400');
export const READ_ENCODING = defineCheck('KIZEN_READ_ENCODING', 'SHOULD', ['KIZEN-READ-003', 'KIZEN-TYPES-015'], 'Money, options, related records and team members read back in their observed encodings');

export const TYPE_CHECKS: CheckDef[] = [
  ...Object.values(TYPE_ACCEPTED), ...Object.values(TYPE_REFUSED),
  INTEGER_RANGE, NUMBER_DIGITS, COERCION_REFUSED, DATETIME_FORM, EMAIL_DOMAIN, NULL_ACCEPTED, READ_ENCODING,
];
