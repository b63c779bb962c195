/**
 * The example cloud's API client, shared by the collection's modules
 * (`keypair`, `keypair_info`): an authenticated session per API URL and key,
 * made once per daemon with `cache()` and reused by every task of every
 * module of the collection (they share one daemon, and this file is loaded
 * once in it). A session the API rejects (401: expired) is renewed and the
 * call retried.
 *
 * Modules import it by relative path, statically or after `create()`; the
 * runtime comes from the `ansible_turbo.deno` collection installed beside
 * this one.
 *
 * @module
 */
import { cache } from "../../../../ansible_turbo/deno/runtime/mod.ts";

/** Sent with every request, and reported by `keypair_info`. */
export const USER_AGENT = "example.cloud/1.0.0";

/**
 * A non-2xx answer of the cloud API.
 *
 * @example
 * ```ts ignore
 * import { CloudApiError } from "./cloud.ts";
 * const error = new CloudApiError("token expired", { status: 401 });
 * console.assert(error.status === 401);
 * ```
 */
export class CloudApiError extends Error {
  /** The HTTP status. */
  readonly status: number;

  /** Builds the error from the API's message and status. */
  constructor(message: string, options: { status: number }) {
    super(message);
    this.name = "CloudApiError";
    this.status = options.status;
  }
}

/** A keypair as the API returns it. */
export interface Keypair {
  name: string;
  public_key: string;
  fingerprint?: string;
}

/**
 * An authenticated API client. It holds its own HTTP client (a connection
 * pool), which `close()` releases when the cache lets the session go.
 *
 * @example
 * ```ts ignore
 * import { sessions } from "./cloud.ts";
 * const list = await sessions.run([url, key], (s) => s.request("GET", "/v1/keypairs"));
 * ```
 */
export class CloudSession {
  readonly #url: string;
  readonly #token: string;
  readonly #http: Deno.HttpClient;

  /** Wraps a token obtained by {@linkcode sessions}. */
  constructor(
    url: string,
    options: { token: string; http: Deno.HttpClient },
  ) {
    this.#url = url;
    this.#token = options.token;
    this.#http = options.http;
  }

  /** Calls the API; resolves to the response's body, or throws {@linkcode CloudApiError}. */
  async request(
    method: string,
    path: string,
    options: { body?: unknown } = {},
  ): Promise<unknown> {
    const body = options.body;
    const response = await fetch(`${this.#url}${path}`, {
      method,
      client: this.#http,
      headers: {
        authorization: `Bearer ${this.#token}`,
        "content-type": "application/json",
        "user-agent": USER_AGENT,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return await answer(response);
  }

  /** Releases the connection pool. */
  close(): void {
    this.#http.close();
  }
}

/**
 * One session per API URL and key, shared by every task of the daemon:
 * `sessions.run([url, key], (session) => ...)`.
 *
 * @example
 * ```ts ignore
 * import { sessions } from "./cloud.ts";
 * await sessions.run([url, key], (s) => s.request("GET", "/v1/keypairs/x"));
 * ```
 */
export const sessions = cache(login, {
  // Below the server's default token lifetime; a shorter one ends in a 401,
  // which `run()` handles.
  ttl: 50 * 60,
  maxEntries: 16,
  retryOn: (error) => error instanceof CloudApiError && error.status === 401,
});

/** Exchanges the API key for a token: the slow step worth caching. */
async function login(apiUrl: string, apiKey: string): Promise<CloudSession> {
  const http = Deno.createHttpClient({});
  try {
    const response = await fetch(`${apiUrl}/v1/auth`, {
      method: "POST",
      client: http,
      headers: { "content-type": "application/json", "user-agent": USER_AGENT },
      body: JSON.stringify({ api_key: apiKey }),
    });
    const { token } = await answer(response) as { token: string };
    return new CloudSession(apiUrl, { token, http });
  } catch (error) {
    http.close();
    if (!(error instanceof CloudApiError)) throw error;
    throw new CloudApiError(`authentication failed: ${error.message}`, {
      status: error.status,
    });
  }
}

/** The body of a successful response; a `CloudApiError` otherwise. */
async function answer(response: Response): Promise<unknown> {
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const message = typeof body?.error === "string"
      ? body.error
      : response.statusText;
    throw new CloudApiError(`${response.status} ${message}`, {
      status: response.status,
    });
  }
  return body;
}

/**
 * An error's message, with its cause's: fetch says only "fetch failed".
 *
 * @param error Anything thrown.
 * @returns Text for a failure message.
 *
 * @example
 * ```ts
 * import { reason } from "./cloud.ts";
 * console.assert(reason(new Error("x", { cause: new Error("y") })) === "x: y");
 * ```
 */
export function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

/**
 * The `[url, key]` a session is cached under, from validated parameters.
 *
 * @param params A module's `params`.
 * @returns The arguments of `sessions.run`.
 *
 * @example
 * ```ts
 * import { sessionKey } from "./cloud.ts";
 * console.assert(sessionKey({ api_url: "http://x/", api_key: "k" })[0] === "http://x");
 * ```
 */
export function sessionKey(params: Record<string, unknown>): [string, string] {
  return [String(params.api_url).replace(/\/+$/, ""), String(params.api_key)];
}
