#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: tries to reach other daemons' sockets and token files, to
 * show that another user cannot. Runs in-process (no daemon of its own).
 *
 * @module
 */
import { AnsibleModule } from "../../../mod.ts";

/**
 * For each socket path: whether connecting to it and reading its token
 * file worked ("ok") or which error stopped it.
 *
 * @example
 * ```ts ignore
 * import { main } from "./socket_probe.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: { sockets: { type: "list", elements: "str", default: [] } },
    supportsCheckMode: true,
  });
  const probes = [];
  for (const path of module.params.sockets as string[]) {
    probes.push({
      path,
      connect: await outcome(async () => {
        (await Deno.connect({ transport: "unix", path })).close();
      }),
      token: await outcome(() =>
        Deno.readTextFile(path.replace(/\.sock$/, ".token"))
      ),
    });
  }
  module.exitJson({ changed: false, uid: Deno.uid(), probes });
}

/** "ok", or the name of the error that `action` threw. */
async function outcome(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
    return "ok";
  } catch (error) {
    return error instanceof Error ? error.name : String(error);
  }
}

if (import.meta.main) await main();
