#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Test fixture of the helpers tests: runs one helper of the module object,
 * named by `op`, and prints what it gave; `driver.py` does the same
 * through ansible-core's AnsibleModule. In-process with
 * `HELPERS_IN_PROCESS=1`, else through the turbo daemon.
 *
 * @module
 */
import { AnsibleModule, AnsibleTurboModule } from "../../mod.ts";
import type { RunCommandOptions } from "../../mod.ts";

type Input = Record<string, unknown>;
type Op = (module: AnsibleModule, input: Input) => Promise<Input> | Input;

const OPS: Record<string, Op> = {
  run_command: async (module, input) => {
    const kw = (input.kw ?? {}) as Record<string, unknown>;
    const options: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(kw)) {
      const name = key === "environ_update"
        ? "envUpdate"
        : key.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
      options[name] = value;
    }
    const { rc, stdout, stderr } = await module.runCommand(
      input.args as string[],
      options as RunCommandOptions,
    );
    return { rc, stdout, stderr };
  },
  get_bin_path: async (module, input) => ({
    bin_path: await module.getBinPath(String(input.arg), {
      required: input.required === true,
      optDirs: input.opt_dirs as string[] | undefined,
    }) ?? null,
  }),
  boolean: (module, input) => ({ value: module.boolean(input.value) }),
  digest: async (module, input) => ({
    digest: await module.digestFromFile(
      String(input.path),
      input.algorithm as "sha256",
    ) ?? null,
  }),
  sha256: async (module, input) => ({
    digest: await module.sha256(String(input.path)) ?? null,
  }),
  atomic_move: async (module, input) => {
    const src = String(input.src);
    const dest = String(input.dest);
    await module.atomicMove(src, dest);
    return {
      dest: await state(dest),
      src: await state(src),
      listing: await listing(dest),
    };
  },
  backup_local: async (module, input) => {
    const backup = await module.backupLocal(String(input.path));
    return { backup, state: backup ? await state(backup) : null };
  },
  set_fs_attributes: async (module, input) => {
    const diff = input.diff === false ? undefined : {};
    const path = String(input.path);
    const changed = await module.setFsAttributesIfDifferent(
      path,
      input.changed === true,
      { diff },
    );
    const expanded = path.replace(
      /\$(\w+)/g,
      (all, name: string) => module.env[name] ?? all,
    );
    return { changed, diff: diff ?? null, state: await state(expanded) };
  },
  set_mode: async (module, input) => {
    const diff = {};
    const path = String(input.path);
    const changed = await module.setFsAttributesIfDifferent(path, false, {
      diff,
      fileArgs: { mode: input.mode as string },
    });
    return { changed, diff, state: await state(path) };
  },
  cleanup: (module, input) => {
    for (const path of input.paths as string[]) module.addCleanupFile(path);
    if (input.fail === true) module.failJson({ msg: "failing on purpose" });
    return {};
  },
  backup_name: async (module, input) => ({
    backup: await module.backupLocal(String(input.path)),
  }),
};

/** What a file looks like afterwards, as driver.py's state() reports it. */
async function state(path: string): Promise<Input | null> {
  const info = await Deno.lstat(path).catch(() => null);
  if (!info) return null;
  const out: Input = {
    mode: octal(info.mode ?? 0),
    uid: info.uid,
    gid: info.gid,
  };
  if (info.isSymlink) {
    out.link = true;
    out.target_mode = octal((await Deno.stat(path)).mode ?? 0);
  } else if (info.isFile) {
    out.content = await Deno.readTextFile(path);
    out.mtime = Math.floor((info.mtime?.getTime() ?? 0) / 1000);
  }
  return out;
}

async function listing(path: string): Promise<string[] | null> {
  const absolute = path.startsWith("/") ? path : `${Deno.cwd()}/${path}`;
  const dir = absolute.slice(0, absolute.lastIndexOf("/")) || "/";
  try {
    const names: string[] = [];
    for await (const entry of Deno.readDir(dir)) names.push(entry.name);
    // Python sorts by code point, as JavaScript's default sort does.
    return names.sort();
  } catch {
    return null;
  }
}

function octal(mode: number): string {
  return `0${(mode & 0o7777).toString(8).padStart(3, "0")}`;
}

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./module.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const Module = Deno.env.get("HELPERS_IN_PROCESS") === "1"
    ? AnsibleModule
    : AnsibleTurboModule;
  const module = await Module.create({
    argumentSpec: {
      op: { type: "str", required: true },
      input: { type: "raw" },
      pw: { type: "str", no_log: true },
    },
    addFileCommonArgs: true,
    supportsCheckMode: true,
  });
  let result: Input;
  try {
    const input = (module.params.input ?? {}) as Input;
    result = await OPS[String(module.params.op)](module, input);
  } catch (error) {
    // exitJson/failJson's own outcome (in the daemon) passes through.
    if ((error as Error).name?.startsWith("EmbeddedModule")) throw error;
    return module.failJson({ msg: `exception: ${(error as Error).message}` });
  }
  const { changed = false, ...rest } = result;
  module.exitJson({ changed, ...rest });
}

if (import.meta.main) await main();
