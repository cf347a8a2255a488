/**
 * Start a HubSpot reference server for one test file (127.0.0.1, port 0) and close it when the
 * file is done.
 */
import { afterAll, beforeAll } from 'vitest';
import { startHubspotServer, type HubspotServerOptions } from '../../../../src/reference/hubspot/index.ts';
import { hubspotClient, type HubspotClient } from './client.ts';

/** Registers beforeAll/afterAll hooks; read `.client` (2026-03 paths) or `.v3` inside tests. */
export function useHubspotServer(options: HubspotServerOptions = {}): { readonly client: HubspotClient; readonly v3: HubspotClient } {
  let close: (() => Promise<void>) | undefined;
  let url: string | undefined;
  beforeAll(async () => {
    const server = await startHubspotServer(options);
    close = server.close;
    url = server.url;
  });
  afterAll(async () => {
    await close?.();
  });
  const started = (): string => {
    if (url === undefined) throw new Error('HubSpot reference server not started yet');
    return url;
  };
  return {
    get client(): HubspotClient {
      return hubspotClient(started());
    },
    get v3(): HubspotClient {
      return hubspotClient(started(), 'v3');
    },
  };
}
