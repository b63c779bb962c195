/**
 * Child processes a task starts in the daemon: they get the task's
 * environment and working directory, and what they would write to an
 * inherited standard output or error (the module's own, in a plain run)
 * reaches the task's client instead of the daemon's `/dev/null`. A task
 * whose process would be gone starts nothing.
 *
 * @module
 */

import type { TaskContext } from "./_context.ts";
import { ModuleExit } from "./_isolation.ts";
import { resolveIn } from "./_task_paths.ts";

type Stream = "stdout" | "stderr";
const STREAMS: Record<Stream, 1 | 2> = { stdout: 1, stderr: 2 };

/**
 * Replaces `Deno.Command` with one that, inside a task, behaves as in the
 * task's own process (see the module documentation).
 *
 * @param current The task the running code belongs to, if any.
 *
 * @example
 * ```ts ignore
 * import { installTaskCommand } from "./_task_command.ts";
 * installTaskCommand(() => storage.getStore());
 * ```
 */
export function installTaskCommand(
  current: () => TaskContext | undefined,
): void {
  const RealCommand = Deno.Command;
  class TaskCommand extends RealCommand {
    #task?: TaskContext;
    #command: string | URL;
    #options?: Deno.CommandOptions;

    constructor(command: string | URL, options?: Deno.CommandOptions) {
      const task = current();
      if (task?.exited) throw new ModuleExit(0);
      const own = task
        ? {
          ...options,
          cwd: resolveIn(task.cwd, options?.cwd ?? task.cwd) as string | URL,
          ...(options?.clearEnv
            ? {}
            : { clearEnv: true, env: { ...task.env, ...options?.env } }),
        }
        : options;
      super(command, own);
      this.#task = task;
      this.#command = command;
      this.#options = own;
    }

    override output(): Promise<Deno.CommandOutput> {
      const inherited = this.#inherited("piped");
      if (!this.#task || inherited.length === 0) return super.output();
      const task = this.#task;
      return this.#piped(inherited).output().then((output) =>
        relayed(output, inherited, task)
      );
    }

    override outputSync(): Deno.CommandOutput {
      const inherited = this.#inherited("piped");
      if (!this.#task || inherited.length === 0) return super.outputSync();
      return relayed(
        this.#piped(inherited).outputSync(),
        inherited,
        this.#task,
      );
    }

    override spawn(): Deno.ChildProcess {
      const inherited = this.#inherited("inherit");
      if (!this.#task || inherited.length === 0) return super.spawn();
      const task = this.#task;
      const child = this.#piped(inherited).spawn();
      for (const stream of inherited) {
        child[stream].pipeTo(
          new WritableStream({
            write(chunk) {
              task.write(STREAMS[stream], chunk);
            },
          }),
        ).catch(() => {});
      }
      return hidden(child, inherited);
    }

    /** The streams left to inherit (`fallback` is the method's default). */
    #inherited(fallback: "piped" | "inherit"): Stream[] {
      return (["stdout", "stderr"] as const).filter((stream) =>
        (this.#options?.[stream] ?? fallback) === "inherit"
      );
    }

    /** The same command with `streams` piped, to relay them. */
    #piped(streams: Stream[]): Deno.Command {
      const options = { ...this.#options };
      for (const stream of streams) options[stream] = "piped";
      return new RealCommand(this.#command, options);
    }
  }
  Object.defineProperty(Deno, "Command", {
    configurable: true,
    writable: true,
    value: TaskCommand,
  });
}

/** Writes the captured streams to the task, and hides them as inherited ones are. */
function relayed(
  output: Deno.CommandOutput,
  streams: Stream[],
  task: TaskContext,
): Deno.CommandOutput {
  for (const stream of streams) task.write(STREAMS[stream], output[stream]);
  return hidden(output, streams);
}

/** `object` with `streams` throwing as Deno's do when they are not piped. */
function hidden<T extends object>(object: T, streams: Stream[]): T {
  return new Proxy(object, {
    get(target, key) {
      if (streams.includes(key as Stream)) {
        throw new TypeError(
          `Cannot get '${String(key)}': '${String(key)}' is not piped`,
        );
      }
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
