/**
 * The set of faults switched on for one Zeeg server instance, built once from the names given
 * at start-up (common/faults.ts); an unknown name is a usage error, never silently ignored.
 */
import type { FaultSet as FaultSetOf } from '../../../../reference/common/faults.ts';
import { CATALOGUE, type FaultName } from './catalogue.ts';

export type FaultSet = FaultSetOf<FaultName>;

/** A set with no faults: the conforming server. */
export const NO_FAULTS: FaultSet = { has: () => false, names: [] };

/** Validate fault names and turn them into a FaultSet. Throws CRMC_USAGE on an unknown name. */
export const parseFaults: (names?: readonly string[]) => FaultSet = CATALOGUE.parse;
