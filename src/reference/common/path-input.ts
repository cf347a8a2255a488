/**
 * What a route handler gets of its request on the servers whose routes carry named path
 * parameters (Zeeg, Kizen): the request, its parsed URL and the decoded parameters.
 */
import type { IncomingMessage } from 'node:http';

export interface RequestInput {
  readonly req: IncomingMessage;
  readonly url: URL;
  /** Decoded path parameters by name, as the route pattern names them. */
  readonly params: Readonly<Record<string, string>>;
}

/** A path parameter the route pattern guarantees. */
export function param(input: RequestInput, name: string): string {
  return input.params[name] ?? '';
}
