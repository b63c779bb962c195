#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * A turbo module with the start-up cost of a real cloud module: it imports a
 * large SDK (`_big_sdk.ts`, nearly 800 KB of code) and logs in to an API whose
 * token endpoint takes 300 ms (`_auth_server.ts`). Run plain, every task
 * pays both. Run in the daemon, the SDK is imported once and the session is
 * kept at module level, so only the first task logs in; the others reuse the
 * session (checked with a cheap `whoami` call, and renewed if rejected).
 *
 * Parameters: `auth_url` (the API's base URL), `username`, `password`
 * (`no_log`). Result: `changed: false`, `authenticated_now` (this task
 * logged in), `session_age_ms`, `username` (as the API sees it),
 * `sdk_version`, `sdk_resources` and `pid` (the daemon's, in turbo mode).
 *
 * Run by hand, with an auth server running in another terminal:
 *
 * ```sh
 * deno run --allow-net examples/_auth_server.ts --port 8080
 * echo '{"auth_url": "http://127.0.0.1:8080", "username": "demo", "password": "s3cret"}' > args.json
 * deno run -A examples/slow_init.ts args.json   # twice: the 2nd reuses the session
 * deno run -A mod.ts stop                       # stop the daemon (or wait 15 s)
 * ```
 *
 * By Ansible: put it in a `library/` directory with `mod.ts` and
 * `_big_sdk.ts` imported by absolute URL (Ansible runs a copy of the module
 * from a temp directory, so relative imports would not resolve), then use it
 * as a task: `slow_init: {auth_url: ..., username: ..., password: ...}`.
 *
 * @example
 * ```yaml
 * - name: Log in to the API (once per daemon)
 *   slow_init:
 *     auth_url: http://127.0.0.1:8080
 *     username: demo
 *     password: "{{ api_password }}"
 * ```
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../mod.ts";
import type * as Sdk from "./_big_sdk.ts";

/** A session and what it was made from, so a new password logs in again. */
interface CachedLogin {
  client: Sdk.NimbusClient;
  passwordDigest: string;
  session: Promise<Sdk.Session>;
}

/** What {@linkcode logIn} found or made. */
interface LoginOutcome {
  session: Sdk.Session;
  /** The user the API says the session belongs to. */
  whoami: string;
  authenticatedNow: boolean;
}

// Module level: in the daemon this outlives the task, which is the point.
const logins = new Map<string, CachedLogin>();

/**
 * The module's entry point, called once per task (by the daemon in turbo mode).
 *
 * @example
 * ```ts ignore
 * import { main } from "./slow_init.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: {
      auth_url: {
        type: "str",
        required: true,
        description: "Base URL of the API.",
      },
      username: { type: "str", required: true, description: "User to log in." },
      password: {
        type: "str",
        required: true,
        no_log: true,
        description: "The user's password.",
      },
    },
    returnSpec: {
      authenticated_now: {
        description: "Whether this task logged in (else it reused a session).",
        returned: "success",
        type: "bool",
      },
      session_age_ms: {
        description: "Milliseconds since the session was issued.",
        returned: "success",
        type: "int",
      },
      username: {
        description: "The user the API says the session belongs to.",
        returned: "success",
        type: "str",
      },
      sdk_version: {
        description: "Version of the SDK the module loaded.",
        returned: "success",
        type: "str",
      },
      sdk_resources: {
        description: "How many resources the SDK defines.",
        returned: "success",
        type: "int",
      },
      pid: {
        description:
          "The process that ran the task: in turbo mode, the daemon.",
        returned: "success",
        type: "int",
      },
    },
    supportsCheckMode: true,
  });
  const authUrl = String(module.params.auth_url);
  const username = String(module.params.username);

  // Imported only now: the thin client of turbo mode never gets this far.
  const sdk = await import("./_big_sdk.ts");

  let login: LoginOutcome;
  try {
    login = await logIn(sdk, authUrl, username, String(module.params.password));
  } catch (error) {
    return module.failJson({
      msg: `Could not log in to ${authUrl} as ${username}: ${
        (error as Error).message
      }`,
    });
  }
  module.exitJson({
    changed: false,
    authenticated_now: login.authenticatedNow,
    session_age_ms: Date.now() - login.session.issuedAt,
    username: login.whoami,
    sdk_version: sdk.SDK_VERSION,
    sdk_resources: sdk.RESOURCE_COUNT,
    pid: Deno.pid,
  });
}

/**
 * The cached session for this API and user when it is still good, else a
 * new one. Concurrent tasks of the daemon share one login in progress.
 */
async function logIn(
  sdk: typeof Sdk,
  authUrl: string,
  username: string,
  password: string,
): Promise<LoginOutcome> {
  const key = `${authUrl}\n${username}`;
  const passwordDigest = await digest(password);
  const cached = logins.get(key);
  if (cached?.passwordDigest === passwordDigest) {
    try {
      const session = await cached.session;
      if (session.expiresAt - Date.now() > 60_000) {
        const whoami = await cached.client.whoami(session);
        return { session, whoami, authenticatedNow: false };
      }
    } catch (error) {
      // A stale session (expired, or forgotten by the server) is renewed
      // below; any other error is the task's failure.
      if (!(error instanceof sdk.NimbusApiError && error.status === 401)) {
        throw error;
      }
    }
  }
  const client = new sdk.NimbusClient({ baseUrl: authUrl });
  const login: CachedLogin = {
    client,
    passwordDigest,
    session: client.authenticate(username, password),
  };
  logins.set(key, login);
  try {
    const session = await login.session;
    const whoami = await client.whoami(session);
    return { session, whoami, authenticatedNow: true };
  } catch (error) {
    // A failed login must not be handed to the next task.
    if (logins.get(key) === login) logins.delete(key);
    throw error;
  }
}

/** Hex SHA-256, so that the cache never keeps the password itself. */
async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)),
  );
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

if (import.meta.main) await main();
