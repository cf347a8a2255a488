/**
 * Start a reference server for one test file (127.0.0.1, port 0) and close it when the file is
 * done. Each API's helpers/server.ts wraps this with its own start-up and client.
 */
import { afterAll, beforeAll } from 'vitest';

export interface StartedServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Registers beforeAll/afterAll hooks; read `.url` inside tests. */
export function useServer(start: () => Promise<StartedServer>, what: string): { readonly url: string } {
  let server: StartedServer | undefined;
  beforeAll(async () => {
    server = await start();
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url(): string {
      if (server === undefined) throw new Error(`${what} not started yet`);
      return server.url;
    },
  };
}
