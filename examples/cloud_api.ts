#!/usr/bin/env -S deno run --allow-all
/**
 * A small HTTP "cloud" for the keypair example, tests and the demo: API-key
 * authentication that is deliberately slow (300 ms, like a real identity
 * service) and hands out expiring bearer tokens, and a keypair resource kept
 * in a SQLite database the server owns.
 *
 * | Method and path             | What it does                                      |
 * | --------------------------- | ------------------------------------------------- |
 * | `POST /v1/auth`             | `{"api_key"}` → `{"token", "expires_in"}` (slow)  |
 * | `GET /v1/keypairs`          | all keypairs                                      |
 * | `GET /v1/keypairs/{name}`   | one keypair, or 404                               |
 * | `PUT /v1/keypairs/{name}`   | `{"public_key"}`: create (201) or replace (200)   |
 * | `DELETE /v1/keypairs/{name}`| delete (204), or 404                              |
 * | `GET /v1/stats`             | the counters (no token needed)                    |
 *
 * Keypair calls need `Authorization: Bearer <token>`; an unknown or expired
 * token gets 401. Tokens live in memory, so a restart expires them all.
 *
 * Run by hand: `deno run -A examples/cloud_api.ts --data-dir /tmp/cloud`
 * (`--port`, `--token-ttl` seconds, `--auth-delay` ms, `--api-key`).
 *
 * @module
 */

import { createHash } from "node:crypto";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { parseArgs } from "node:util";

/**
 * The API key the server accepts unless told otherwise.
 *
 * @example
 * ```ts ignore
 * import { DEFAULT_API_KEY, startCloud } from "./cloud_api.ts";
 * await using cloud = await startCloud({ dataDir: "/tmp/cloud" });
 * await fetch(`${cloud.url}/v1/auth`, {
 *   method: "POST",
 *   body: JSON.stringify({ api_key: DEFAULT_API_KEY }),
 * });
 * ```
 */
export const DEFAULT_API_KEY = "demo-api-key-0123456789";

/**
 * Options of {@linkcode startCloud}.
 *
 * @example
 * ```ts ignore
 * import { type CloudOptions, startCloud } from "./cloud_api.ts";
 * const options: CloudOptions = { dataDir: "/tmp/cloud", tokenTtl: 1, authDelayMs: 300 };
 * await using cloud = await startCloud(options);
 * ```
 */
export interface CloudOptions {
  /** Directory for the server's database (created if missing). */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Accepted API keys (default: {@linkcode DEFAULT_API_KEY}). */
  apiKeys?: readonly string[];
  /** Milliseconds an authentication takes (default 300). */
  authDelayMs?: number;
  /** Seconds a token stays valid (default 3600). */
  tokenTtl?: number;
}

/**
 * What the server has served so far.
 *
 * @example
 * ```ts ignore
 * import { type CloudCounters, startCloud } from "./cloud_api.ts";
 * await using cloud = await startCloud({ dataDir: "/tmp/cloud" });
 * const counters: CloudCounters = await (await fetch(`${cloud.url}/v1/stats`)).json();
 * console.log(counters.authentications === cloud.counters.authentications);
 * ```
 */
export interface CloudCounters {
  /** Successful authentications (tokens issued). */
  authentications: number;
  /** Authentications refused for a wrong API key. */
  authFailures: number;
  /** Requests refused for an unknown or expired token. */
  rejectedTokens: number;
  /** Keypairs created, replaced or deleted. */
  writes: number;
  /** All HTTP requests. */
  requests: number;
}

/**
 * A keypair as the API returns it.
 *
 * @example
 * ```ts ignore
 * import type { Keypair } from "./cloud_api.ts";
 * const response = await fetch("http://127.0.0.1:8787/v1/keypairs/deploy", {
 *   headers: { authorization: "Bearer <token>" },
 * });
 * const keypair: Keypair = await response.json();
 * console.log(keypair.fingerprint);
 * ```
 */
export interface Keypair {
  /** Unique name: letters, digits, `.`, `_`, `-`; at most 64. */
  name: string;
  /** The public key, normalized (single spaces between fields). */
  public_key: string;
  /** `SHA256:` and the base64 digest of the key's text. */
  fingerprint: string;
  /** ISO 8601 time of creation. */
  created_at: string;
  /** ISO 8601 time of the last change. */
  updated_at: string;
}

/**
 * A running server; `await using` shuts it down.
 *
 * @example
 * ```ts ignore
 * import { type CloudHandle, startCloud } from "./cloud_api.ts";
 * const cloud: CloudHandle = await startCloud({ dataDir: "/tmp/cloud" });
 * cloud.expireTokens();
 * await cloud.shutdown();
 * ```
 */
export interface CloudHandle extends AsyncDisposable {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** The SQLite database holding the keypairs. */
  dbPath: string;
  /** Live counters (also at `GET /v1/stats`). */
  readonly counters: Readonly<CloudCounters>;
  /** Expires every token now, as a token rotation or a restart would. */
  expireTokens(): void;
  /** Stops serving and closes the database. */
  shutdown(): Promise<void>;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Starts the cloud on 127.0.0.1; stop it with `shutdown()` (or `await using`).
 *
 * @example
 * ```ts ignore
 * import { startCloud } from "./cloud_api.ts";
 * await using cloud = await startCloud({ dataDir: "/tmp/cloud", tokenTtl: 2 });
 * console.log(cloud.url, cloud.counters.authentications);
 * ```
 */
export async function startCloud(options: CloudOptions): Promise<CloudHandle> {
  await Deno.mkdir(options.dataDir, { recursive: true });
  const dbPath = join(options.dataDir, "cloud.db");
  const db = new DatabaseSync(dbPath);
  db.exec(`PRAGMA journal_mode = WAL;
    CREATE TABLE IF NOT EXISTS keypairs (
      name TEXT PRIMARY KEY,
      public_key TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
  const apiKeys = new Set(options.apiKeys ?? [DEFAULT_API_KEY]);
  const authDelayMs = options.authDelayMs ?? 300;
  const tokenTtlMs = (options.tokenTtl ?? 3600) * 1000;
  const tokens = new Map<string, number>(); // token -> expiry (epoch ms)
  const counters: CloudCounters = {
    authentications: 0,
    authFailures: 0,
    rejectedTokens: 0,
    writes: 0,
    requests: 0,
  };
  const queries = {
    get: db.prepare("SELECT * FROM keypairs WHERE name = ?"),
    list: db.prepare("SELECT * FROM keypairs ORDER BY name"),
    insert: db.prepare(
      "INSERT INTO keypairs VALUES (:name, :public_key, :fingerprint, :created_at, :updated_at)",
    ),
    update: db.prepare(
      "UPDATE keypairs SET public_key = :public_key, fingerprint = :fingerprint, updated_at = :updated_at WHERE name = :name",
    ),
    delete: db.prepare("DELETE FROM keypairs WHERE name = ?"),
  };
  const getKeypair = (name: string) =>
    queries.get.get(name) as Keypair | undefined;

  const authenticate = async (request: Request): Promise<Response> => {
    const body = await jsonBody(request);
    await new Promise((resolve) => setTimeout(resolve, authDelayMs));
    if (typeof body?.api_key !== "string" || !apiKeys.has(body.api_key)) {
      counters.authFailures++;
      return json(401, { error: "invalid API key" });
    }
    counters.authentications++;
    const token = crypto.randomUUID();
    tokens.set(token, Date.now() + tokenTtlMs);
    return json(200, { token, expires_in: tokenTtlMs / 1000 });
  };

  const authorized = (request: Request): boolean => {
    const match = /^Bearer (\S+)$/.exec(
      request.headers.get("authorization") ?? "",
    );
    const expiry = match ? tokens.get(match[1]) : undefined;
    if (expiry !== undefined && expiry > Date.now()) return true;
    if (match && expiry !== undefined) tokens.delete(match[1]);
    counters.rejectedTokens++;
    return false;
  };

  const keypairs = async (
    request: Request,
    name: string,
  ): Promise<Response> => {
    if (!NAME.test(name)) return json(400, { error: "invalid keypair name" });
    const existing = getKeypair(name);
    switch (request.method) {
      case "GET":
        return existing
          ? json(200, existing)
          : json(404, { error: `keypair ${name} not found` });
      case "PUT": {
        const body = await jsonBody(request);
        if (typeof body?.public_key !== "string" || !body.public_key.trim()) {
          return json(400, { error: "public_key is required" });
        }
        const publicKey = normalizeKey(body.public_key);
        const row = {
          name,
          public_key: publicKey,
          fingerprint: fingerprintOf(publicKey),
          created_at: existing?.created_at ?? new Date().toISOString(),
          updated_at: new Date().toISOString(),
        };
        if (existing) queries.update.run(row);
        else queries.insert.run(row);
        counters.writes++;
        return json(existing ? 200 : 201, getKeypair(name));
      }
      case "DELETE":
        if (!existing) return json(404, { error: `keypair ${name} not found` });
        queries.delete.run(name);
        counters.writes++;
        return new Response(null, { status: 204 });
      default:
        return json(405, { error: `${request.method} is not allowed` });
    }
  };

  const handler = async (request: Request): Promise<Response> => {
    counters.requests++;
    const path = new URL(request.url).pathname;
    try {
      if (path === "/v1/stats" && request.method === "GET") {
        return json(200, counters);
      }
      if (path === "/v1/auth") {
        if (request.method !== "POST") {
          return json(405, { error: "use POST" });
        }
        return await authenticate(request);
      }
      if (path === "/v1/keypairs" || path.startsWith("/v1/keypairs/")) {
        if (!authorized(request)) {
          return json(401, { error: "token missing, unknown or expired" });
        }
        if (path === "/v1/keypairs") {
          return request.method === "GET"
            ? json(200, queries.list.all())
            : json(405, { error: "use GET" });
        }
        const name = decodeURIComponent(path.slice("/v1/keypairs/".length));
        return await keypairs(request, name);
      }
      return json(404, { error: `no route for ${path}` });
    } catch (error) {
      if (error instanceof BadRequestError) {
        return json(400, { error: error.message });
      }
      throw error;
    }
  };

  const server = Deno.serve({
    hostname: "127.0.0.1",
    port: options.port ?? 0,
    onListen: () => {}, // quiet: tests and the demo print what they need
  }, handler);
  let stopped: Promise<void> | undefined;
  const shutdown = (): Promise<void> =>
    stopped ??= server.shutdown().then(() => db.close());
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    dbPath,
    counters,
    expireTokens: () => tokens.clear(),
    shutdown,
    [Symbol.asyncDispose]: shutdown,
  };
}

/**
 * A public key in the form the server stores and compares: trimmed, with
 * single spaces between its fields.
 *
 * @example
 * ```ts
 * import { normalizeKey } from "./cloud_api.ts";
 * console.assert(normalizeKey(" ssh-ed25519  AAAA  me@host\n") === "ssh-ed25519 AAAA me@host");
 * ```
 */
export function normalizeKey(publicKey: string): string {
  return publicKey.trim().split(/\s+/).join(" ");
}

/** Raised for a request body that is not the JSON object expected. */
class BadRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BadRequestError";
  }
}

function fingerprintOf(publicKey: string): string {
  const digest = createHash("sha256").update(publicKey).digest("base64");
  return `SHA256:${digest.replace(/=+$/, "")}`;
}

async function jsonBody(
  request: Request,
): Promise<Record<string, unknown> | undefined> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) {
    throw new BadRequestError("request body too large");
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadRequestError("request body is not JSON");
  }
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? body as Record<string, unknown>
    : undefined;
}

function json(status: number, body: unknown): Response {
  return Response.json(body, { status });
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      "data-dir": { type: "string", default: "./cloud-data" },
      port: { type: "string", default: "8787" },
      "token-ttl": { type: "string", default: "3600" },
      "auth-delay": { type: "string", default: "300" },
      "api-key": { type: "string", default: DEFAULT_API_KEY },
    },
    strict: true,
  });
  const cloud = await startCloud({
    dataDir: values["data-dir"],
    port: Number(values.port),
    tokenTtl: Number(values["token-ttl"]),
    authDelayMs: Number(values["auth-delay"]),
    apiKeys: [values["api-key"]],
  });
  console.log(`cloud API on ${cloud.url} (database ${cloud.dbPath})`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    Deno.addSignalListener(signal, async () => {
      await cloud.shutdown();
      console.log(`served ${cloud.counters.authentications} authentications`);
      Deno.exit(0);
    });
  }
}
