/**
 * Which attributes a run writes and how: text values of unique and matching attributes carry
 * the run's prefix (so parallel runs and old data never collide); unique attributes of other
 * types are left alone, since no prefix can isolate them.
 */
import fc from 'fast-check';
import { TEXT_MAX_CODE_POINTS } from '../contract/attributes.ts';
import { requiredValue, textOf, validOrNull } from '../generation/valid-values.ts';
import type { Values } from '../model/values.ts';
import type { World } from '../model/world.ts';

/** Longest prefix a run uses (run id, case tag and sequence: "crmc1a2b3c4d-k3x9q0-123-"), with room to spare. */
export const PREFIX_ROOM = 32;

export interface WritePlan {
  /** Keys the run may write. */
  keys: string[];
  /** Text keys whose values are suffixes, completed with the sequence prefix when sent. */
  prefixed: ReadonlySet<string>;
  /** The attribute assert matches on; undefined when the object has no text attribute. */
  matching?: string;
  /** A unique text attribute other than `matching`, for duplicate-unique asserts. */
  uniqueOther?: string;
  /** Unique text attributes. */
  uniqueText: string[];
  /** Unique attributes the run never writes, with the reason. */
  untouchedUnique: string[];
}

export function planWrites(world: World): WritePlan {
  const attrs = [...world.attributes.values()];
  const text = attrs.filter((a) => a.type === 'text').map((a) => a.key);
  const uniqueText = attrs.filter((a) => a.type === 'text' && a.isUnique === true).map((a) => a.key);
  const untouchedUnique = attrs.filter((a) => a.type !== 'text' && a.isUnique === true).map((a) => a.key);
  const matching = uniqueText[0] ?? text[0];
  const uniqueOther = uniqueText.find((k) => k !== matching);
  const plan: WritePlan = { keys: attrs.map((a) => a.key).filter((k) => !untouchedUnique.includes(k)), prefixed: new Set(text), uniqueText, untouchedUnique };
  if (matching !== undefined) plan.matching = matching;
  if (uniqueOther !== undefined) plan.uniqueOther = uniqueOther;
  return plan;
}

/** A non-empty suffix that leaves room for the prefix within the 255 code points. */
export const suffixArb = textOf(TEXT_MAX_CODE_POINTS - PREFIX_ROOM, 1);

/** Arbitrary of body templates: some writable keys, valid values (suffixes for prefixed keys). */
export function bodyTemplate(world: World, plan: WritePlan, options: { require?: string[]; exclude?: string[] } = {}): fc.Arbitrary<Values> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of plan.keys) {
    if (options.exclude?.includes(key)) continue;
    const attr = world.attributes.get(key)!;
    // Required attributes are never cleared: the pages and the notes disagree on what that does.
    const never = attr.isRequired === true;
    if (plan.prefixed.has(key)) shape[key] = never ? suffixArb : fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary: suffixArb });
    else shape[key] = never ? (requiredValue(world, attr) ?? validOrNull(world, attr)) : validOrNull(world, attr);
  }
  const required = (options.require ?? []).filter((k) => k in shape);
  for (const key of required) if (plan.prefixed.has(key)) shape[key] = suffixArb;
  return fc.record(shape, { requiredKeys: required }) as fc.Arbitrary<Values>;
}

/** Completes a template: prefixed keys with a non-empty string get the sequence prefix. */
export function resolveBody(template: Values, plan: WritePlan, prefix: string): Values {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template)) {
    body[key] = plan.prefixed.has(key) && typeof value === 'string' && value !== '' ? `${prefix}${value}` : value;
  }
  return body;
}
