/**
 * `startReference(api, options)`: an API's reference server from a program, as
 * `crm-conformance serve` starts it: port 0 on 127.0.0.1 unless told otherwise, with the faults
 * asked for (names from the API's fault catalogue, `(await apiNamed(api)).reference.faults`)
 * or as the lenient twin. It resolves with the base URL and everything a run against it needs.
 *
 *   const server = await startReference('kizen', { faults: ['add-status-202'] });
 *   await run({ api: 'kizen', baseUrl: server.url, token: server.token, ...server.settings });
 */
import { apiNamed } from '../apis/index.ts';
import type { ReferenceStart, ReferenceTarget } from '../apis/crm-api.ts';
import type { ApiName } from '../contract/load-spec.ts';

export interface StartedReference extends ReferenceTarget {
  api: ApiName;
  /** A token with every scope, and one that may only read. */
  token: string;
  readToken: string;
  /**
   * The settings a run against this server needs besides baseUrl and token: the objects it
   * serves, its members, and the account ids of APIs that have them (Kizen).
   */
  settings: { readToken: string; objects: string[]; members: string[]; apiSettings?: Record<string, string> };
}

export async function startReference(api: ApiName | string, options: ReferenceStart = {}): Promise<StartedReference> {
  const crm = await apiNamed(api, 'startReference');
  const embedded = crm.reference;
  const server = await crm.reference.start({ port: 0, ...options });
  return {
    url: server.url,
    faults: server.faults,
    close: () => server.close(),
    api: crm.name,
    token: embedded.token,
    readToken: embedded.readToken,
    settings: { readToken: embedded.readToken, objects: [...embedded.objects], members: [...embedded.members], ...(embedded.settings === undefined ? {} : { apiSettings: { ...embedded.settings } }) },
  };
}
