/**
 * Start a HubSpot reference server for one test file (127.0.0.1, port 0) and close it when the
 * file is done.
 */
import { startHubspotServer, type HubspotServerOptions } from '../../../../src/apis/hubspot/reference/index.ts';
import { useServer } from '../../common/use-server.ts';
import { hubspotClient, type HubspotClient } from './client.ts';

/** Registers beforeAll/afterAll hooks; read `.client` (2026-03 paths) or `.v3` inside tests. */
export function useHubspotServer(options: HubspotServerOptions = {}): { readonly client: HubspotClient; readonly v3: HubspotClient } {
  const server = useServer(() => startHubspotServer(options), 'HubSpot reference server');
  return {
    get client(): HubspotClient {
      return hubspotClient(server.url);
    },
    get v3(): HubspotClient {
      return hubspotClient(server.url, 'v3');
    },
  };
}
