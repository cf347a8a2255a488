/**
 * Checks on property values: each type's documented forms accepted and read back as strings,
 * each rule's values refused with 400 VALIDATION_ERROR and its error details, and writes of
 * properties that cannot be written (facts B3, B4, reference notes).
 */
import { defineCheck } from '../../../checks/define-check.ts';
import type { CheckDef } from '../../../core/checks.ts';
import type { ShouldForm, ValueRule } from '../model/values.ts';
import type { HsType } from '../model/world.ts';

const c = (code: string, level: 'MUST' | 'SHOULD', clauses: string[], title: string) => defineCheck(code, level, clauses.map((id) => `HUBSPOT-${id}`), title);

export const BOOL_ACCEPTED = c('HUBSPOT_BOOL_ACCEPTED', 'SHOULD', ['VALUES-003'], 'A bool property accepts "true" and "false"');
export const NUMBER_ACCEPTED = c('HUBSPOT_NUMBER_ACCEPTED', 'MUST', ['VALUES-005'], 'A number property accepts digits with an optional "-" and one decimal point');
export const DATE_ACCEPTED = c('HUBSPOT_DATE_ACCEPTED', 'MUST', ['VALUES-008'], 'A date property accepts ISO 8601 date-times and epoch milliseconds at midnight UTC');
export const DATE_PLAIN_ACCEPTED = c('HUBSPOT_DATE_PLAIN_ACCEPTED', 'SHOULD', ['VALUES-017'], 'A date property accepts a plain YYYY-MM-DD');
export const DATETIME_ACCEPTED = c('HUBSPOT_DATETIME_ACCEPTED', 'MUST', ['VALUES-010'], 'A datetime property accepts ISO 8601 date-times and epoch milliseconds');
export const ENUM_ACCEPTED = c('HUBSPOT_ENUM_ACCEPTED', 'MUST', ['VALUES-012', 'PROPS-003'], "An enumeration property accepts an option's value");
export const CHECKBOX_SEVERAL_ACCEPTED = c('HUBSPOT_CHECKBOX_SEVERAL_ACCEPTED', 'SHOULD', ['VALUES-013'], 'A checkbox enumeration accepts several options joined by ";"');
export const STRING_ACCEPTED = c('HUBSPOT_STRING_ACCEPTED', 'MUST', ['VALUES-015', 'VALUES-001'], 'A string property accepts text of up to 65,536 characters');
export const VALUE_READ_BACK = c('HUBSPOT_VALUE_READ_BACK', 'MUST', ['VALUES-001'], 'An accepted value reads back as the string written (numbers by value, dates by instant)');

export const NON_STRING_REJECTED = c('HUBSPOT_NON_STRING_REJECTED', 'SHOULD', ['VALUES-002'], 'A property value that is not a JSON string is refused with 400');
export const BOOL_OTHER_REJECTED = c('HUBSPOT_BOOL_OTHER_REJECTED', 'SHOULD', ['VALUES-004'], 'A bool property refuses strings other than "true" and "false"');
export const NUMBER_MALFORMED_REJECTED = c('HUBSPOT_NUMBER_MALFORMED_REJECTED', 'MUST', ['VALUES-006', 'ERRORS-001'], 'A number with commas, spaces, several dots or letters is refused with 400');
export const NUMBER_SCIENTIFIC_REJECTED = c('HUBSPOT_NUMBER_SCIENTIFIC_REJECTED', 'SHOULD', ['VALUES-007'], 'A number in scientific notation is refused with 400');
export const DATE_INVALID_REJECTED = c('HUBSPOT_DATE_INVALID_REJECTED', 'MUST', ['VALUES-009', 'ERRORS-001'], 'A date not at midnight UTC is refused with 400');
export const DATE_MALFORMED_REJECTED = c('HUBSPOT_DATE_MALFORMED_REJECTED', 'SHOULD', ['VALUES-018'], 'An impossible date, or a string that is no date, is refused with 400');
export const DATETIME_INVALID_REJECTED = c('HUBSPOT_DATETIME_INVALID_REJECTED', 'SHOULD', ['VALUES-011'], 'A datetime that is no ISO 8601 value nor epoch milliseconds is refused with 400');
export const ENUM_UNKNOWN_REJECTED = c('HUBSPOT_ENUM_UNKNOWN_REJECTED', 'MUST', ['VALUES-012', 'ERRORS-001'], "An enumeration value matching no option's value exactly is refused with 400");
export const CHECKBOX_UNKNOWN_REJECTED = c('HUBSPOT_CHECKBOX_UNKNOWN_REJECTED', 'SHOULD', ['VALUES-013'], 'A checkbox list with an unknown option is refused with 400');
export const SELECT_SEVERAL_REJECTED = c('HUBSPOT_SELECT_SEVERAL_REJECTED', 'SHOULD', ['VALUES-014'], 'A single-choice enumeration refuses several options joined by ";"');
export const STRING_TOO_LONG_REJECTED = c('HUBSPOT_STRING_TOO_LONG_REJECTED', 'MUST', ['VALUES-015', 'ERRORS-001'], 'A string longer than 65,536 characters is refused with 400');
export const WHITESPACE_REJECTED = c('HUBSPOT_WHITESPACE_REJECTED', 'MUST', ['VALUES-016', 'ERRORS-001'], 'A non-string value with edge whitespace or invisible characters is refused with 400');

export const VALIDATION_CATEGORY = c('HUBSPOT_VALIDATION_CATEGORY', 'MUST', ['ERRORS-001'], 'An invalid value is answered 400 with category VALIDATION_ERROR');
export const VALIDATION_DETAILS = c('HUBSPOT_VALIDATION_DETAILS', 'SHOULD', ['ERRORS-002'], 'A VALIDATION_ERROR lists each invalid property with message, code and context.propertyName');
export const INVALID_OPTION_MESSAGE = c('HUBSPOT_INVALID_OPTION_MESSAGE', 'SHOULD', ['ERRORS-006'], 'An unknown option is reported as "<value> was not one of the allowed options"');
export const UNKNOWN_PROPERTY_REJECTED = c('HUBSPOT_UNKNOWN_PROPERTY_REJECTED', 'SHOULD', ['WRITE-001'], 'A write naming a property the type does not have is refused with 400');
export const READ_ONLY_REJECTED = c('HUBSPOT_READ_ONLY_REJECTED', 'SHOULD', ['WRITE-002'], 'A write naming a read-only property is refused with 400');
export const REJECTED_WRITE_NO_TRACE = c('HUBSPOT_REJECTED_WRITE_NO_TRACE', 'SHOULD', ['WRITE-003'], 'A write refused with 400 creates no record and changes no property');

/** The check a valid value of each type is charged to when it is refused. */
export const ACCEPTED_BY_TYPE: Readonly<Record<HsType, CheckDef>> = {
  bool: BOOL_ACCEPTED, number: NUMBER_ACCEPTED, date: DATE_ACCEPTED, datetime: DATETIME_ACCEPTED,
  enumeration: ENUM_ACCEPTED, string: STRING_ACCEPTED, phone_number: STRING_ACCEPTED, other: STRING_ACCEPTED,
};

/** The check charged when a value only our reading accepts (a SHOULD form) is refused. */
export const ACCEPTED_BY_FORM: Readonly<Record<ShouldForm, CheckDef>> = {
  bool: BOOL_ACCEPTED, 'date-plain': DATE_PLAIN_ACCEPTED, 'checkbox-several': CHECKBOX_SEVERAL_ACCEPTED,
};

/** The check each value rule's refusal is charged to. */
export const REJECTED_BY_RULE: Readonly<Record<ValueRule, CheckDef>> = {
  'non-string': NON_STRING_REJECTED, 'bool-other': BOOL_OTHER_REJECTED, 'number-malformed': NUMBER_MALFORMED_REJECTED,
  'number-scientific': NUMBER_SCIENTIFIC_REJECTED, 'date-invalid': DATE_INVALID_REJECTED, 'date-malformed': DATE_MALFORMED_REJECTED, 'datetime-invalid': DATETIME_INVALID_REJECTED,
  'enum-unknown': ENUM_UNKNOWN_REJECTED, 'checkbox-unknown': CHECKBOX_UNKNOWN_REJECTED, 'select-several': SELECT_SEVERAL_REJECTED,
  'string-too-long': STRING_TOO_LONG_REJECTED, whitespace: WHITESPACE_REJECTED,
};

export const VALUE_CHECKS: readonly CheckDef[] = [
  BOOL_ACCEPTED, NUMBER_ACCEPTED, DATE_ACCEPTED, DATE_PLAIN_ACCEPTED, DATETIME_ACCEPTED, ENUM_ACCEPTED, CHECKBOX_SEVERAL_ACCEPTED, STRING_ACCEPTED, VALUE_READ_BACK,
  ...Object.values(REJECTED_BY_RULE),
  VALIDATION_CATEGORY, VALIDATION_DETAILS, INVALID_OPTION_MESSAGE, UNKNOWN_PROPERTY_REJECTED, READ_ONLY_REJECTED, REJECTED_WRITE_NO_TRACE,
];
