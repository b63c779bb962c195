/**
 * The task's environment (Ansible's `environment:`), as each API a module
 * may use sees it: `Deno.env`, `node:process`, children of `Deno.Command`
 * and `node:child_process`, a Worker; and what the environment steers:
 * `TZ`, `TMPDIR`, `LANG`.
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import process from "node:process";
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

const WORKER = `
self.postMessage({ task_var: Deno.env.get("TASK_VAR") ?? null });
self.close();
`;

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./environment.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const m = await AnsibleModule.create({
    argumentSpec: { variant: { type: "str", required: true } },
  });
  switch (m.params.variant) {
    case "deno_env":
      Deno.env.set("SET_BY_MODULE", "yes");
      m.exitJson({
        task_var: Deno.env.get("TASK_VAR") ?? null,
        has: Deno.env.has("TASK_VAR"),
        in_object: Deno.env.toObject().TASK_VAR ?? null,
        set_by_module: Deno.env.get("SET_BY_MODULE") ?? null,
      });
      break;
    case "leak_check":
      m.exitJson({
        set_by_module: Deno.env.get("SET_BY_MODULE") ?? null,
        in_process_env: process.env.SET_BY_MODULE ?? null,
      });
      break;
    case "node_process_env":
      process.env.SET_BY_MODULE = "yes";
      m.exitJson({
        task_var: process.env.TASK_VAR ?? null,
        set_by_module: Deno.env.get("SET_BY_MODULE") ?? null,
        keys_include: Object.keys(process.env).includes("TASK_VAR"),
      });
      break;
    case "deno_command": {
      Deno.env.set("SET_BY_MODULE", "yes");
      const out = await new Deno.Command("sh", {
        args: ["-c", 'printf "%s/%s" "$TASK_VAR" "$SET_BY_MODULE"'],
      }).output();
      m.exitJson({ child_saw: new TextDecoder().decode(out.stdout) });
      break;
    }
    case "node_child_process": {
      const out = execFileSync("sh", ["-c", 'printf "%s" "$TASK_VAR"']);
      m.exitJson({ child_saw: new TextDecoder().decode(out) });
      break;
    }
    case "worker": {
      const worker = new Worker(
        `data:application/javascript,${encodeURIComponent(WORKER)}`,
        { type: "module" },
      );
      const seen = await new Promise((resolve) => {
        worker.onmessage = (event) => resolve(event.data);
      });
      m.exitJson({ worker_saw: seen });
      break;
    }
    case "tz":
      m.exitJson({
        tz: Deno.env.get("TZ") ?? null,
        epoch: new Date(0).toString(),
        offset_minutes: new Date(0).getTimezoneOffset(),
      });
      break;
    case "tmpdir_env": {
      const dir = await Deno.makeTempDir({ prefix: "equivalence-" });
      await Deno.remove(dir);
      m.exitJson({
        tmpdir_env: Deno.env.get("TMPDIR") ?? null,
        in_tmpdir_env: dir.startsWith(`${Deno.env.get("TMPDIR")}/`),
      });
      break;
    }
    case "lang":
      m.exitJson({
        lang: Deno.env.get("LANG") ?? null,
        locale: new Intl.NumberFormat().resolvedOptions().locale,
        number: (1234.5).toLocaleString(),
        language: navigator.language,
      });
      break;
  }
}

if (import.meta.main) await main();
