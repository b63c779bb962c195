/**
 * A working directory per task. The daemon's process has one working
 * directory, which the daemon keeps equal to the directory of the tasks it
 * runs together; a task that calls `Deno.chdir()` (or `process.chdir()`)
 * moves only itself: `Deno.cwd()` and `process.cwd()` tell it where it is,
 * and the relative paths it gives to `Deno`'s file system functions resolve
 * there. When the task runs alone the process really moves too (so that
 * every API agrees); with others around, it does not move under them.
 *
 * A task whose process would be gone (it has its result, and some code of
 * it still runs, say after a catch-all swallowed what exitJson threw) can
 * no longer use the file system: as in a plain run, nothing it would have
 * done after its exit happens.
 *
 * @module
 */

import process from "node:process";
import type { TaskContext } from "./_context.ts";
import { ModuleExit } from "./_isolation.ts";

/** What the path isolation needs from the daemon. */
export interface PathHooks {
  /** The task the running code belongs to, if any. */
  current(): TaskContext | undefined;
  /**
   * `task` moved to `dir` (absolute, resolved): the daemon moves the
   * process too when no other task shares it.
   */
  moved(task: TaskContext, dir: string): void;
}

/** `Deno` functions taking paths, and which of their arguments are paths. */
const PATH_ARGUMENTS: Record<string, number[]> = {
  chmod: [0],
  chown: [0],
  create: [0],
  lstat: [0],
  stat: [0],
  mkdir: [0],
  open: [0],
  readDir: [0],
  readFile: [0],
  readTextFile: [0],
  readLink: [0],
  realPath: [0],
  remove: [0],
  truncate: [0],
  utime: [0],
  writeFile: [0],
  writeTextFile: [0],
  copyFile: [0, 1],
  link: [0, 1],
  rename: [0, 1],
  // A symlink's target is stored as given, relative to the link: only the
  // link's own path is resolved.
  symlink: [1],
};

/**
 * Installs the per-task working directory (once, in the daemon).
 *
 * @param hooks How to find the current task, and how to tell the daemon one moved.
 *
 * @example
 * ```ts ignore
 * import { installTaskPaths } from "./_task_paths.ts";
 * installTaskPaths({ current, moved: (task, dir) => gate.moved(task, dir) });
 * ```
 */
export function installTaskPaths(hooks: PathHooks): void {
  const realCwd = Deno.cwd;
  const realProcessCwd = process.cwd;
  const realProcessChdir = process.chdir;
  const realChdir = Deno.chdir;
  /** The task's own directory, when it is not the process's. */
  const elsewhere = (): string | undefined => {
    const task = hooks.current();
    if (task?.exited) throw new ModuleExit(0);
    return task && task.cwd !== realCwd() ? task.cwd : undefined;
  };
  const deno = Deno as unknown as Record<string, unknown>;
  for (const [name, positions] of Object.entries(PATH_ARGUMENTS)) {
    for (const fn of [name, `${name}Sync`]) {
      const real = deno[fn];
      if (typeof real !== "function") continue;
      deno[fn] = function (this: unknown, ...args: unknown[]) {
        const dir = elsewhere();
        if (dir) {
          for (const i of positions) args[i] = resolveIn(dir, args[i]);
        }
        return real.apply(this, args);
      };
    }
  }
  for (
    const fn of [
      "makeTempDir",
      "makeTempDirSync",
      "makeTempFile",
      "makeTempFileSync",
    ]
  ) {
    const real = deno[fn] as (options?: Deno.MakeTempOptions) => unknown;
    deno[fn] = (options?: Deno.MakeTempOptions) => {
      const dir = elsewhere();
      return real(
        dir && options?.dir
          ? { ...options, dir: resolveIn(dir, options.dir) as string }
          : options,
      );
    };
  }
  const realWatch = Deno.watchFs;
  Deno.watchFs = (paths, options) => {
    const dir = elsewhere();
    if (dir) {
      paths = Array.isArray(paths)
        ? paths.map((p) => resolveIn(dir, p) as string)
        : resolveIn(dir, paths) as string;
    }
    return realWatch(paths, options);
  };
  Deno.cwd = () => hooks.current()?.cwd ?? realCwd();
  process.cwd = () => hooks.current()?.cwd ?? realProcessCwd();
  Deno.chdir = (directory: string | URL) => {
    const task = hooks.current();
    if (!task) return realChdir(directory);
    moveTask(task, directory, hooks);
  };
  process.chdir = (directory: string) => {
    const task = hooks.current();
    if (!task) return realProcessChdir(directory);
    try {
      moveTask(task, directory, hooks);
    } catch (error) {
      // node:process's words for the same failure.
      const code = (error as { code?: string }).code ?? "EIO";
      throw Object.assign(
        new Error(
          `${code}: ${
            describeCode(code)
          }, chdir '${task.cwd}' -> '${directory}'`,
        ),
        { code, syscall: "chdir", path: task.cwd, dest: directory },
      );
    }
  };
}

/** Moves `task` to `directory`, failing as `Deno.chdir()` fails. */
function moveTask(
  task: TaskContext,
  directory: string | URL,
  hooks: PathHooks,
): void {
  const given = directory instanceof URL
    ? decodeURIComponent(directory.pathname)
    : directory;
  const wanted = resolveIn(task.cwd, given) as string;
  let dir: string;
  try {
    // The process's own chdir would end up in the physical directory.
    dir = Deno.realPathSync(wanted);
    if (!Deno.statSync(dir).isDirectory) {
      throw new Deno.errors.NotADirectory(
        `Not a directory (os error 20): chdir '${given}'`,
      );
    }
  } catch (error) {
    if (error instanceof Error) {
      error.message = error.message.replace(
        /: (realpath|stat) '.*'$/,
        `: chdir '${given}'`,
      );
    }
    throw error;
  }
  task.cwd = dir;
  hooks.moved(task, dir);
}

function describeCode(code: string): string {
  return {
    ENOENT: "no such file or directory",
    ENOTDIR: "not a directory",
    EACCES: "permission denied",
  }[code] ?? "i/o error";
}

/**
 * `path` made absolute against `dir` when it is a relative string; other
 * values (absolute paths, URLs, options) unchanged.
 *
 * @example
 * ```ts
 * import { resolveIn } from "./_task_paths.ts";
 * console.assert(resolveIn("/srv", "data.txt") === "/srv/data.txt");
 * console.assert(resolveIn("/srv", "/etc/x") === "/etc/x");
 * ```
 */
export function resolveIn(dir: string, path: unknown): unknown {
  if (typeof path !== "string" || path === "" || path.startsWith("/")) {
    return path;
  }
  return `${dir.replace(/\/+$/, "")}/${path}`;
}
