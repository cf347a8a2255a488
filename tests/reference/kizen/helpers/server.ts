/**
 * Start a Kizen reference server for one test file (127.0.0.1, port 0) and close it when the
 * file is done.
 */
import { startKizenServer, type KizenServerOptions } from '../../../../src/apis/kizen/reference/index.ts';
import { useServer } from '../../common/use-server.ts';
import { kizenClient, type KizenClient } from './client.ts';

/** Registers beforeAll/afterAll hooks; read `.client` inside tests. */
export function useKizenServer(options: KizenServerOptions = {}): { readonly client: KizenClient } {
  const server = useServer(() => startKizenServer(options), 'Kizen reference server');
  return {
    get client(): KizenClient {
      return kizenClient(server.url);
    },
  };
}
