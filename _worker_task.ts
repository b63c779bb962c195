/**
 * Worker side of `_worker_shim.ts`: makes a Worker that a task started
 * see the task's environment, working directory, arguments and main module,
 * and sends its output to the task's client through the parent.
 *
 * @module
 */

import process from "node:process";

/** What the worker takes from the task that started it. */
export interface WorkerImage {
  env: Record<string, string>;
  cwd: string;
  argv: string[];
  mainModule: string;
  /** Marks output messages, so the parent can tell them from the worker's own. */
  tag: string;
}

/**
 * Sets this worker up as part of the task described by `image`.
 *
 * @param image The task's environment, directory, arguments, main module and output tag.
 *
 * @example
 * ```ts ignore
 * import { setUpTaskWorker } from "./_worker_task.ts";
 * await setUpTaskWorker({ env: {}, cwd: "/", argv: [], mainModule: "file:///m.ts", tag: "t" });
 * ```
 */
export function setUpTaskWorker(image: WorkerImage): void {
  const env = image.env;
  Deno.env.get = (key) => env[key];
  Deno.env.set = (key, value) => void (env[key] = String(value));
  Deno.env.delete = (key) => void delete env[key];
  Deno.env.has = (key) => Object.hasOwn(env, key);
  Deno.env.toObject = () => ({ ...env });
  process.env = env;
  Deno.cwd = () => image.cwd;
  process.cwd = () => image.cwd;
  Object.defineProperty(Deno, "args", { get: () => [...image.argv] });
  Object.defineProperty(Deno, "mainModule", { get: () => image.mainModule });
  const scope = globalThis as unknown as { postMessage(data: unknown): void };
  const post = (fd: 1 | 2, bytes: Uint8Array) =>
    scope.postMessage({ ansibleTurboOutput: image.tag, fd, bytes });
  const internal = (Deno as unknown as Record<symbol, Record<string, unknown>>)[
    (Deno as unknown as { internal: symbol }).internal
  ];
  const TaskConsole = internal.Console as new (
    print: (message: string, level: number) => void,
  ) => Console;
  const encoder = new TextEncoder();
  const own = new TaskConsole((message, level) =>
    post(level > 1 ? 2 : 1, encoder.encode(message))
  );
  const methods = console as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(methods)) {
    if (typeof value === "function") {
      methods[name] = (own as unknown as Record<string, unknown>)[name];
    }
  }
  for (const [fd, stream] of [[1, Deno.stdout], [2, Deno.stderr]] as const) {
    stream.writeSync = (data) => {
      post(fd, data.slice());
      return data.length;
    };
    stream.write = (data) => Promise.resolve(stream.writeSync(data));
  }
  const RealCommand = Deno.Command;
  Object.defineProperty(Deno, "Command", {
    configurable: true,
    writable: true,
    value: new Proxy(RealCommand, {
      construct(
        target,
        [command, options]: [string | URL, Deno.CommandOptions?],
      ) {
        return new target(command, {
          ...options,
          cwd: options?.cwd ?? image.cwd,
          ...(options?.clearEnv
            ? {}
            : { clearEnv: true, env: { ...env, ...options?.env } }),
        });
      },
    }),
  });
}
