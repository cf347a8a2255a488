/**
 * Tiny local servers for the hostile-target tests: node:http or raw node:net, always on
 * 127.0.0.1 port 0, each with a close() that also ends every open connection so a test never
 * leaves a socket behind.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface LocalServer {
  /** Base URL with the API prefix, as a run takes it: http://127.0.0.1:PORT/v2 */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

async function listenOn(server: Server, sockets: Set<Socket>): Promise<LocalServer> {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/v2`,
    origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A node:http server whose every request goes to `handler`. */
export function listenHttp(handler: HttpHandler): Promise<LocalServer> {
  const server = createHttpServer({ keepAliveTimeout: 60_000 }, handler);
  return listenOn(server, new Set());
}

/** A raw TCP server: `onSocket` sees each accepted connection and may never answer it. */
export function listenNet(onSocket: (socket: Socket) => void): Promise<LocalServer> {
  const server = createNetServer(onSocket);
  return listenOn(server, new Set());
}

/** A port that was just listened on and closed again: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = await listenNet(() => undefined);
  await server.close();
  return server.port;
}
