/**
 * The set of faults switched on for one HubSpot server instance. Built once from names given at
 * start-up; an unknown name is a usage error, never silently ignored.
 */
import { CrmcError } from '../../../core/errors.ts';
import { FAULT_NAMES, isFaultName, type FaultName } from './catalogue.ts';

export interface FaultSet {
  /** True when the named fault is switched on. */
  has(name: FaultName): boolean;
  /** The switched-on fault names, first mention first, each once. */
  readonly names: readonly FaultName[];
}

/** Validate fault names and turn them into a FaultSet. Throws CRMC_USAGE on an unknown name. */
export function parseFaults(names: readonly string[] = []): FaultSet {
  const unknown = names.find((name) => !isFaultName(name));
  if (unknown !== undefined) {
    const known = FAULT_NAMES.join(', ');
    throw new CrmcError('CRMC_USAGE', `Unknown HubSpot fault "${unknown}". Known faults: ${known}.`, { details: { fault: unknown } });
  }
  const active = new Set(names as readonly FaultName[]);
  return { has: (name) => active.has(name), names: [...active] };
}
