/**
 * The fault mechanism every reference server shares. A fault is a named switch that makes a
 * server break exactly one documented rule; each API keeps its own list of entries, consulted
 * at the one place in its clean code path where the rule is enforced. This file holds the
 * entry shape, the catalogue built from a list, and the set of faults switched on for one
 * server instance (an unknown name is a usage error, never silently ignored).
 */
import { CrmcError } from '../../core/errors.ts';

export interface FaultEntry {
  /** Stable kebab-case name, used on the command line and in reports. */
  readonly name: string;
  /** Clause ids of the API's clause catalogue the fault breaks. */
  readonly clauses: readonly string[];
  readonly description: string;
}

/** One catalogue entry; the name keeps its literal type so the API's FaultName is a union. */
export function fault<const N extends string>(name: N, clauses: readonly string[], description: string) {
  return { name, clauses, description } as const;
}

/** The faults switched on for one server instance. */
export interface FaultSet<N extends string> {
  /** True when the named fault is switched on. */
  has(name: N): boolean;
  /** The switched-on fault names, in the order first given, each once. */
  readonly names: readonly N[];
}

/** What an API's catalogue offers besides its entries. */
export interface FaultCatalogue<N extends string> {
  /** Every fault name, in catalogue order. */
  readonly names: readonly N[];
  isName(name: string): name is N;
  /** Validate fault names and turn them into a FaultSet. Throws CRMC_USAGE on an unknown name. */
  parse(names?: readonly string[]): FaultSet<N>;
}

/**
 * The catalogue of one API's entries. `api` goes into the usage error ("Unknown HubSpot fault
 * …"); the Zeeg server, the first, passes '' and says "Unknown fault …".
 */
export function faultCatalogue<const E extends readonly FaultEntry[]>(entries: E, api: string): FaultCatalogue<E[number]['name']> {
  type N = E[number]['name'];
  const names: readonly N[] = entries.map((entry) => entry.name);
  const isName = (name: string): name is N => (names as readonly string[]).includes(name);
  const parse = (given: readonly string[] = []): FaultSet<N> => {
    const unknown = given.find((name) => !isName(name));
    if (unknown !== undefined) {
      const what = api === '' ? 'fault' : `${api} fault`;
      throw new CrmcError('CRMC_USAGE', `Unknown ${what} "${unknown}". Known faults: ${names.join(', ')}.`, { details: { fault: unknown } });
    }
    const chosen = [...new Set(given as readonly N[])];
    const active = new Set(chosen);
    return { has: (name) => active.has(name), names: chosen };
  };
  return { names, isName, parse };
}
