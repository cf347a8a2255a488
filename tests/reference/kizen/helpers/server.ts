/**
 * Start a Kizen reference server for one test file (127.0.0.1, port 0) and close it when the
 * file is done.
 */
import { afterAll, beforeAll } from 'vitest';
import { startKizenServer, type KizenServerOptions } from '../../../../src/reference/kizen/index.ts';
import { kizenClient, type KizenClient } from './client.ts';

/** Registers beforeAll/afterAll hooks; read `.client` inside tests. */
export function useKizenServer(options: KizenServerOptions = {}): { readonly client: KizenClient } {
  let close: (() => Promise<void>) | undefined;
  let client: KizenClient | undefined;
  beforeAll(async () => {
    const server = await startKizenServer(options);
    close = server.close;
    client = kizenClient(server.url);
  });
  afterAll(async () => {
    await close?.();
  });
  return {
    get client(): KizenClient {
      if (client === undefined) throw new Error('Kizen reference server not started yet');
      return client;
    },
  };
}
