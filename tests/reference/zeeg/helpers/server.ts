/**
 * Start a Zeeg reference server for one test file (port 0) and close it when the file is done.
 */
import { startReferenceServer, type ReferenceServerOptions } from '../../../../src/apis/zeeg/reference/index.ts';
import { useServer } from '../../common/use-server.ts';
import { zeegClient, type ZeegClient } from './client.ts';

/** Registers beforeAll/afterAll hooks; read `.client` inside tests. */
export function useReferenceServer(options: ReferenceServerOptions = {}): { readonly client: ZeegClient } {
  const server = useServer(() => startReferenceServer(options), 'reference server');
  return {
    get client(): ZeegClient {
      return zeegClient(server.url);
    },
  };
}
