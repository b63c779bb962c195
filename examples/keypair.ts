#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Manages a keypair in the example cloud (`examples/cloud_api.ts`),
 * idempotently, with check mode and diff. Its session (a slow login) is
 * made once per daemon with `cache()` and reused by every task after it; a
 * session the API rejects (401: expired) is renewed and the task retried.
 *
 * @example
 * ```yaml
 * - name: Upload my key
 *   keypair:
 *     api_url: http://127.0.0.1:8787
 *     api_key: "{{ cloud_api_key }}"
 *     name: deploy
 *     public_key: "{{ lookup('file', '~/.ssh/id_ed25519.pub') }}"
 *
 * - name: Remove it
 *   keypair:
 *     name: deploy
 *     state: absent
 * ```
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule, cache } from "../mod.ts";

/**
 * A non-2xx answer of the cloud API.
 *
 * @example
 * ```ts ignore
 * import { CloudApiError } from "./keypair.ts";
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

interface Keypair {
  name: string;
  public_key: string;
  fingerprint?: string;
}

/**
 * An authenticated API client. It holds its own HTTP client (a connection
 * pool), which `close()` releases when the cache lets the session go.
 */
class CloudSession {
  readonly #url: string;
  readonly #token: string;
  readonly #http: Deno.HttpClient;

  constructor(
    url: string,
    options: { token: string; http: Deno.HttpClient },
  ) {
    this.#url = url;
    this.#token = options.token;
    this.#http = options.http;
  }

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
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return await answer(response);
  }

  close(): void {
    this.#http.close();
  }
}

/** One session per API URL and key, shared by every task of the daemon. */
const sessions = cache(login, {
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
      headers: { "content-type": "application/json" },
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

interface Desired {
  name: string;
  state: "present" | "absent";
  publicKey?: string;
  checkMode: boolean;
}

interface Outcome {
  changed: boolean;
  before: Keypair | null;
  after: Keypair | null;
}

/** Reads the keypair and makes it as desired; safe to repeat after a 401. */
async function converge(
  session: CloudSession,
  desired: Desired,
): Promise<Outcome> {
  const path = `/v1/keypairs/${encodeURIComponent(desired.name)}`;
  let before: Keypair | null = null;
  try {
    before = await session.request("GET", path) as Keypair;
  } catch (error) {
    if (!(error instanceof CloudApiError && error.status === 404)) throw error;
  }
  if (desired.state === "absent") {
    if (!before) return { changed: false, before, after: null };
    if (!desired.checkMode) await session.request("DELETE", path);
    return { changed: true, before, after: null };
  }
  const publicKey = normalizeKey(desired.publicKey ?? "");
  if (before && before.public_key === publicKey) {
    return { changed: false, before, after: before };
  }
  const after = desired.checkMode
    ? { name: desired.name, public_key: publicKey }
    : await session.request("PUT", path, {
      body: { public_key: publicKey },
    }) as Keypair;
  return { changed: true, before, after };
}

/** As the server compares keys: trimmed, single spaces between fields. */
function normalizeKey(publicKey: string): string {
  return publicKey.trim().split(/\s+/).join(" ");
}

/** An error's message, with its cause's: fetch says only "fetch failed". */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

/** The part of a keypair a diff shows. */
function diffView(keypair: Keypair | null): Record<string, unknown> {
  return keypair
    ? { name: keypair.name, public_key: keypair.public_key, state: "present" }
    : { state: "absent" };
}

/**
 * The module's entry point, called once per task (by the daemon in turbo mode).
 *
 * @example
 * ```ts ignore
 * import { main } from "./keypair.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: {
      api_url: {
        type: "str",
        required: true,
        fallback: ["env", ["CLOUD_API_URL"]],
        description: "Base URL of the cloud API; else C(CLOUD_API_URL).",
      },
      api_key: {
        type: "str",
        required: true,
        no_log: true,
        fallback: ["env", ["CLOUD_API_KEY"]],
        description: "API key to log in with; else C(CLOUD_API_KEY).",
      },
      name: { type: "str", required: true, description: "The keypair's name." },
      public_key: {
        type: "str",
        description: [
          "The OpenSSH public key; required when C(state=present).",
          "Compared with spaces normalised, so reformatting changes nothing.",
        ],
      },
      state: {
        type: "str",
        default: "present",
        choices: ["present", "absent"],
        description: "Whether the keypair should exist.",
      },
    },
    returnSpec: {
      keypair: {
        description: "The keypair after the task; empty when it is absent.",
        returned: "success",
        type: "dict",
        contains: {
          name: { description: "Its name.", returned: "always", type: "str" },
          public_key: {
            description: "The key, normalised.",
            returned: "always",
            type: "str",
          },
          fingerprint: {
            description: "Its SHA-256 fingerprint, as the API computes it.",
            returned: "when the API gives one",
            type: "str",
          },
        },
      },
      status: {
        description: "The HTTP status of a failed API call.",
        returned: "failure",
        type: "int",
        sample: 404,
      },
    },
    requiredIf: [["state", "present", ["public_key"]]],
    supportsCheckMode: true,
  });
  const params = module.params;
  const args: [string, string] = [
    String(params.api_url).replace(/\/+$/, ""),
    String(params.api_key),
  ];
  let outcome: Outcome;
  try {
    outcome = await sessions.run(args, (session) =>
      converge(session, {
        name: String(params.name),
        state: params.state as Desired["state"],
        publicKey: params.public_key as string | undefined,
        checkMode: module.checkMode,
      }));
  } catch (error) {
    const status = error instanceof CloudApiError ? error.status : undefined;
    return module.failJson({
      msg: `keypair ${params.name}: ${reason(error)}`,
      ...(status === undefined ? {} : { status }),
    });
  }
  module.exitJson({
    changed: outcome.changed,
    keypair: outcome.after ?? {},
    ...(module.diff
      ? {
        diff: {
          before: diffView(outcome.before),
          after: diffView(outcome.after),
        },
      }
      : {}),
  });
}

if (import.meta.main) await main();
