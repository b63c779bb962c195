#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture: a turbo module that exports no `main()`, so a daemon cannot
 * serve it; its own process runs it instead.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

async function run(): Promise<void> {
  const module = await AnsibleModule.create({ argumentSpec: {} });
  module.exitJson({ changed: false, pid: Deno.pid });
}

if (import.meta.main) await run();
