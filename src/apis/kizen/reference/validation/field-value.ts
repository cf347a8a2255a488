/**
 * Checks one written value against its field: blank values (null, "", []) leave the field
 * blank; any other value goes to the rule of the field's type.
 */
import { SINGLE_OPTION_TYPES, type KizenFieldDef } from '../object-def.ts';
import { lenient } from '../lenient.ts';
import type { ServerContext } from '../server-context.ts';
import { checkOption, checkOptionList, checkRelationship, checkTeamMember } from './reference-values.ts';
import { checkCheckbox, checkDate, checkDatetime, checkEmail, checkInteger, checkNumber, checkPhone, checkText } from './scalar-values.ts';
import { accept, isBlankString, refuse, type ValueCheck } from './value-check.ts';

/** Decimals are kept to the 4 places the page says are displayed. */
const DECIMAL_PLACES = 4;

function isBlank(field: KizenFieldDef, value: unknown): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  const stringTyped = field.field_type === 'text' || field.field_type === 'longtext' || field.field_type === 'email' || field.field_type === 'phonenumber';
  return stringTyped && isBlankString(value);
}

export function checkFieldValue(ctx: ServerContext, field: KizenFieldDef, value: unknown): ValueCheck {
  const { faults } = ctx;
  if (value === null && !field.is_required && faults.has('null-refused-on-optional')) return refuse('This field may not be null.');
  if (isBlank(field, value)) return accept(null);
  switch (field.field_type) {
    case 'text':
    case 'longtext':
      return checkText(value, field.field_type === 'longtext', faults);
    case 'email':
      return checkEmail(value, faults, lenient(ctx));
    case 'phonenumber':
      return checkPhone(value, faults);
    case 'integer':
      return checkInteger(value, faults);
    case 'decimal':
      return checkNumber(value, DECIMAL_PLACES, faults);
    case 'money':
      return checkNumber(value, undefined, faults);
    case 'date':
      return checkDate(value, faults);
    case 'datetime':
      return checkDatetime(value, faults, lenient(ctx));
    case 'checkbox':
      return checkCheckbox(value, faults);
    case 'checkboxes':
      return checkOptionList(ctx, field, value);
    case 'relationship':
      return checkRelationship(ctx, field, value);
    case 'team_selector':
      return checkTeamMember(ctx, value);
    default:
      return SINGLE_OPTION_TYPES.has(field.field_type) ? checkOption(ctx, field, value) : refuse('This field type cannot be written.');
  }
}
