/**
 * Start a reference server for one test file (port 0) and close it when the file is done.
 */
import { afterAll, beforeAll } from 'vitest';
import { startReferenceServer, type ReferenceServerOptions } from '../../../../src/reference/zeeg/index.ts';
import { zeegClient, type ZeegClient } from './client.ts';

/** Registers beforeAll/afterAll hooks; read `.client` inside tests. */
export function useReferenceServer(options: ReferenceServerOptions = {}): { readonly client: ZeegClient } {
  let close: (() => Promise<void>) | undefined;
  let client: ZeegClient | undefined;
  beforeAll(async () => {
    const server = await startReferenceServer(options);
    close = server.close;
    client = zeegClient(server.url);
  });
  afterAll(async () => {
    await close?.();
  });
  return {
    get client(): ZeegClient {
      if (client === undefined) throw new Error('reference server not started yet');
      return client;
    },
  };
}
