#!/usr/bin/deno_ansible
// WANT_JSON
/**
 * Manages a keypair in the example cloud, idempotently, with check mode and
 * diff. The API session comes from the collection's shared client
 * (`../module_utils/cloud.ts`): one login per daemon, shared with
 * `keypair_info`.
 *
 * @example
 * ```yaml
 * - name: Upload my key
 *   example.cloud.keypair:
 *     api_url: http://127.0.0.1:8787
 *     api_key: "{{ cloud_api_key }}"
 *     name: deploy
 *     public_key: "{{ lookup('file', '~/.ssh/id_ed25519.pub') }}"
 *
 * - name: Remove it
 *   example.cloud.keypair:
 *     name: deploy
 *     state: absent
 * ```
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../../ansible_turbo/deno/runtime/mod.ts";
import {
  CloudApiError,
  type CloudSession,
  type Keypair,
  reason,
  sessionKey,
  sessions,
} from "../module_utils/cloud.ts";
import { CONNECTION_OPTIONS } from "../module_utils/cloud_options.ts";

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
      ...CONNECTION_OPTIONS,
      name: {
        type: "str",
        required: true,
        description: "The keypair's name.",
      },
      public_key: {
        type: "str",
        description: "The public key (OpenSSH format); required when present.",
      },
      state: {
        type: "str",
        default: "present",
        choices: ["present", "absent"],
        description: "Whether the keypair exists.",
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
  let outcome: Outcome;
  try {
    outcome = await sessions.run(
      sessionKey(params),
      (session) =>
        converge(session, {
          name: String(params.name),
          state: params.state as Desired["state"],
          publicKey: params.public_key as string | undefined,
          checkMode: module.checkMode,
        }),
    );
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
