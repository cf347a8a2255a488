/**
 * A rejection a reference server answers with its API's error envelope. Handlers throw it (or
 * return it) before touching the store, so a rejected request never writes anything.
 */
export class HttpError extends Error {
  readonly status: number;
  /** Extra headers for the error response (e.g. `allow` on 405). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.headers = headers;
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
export const notFound = (message: string) => new HttpError(404, message);
