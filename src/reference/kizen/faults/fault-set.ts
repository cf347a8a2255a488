/**
 * The faults switched on for one Kizen server instance, built once from the names given at
 * start-up. An unknown name is a usage error (CRMC_USAGE), never silently ignored.
 */
import { CrmcError } from '../../../core/errors.ts';
import { FAULT_NAMES, isFaultName, type FaultName } from './catalogue.ts';

export interface FaultSet {
  /** True when the named fault is switched on. */
  has(name: FaultName): boolean;
  /** The switched-on fault names, in the order given, without repeats. */
  readonly names: readonly FaultName[];
}

/** Check every name against the catalogue and build the set. */
export function parseFaults(names: readonly string[] = []): FaultSet {
  const unknown = names.find((name) => !isFaultName(name));
  if (unknown !== undefined) {
    throw new CrmcError('CRMC_USAGE', `Unknown Kizen fault "${unknown}". Known faults: ${FAULT_NAMES.join(', ')}.`, {
      details: { fault: unknown },
    });
  }
  const chosen = [...new Set(names as readonly FaultName[])];
  const active = new Set(chosen);
  return { has: (name) => active.has(name), names: chosen };
}
