/**
 * A local stand-in for a cloud's identity service, for `slow_init.ts` and the
 * demo: it issues session tokens slowly (300 ms per token, as a real server
 * spends on a deliberately costly password hash) and counts how many it
 * issued, so that a test or the demo can tell how often modules logged in.
 *
 * Endpoints (JSON):
 * - `POST /v1/auth/token` `{"username", "password"}`: after the delay,
 *   `{"token", "expires_in"}`, or 401 when the password is wrong.
 * - `GET /v1/whoami` with `Authorization: Bearer <token>`: `{"username"}`,
 *   or 401 for an unknown token.
 * - `GET /v1/stats`: `{"authentications", "rejected", "requests"}`.
 *
 * Run it by hand (it prints its URL; Ctrl-C stops it):
 *
 * ```sh
 * deno run --allow-net examples/_auth_server.ts [--port 8080] [--delay-ms 300] [--password s3cret]
 * ```
 *
 * @module
 */

import { parseArgs } from "node:util";

/**
 * Options of {@linkcode startAuthServer}.
 *
 * @example
 * ```ts
 * import type { AuthServerOptions } from "./_auth_server.ts";
 * const options: AuthServerOptions = { port: 8080, delayMs: 300, password: "s3cret" };
 * ```
 */
export interface AuthServerOptions {
  /** Port to listen on, on 127.0.0.1 (default 0: any free port). */
  port?: number;
  /** Time spent on each token request, in ms (default 300). */
  delayMs?: number;
  /** The only password accepted; by default any non-empty password is. */
  password?: string;
  /** Lifetime of a token, in seconds (default 3600). */
  tokenTtlSeconds?: number;
}

/**
 * A running auth server; use with `await using`, or call `shutdown()`.
 *
 * @example
 * ```ts
 * import { type AuthServer, startAuthServer } from "./_auth_server.ts";
 * const server: AuthServer = startAuthServer();
 * console.assert(server.url === `http://127.0.0.1:${server.port}`);
 * await server.shutdown();
 * ```
 */
export interface AuthServer extends AsyncDisposable {
  /** Base URL, e.g. `http://127.0.0.1:40123`: a module's `auth_url`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** Tokens issued so far (successful authentications). */
  readonly authentications: number;
  /** Token requests refused for a wrong password. */
  readonly rejected: number;
  /** Stops listening, once the requests in progress have been answered. */
  shutdown(): Promise<void>;
}

/**
 * The counters served at `/v1/stats`.
 *
 * @example
 * ```ts
 * import type { AuthStats } from "./_auth_server.ts";
 * const idle: AuthStats = { authentications: 0, rejected: 0, requests: 0 };
 * ```
 */
export interface AuthStats {
  authentications: number;
  rejected: number;
  requests: number;
}

/**
 * Starts the auth server on 127.0.0.1.
 *
 * @example
 * ```ts
 * import { startAuthServer } from "./_auth_server.ts";
 * await using server = startAuthServer({ delayMs: 10 });
 * const response = await fetch(`${server.url}/v1/auth/token`, {
 *   method: "POST",
 *   body: JSON.stringify({ username: "demo", password: "s3cret" }),
 * });
 * console.assert(response.ok && server.authentications === 1);
 * await response.body?.cancel();
 * ```
 */
export function startAuthServer(options: AuthServerOptions = {}): AuthServer {
  const delayMs = options.delayMs ?? 300;
  const ttl = options.tokenTtlSeconds ?? 3600;
  const tokens = new Map<string, { username: string; expiresAt: number }>();
  const stats: AuthStats = { authentications: 0, rejected: 0, requests: 0 };

  const handler = async (request: Request): Promise<Response> => {
    stats.requests++;
    const { pathname } = new URL(request.url);
    if (pathname === "/v1/auth/token" && request.method === "POST") {
      const body: unknown = await request.json().catch(() => null);
      const username = field(body, "username");
      const password = field(body, "password");
      // The delay comes before the verdict, as with a real password hash.
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const accepted = username !== "" && password !== "" &&
        (options.password === undefined || password === options.password);
      if (!accepted) {
        stats.rejected++;
        return json(401, { error: "invalid username or password" });
      }
      const token = crypto.randomUUID();
      tokens.set(token, { username, expiresAt: Date.now() + ttl * 1000 });
      stats.authentications++;
      return json(200, { token, expires_in: ttl });
    }
    if (pathname === "/v1/whoami" && request.method === "GET") {
      const token = request.headers.get("authorization")?.replace(
        /^Bearer\s+/i,
        "",
      );
      const session = token === undefined ? undefined : tokens.get(token);
      if (!session || session.expiresAt < Date.now()) {
        return json(401, { error: "unknown or expired token" });
      }
      return json(200, { username: session.username });
    }
    if (pathname === "/v1/stats" && request.method === "GET") {
      return json(200, stats);
    }
    return json(404, { error: `no route for ${request.method} ${pathname}` });
  };

  const server = Deno.serve({
    hostname: "127.0.0.1",
    port: options.port ?? 0,
    onListen: () => {}, // The caller prints the URL if it wants to.
  }, handler);
  const port = server.addr.port;
  let stopped: Promise<void> | undefined;
  const shutdown = () => stopped ??= server.shutdown();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get authentications() {
      return stats.authentications;
    },
    get rejected() {
      return stats.rejected;
    },
    shutdown,
    [Symbol.asyncDispose]: shutdown,
  };
}

/**
 * Reads the counters of a running auth server over HTTP.
 *
 * @example
 * ```ts
 * import { fetchAuthStats, startAuthServer } from "./_auth_server.ts";
 * await using server = startAuthServer();
 * console.assert((await fetchAuthStats(server.url)).authentications === 0);
 * ```
 */
export async function fetchAuthStats(url: string): Promise<AuthStats> {
  const response = await fetch(`${url.replace(/\/+$/, "")}/v1/stats`);
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`${url}/v1/stats answered ${response.status}`);
  }
  return await response.json() as AuthStats;
}

function field(body: unknown, name: string): string {
  if (typeof body !== "object" || body === null) return "";
  const value = (body as Record<string, unknown>)[name];
  return typeof value === "string" ? value : "";
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      port: { type: "string", default: "0" },
      "delay-ms": { type: "string", default: "300" },
      password: { type: "string" },
    },
    strict: true,
  });
  const server = startAuthServer({
    port: Number(values.port),
    delayMs: Number(values["delay-ms"]),
    password: values.password,
  });
  console.log(`auth server listening on ${server.url}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    Deno.addSignalListener(signal, async () => {
      await server.shutdown();
      console.log(`served ${server.authentications} authentications`);
      Deno.exit(0);
    });
  }
}
