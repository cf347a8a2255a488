/**
 * The set of faults switched on for one server instance. Built once from names given at
 * start-up; an unknown name is a usage error, never silently ignored.
 */
import { CrmcError } from '../../../core/errors.ts';
import { FAULT_NAMES, isFaultName, type FaultName } from './catalogue.ts';

export interface FaultSet {
  /** True when the named fault is switched on. */
  has(name: FaultName): boolean;
  /** The switched-on fault names, in the order given. */
  readonly names: readonly FaultName[];
}

/** A set with no faults: the conforming server. */
export const NO_FAULTS: FaultSet = { has: () => false, names: [] };

/** Validate fault names and turn them into a FaultSet. Throws CRMC_USAGE on an unknown name. */
export function parseFaults(names: readonly string[] = []): FaultSet {
  const chosen: FaultName[] = [];
  for (const name of names) {
    if (!isFaultName(name)) {
      throw new CrmcError('CRMC_USAGE', `Unknown fault "${name}". Known faults: ${FAULT_NAMES.join(', ')}.`, {
        details: { fault: name },
      });
    }
    if (!chosen.includes(name)) chosen.push(name);
  }
  const active = new Set<FaultName>(chosen);
  return { has: (name) => active.has(name), names: chosen };
}
