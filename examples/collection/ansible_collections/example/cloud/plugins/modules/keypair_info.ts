#!/usr/bin/deno_ansible
// WANT_JSON
/**
 * Lists the keypairs of the example cloud, all or those named. It loads the
 * collection's shared client only after `create()`, with a dynamic import:
 * a module process that only hands its task to the daemon never loads it,
 * and in the daemon it is the very instance `keypair` uses, with the same
 * cached session.
 *
 * @example
 * ```yaml
 * - name: What is there
 *   example.cloud.keypair_info:
 *     api_url: http://127.0.0.1:8787
 *     api_key: "{{ cloud_api_key }}"
 *   register: found
 * ```
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../../ansible_turbo/deno/runtime/mod.ts";
import { CONNECTION_OPTIONS } from "../module_utils/cloud_options.ts";

/**
 * The module's entry point, called once per task (by the daemon in turbo mode).
 *
 * @example
 * ```ts ignore
 * import { main } from "./keypair_info.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: {
      ...CONNECTION_OPTIONS,
      names: {
        type: "list",
        elements: "str",
        description: "Only the keypairs of these names (default: all).",
      },
    },
    returnSpec: {
      keypairs: {
        description: "The keypairs, as the API lists them.",
        returned: "success",
        type: "list",
        elements: "dict",
      },
      user_agent: {
        description: "The shared client's user agent.",
        returned: "success",
        type: "str",
        sample: "example.cloud/1.0.0",
      },
    },
    supportsCheckMode: true,
  });
  const { sessions, sessionKey, reason, USER_AGENT } = await import(
    "../module_utils/cloud.ts"
  );
  const wanted = module.params.names as string[] | null;
  let keypairs: { name: string }[];
  try {
    keypairs = await sessions.run(
      sessionKey(module.params),
      (session) => session.request("GET", "/v1/keypairs"),
    ) as { name: string }[];
  } catch (error) {
    return module.failJson({ msg: `keypair_info: ${reason(error)}` });
  }
  module.exitJson({
    changed: false,
    keypairs: wanted
      ? keypairs.filter((k) => wanted.includes(k.name))
      : keypairs,
    user_agent: USER_AGENT,
  });
}

if (import.meta.main) await main();
