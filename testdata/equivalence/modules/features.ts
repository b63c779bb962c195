/**
 * The module API's features, each of which must give the same result in
 * both modes: check mode, diff, no_log, warnings and deprecations, argument
 * validation, large parameters, `cwd`, `env` and `tmpdir`.
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./features.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const m = await AnsibleModule.create({
    argumentSpec: {
      variant: { type: "str", required: true },
      name: { type: "str", default: "thing" },
      count: { type: "int" },
      password: { type: "str", no_log: true },
      old_option: {
        type: "str",
        removed_in_version: "3.0.0",
        removed_from_collection: "testns.turbo",
      },
      payload: { type: "str" },
      remote_tmp: { type: "str" },
    },
    supportsCheckMode: true,
    mutuallyExclusive: [["count", "payload"]],
  });
  switch (m.params.variant) {
    case "check_mode":
      m.exitJson({ changed: !m.checkMode, check_mode: m.checkMode });
      break;
    case "diff":
      m.exitJson({
        changed: true,
        diff: m.diff ? { before: "old\n", after: "new\n" } : undefined,
      });
      break;
    case "no_log":
      m.exitJson({
        msg: `the password is ${m.params.password}`,
        echo: m.params.password,
        no_log_task: m.noLog,
      });
      break;
    case "warnings":
      m.warn("first warning");
      m.deprecate("this is going away", {
        version: "2.0.0",
        collectionName: "testns.turbo",
      });
      m.deprecate("so is this", { date: "2030-01-01" });
      m.exitJson({ warnings: ["a warning in the result"] });
      break;
    case "big_params": {
      const payload = String(m.params.payload);
      const digest = await crypto.subtle.digest(
        "SHA-256",
        new TextEncoder().encode(payload),
      );
      m.exitJson({
        length: payload.length,
        sha256: Array.from(
          new Uint8Array(digest),
          (b) => b.toString(16).padStart(2, "0"),
        ).join(""),
        invocation: { module_args: { payload: "(elided)" } },
      });
      break;
    }
    case "cwd_env":
      m.exitJson({
        cwd: m.cwd,
        deno_cwd: Deno.cwd(),
        task_var: m.env.TASK_VAR ?? null,
        path_set: typeof m.env.PATH === "string",
      });
      break;
    case "tmpdir": {
      const dir = m.tmpdir;
      await Deno.writeTextFile(`${dir}/scratch.txt`, "scratch");
      const tmpEnv = Deno.env.get("TMPDIR") ?? "/tmp";
      m.exitJson({
        tmpdir: dir,
        exists: (await Deno.stat(dir)).isDirectory,
        in_tmpdir_env: dir.startsWith(`${tmpEnv}/`),
        in_remote_tmp: dir.startsWith(`${m.params.remote_tmp}/`),
      });
      break;
    }
  }
}

if (import.meta.main) await main();
