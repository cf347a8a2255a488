/**
 * Values each HubSpot property type refuses, labelled with the rule they break (facts B3, B4,
 * reference notes). A label is never trusted: `confirmInvalid` re-classifies the value exactly
 * as it will be sent, through the model, and drops any value the model finds valid or charged
 * to another rule, so a valid value is never judged as invalid.
 */
import fc from 'fast-check';
import { classify, STRING_LIMIT, type ValueRule } from '../model/values.ts';
import type { HsProperty } from '../model/world.ts';

export interface InvalidValue {
  value: unknown;
  rule: ValueRule;
}

const label = (value: unknown, rule: ValueRule): InvalidValue => ({ value, rule });

function enumerationCandidates(property: HsProperty): InvalidValue[] {
  const [first = 'a', second = 'b'] = property.options;
  const out = [label('no_such_option_zz', 'enum-unknown'), label(first.toUpperCase(), 'enum-unknown'), label(`${first} `, 'whitespace')];
  property.labels.forEach((text) => out.push(label(text, 'enum-unknown')));
  if (property.options.length > 1) out.push(label(`${first};${second}`, property.multi ? 'enum-unknown' : 'select-several'));
  if (property.multi) out.push(label(`${first};no_such_option_zz`, 'checkbox-unknown'), label(`${first} ;${second}`, 'whitespace'));
  return out;
}

/** Every labelled candidate for the type, before confirmation. */
function candidates(property: HsProperty): InvalidValue[] {
  switch (property.type) {
    case 'bool':
      return [label('yes', 'bool-other'), label('TRUE', 'bool-other'), label('1', 'bool-other'), label(' true', 'whitespace'), label('false\u200b', 'whitespace')];
    case 'number':
      return [label('1,000', 'number-malformed'), label('1,5', 'number-malformed'), label('1 000', 'number-malformed'), label('1.2.3', 'number-malformed'), label('1..5', 'number-malformed'), label('ten', 'number-malformed'), label('1.5e3', 'number-scientific'), label(' 5', 'whitespace'), label('5 ', 'whitespace')];
    case 'date':
      return [label('1430438400001', 'date-invalid'), label('1430438399999', 'date-invalid'), label('2015-05-01T10:00:00Z', 'date-invalid'), label('2015-05-01T00:00:00.001Z', 'date-invalid'), label('2025-02-30', 'date-malformed'), label('someday', 'date-malformed'), label(' 2015-05-01', 'whitespace')];
    case 'datetime':
      return [label('yesterday', 'datetime-invalid'), label('2025-13-01T00:00:00Z', 'datetime-invalid'), label('2025-03-14T15:09:26Z ', 'whitespace')];
    case 'enumeration':
      return enumerationCandidates(property);
    case 'string':
      return [label('b'.repeat(STRING_LIMIT + 1), 'string-too-long')];
    default:
      return [];
  }
}

/** The labelled value, if the model agrees it breaks exactly that rule as sent. */
export function confirmInvalid(property: HsProperty, candidate: InvalidValue): InvalidValue | undefined {
  const verdict = classify(property, candidate.value);
  return !verdict.valid && verdict.rule === candidate.rule ? candidate : undefined;
}

/** Every confirmed invalid value of the property, values of other JSON types included. */
export function invalidValues(property: HsProperty): InvalidValue[] {
  // One JSON number per property; booleans and objects only where a string type might be tempted to coerce them.
  const nonString = [label(5, 'non-string'), ...(property.type === 'bool' ? [label(true, 'non-string')] : []), ...(property.type === 'string' ? [label({ value: 'x' }, 'non-string')] : [])];
  return [...candidates(property), ...nonString].flatMap((c) => confirmInvalid(property, c) ?? []);
}

/** Confirmed invalid values the sources agree are refused (MUST), for the model run; undefined when none. */
export function mustInvalidValue(property: HsProperty): fc.Arbitrary<InvalidValue> | undefined {
  const sure = invalidValues(property).filter((c) => c.rule !== 'non-string' && classify(property, c.value).valid === false && classify(property, c.value).level === 'MUST' && c.rule !== 'string-too-long');
  return sure.length === 0 ? undefined : fc.constantFrom(...sure);
}
