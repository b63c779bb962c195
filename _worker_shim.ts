/**
 * Workers a task starts in the daemon see what they would see in the
 * task's own process: its environment, working directory, `Deno.args` and
 * `Deno.mainModule` (a Worker otherwise reads the daemon's), their output
 * reaches the task's client, and the task's listeners on the Worker run as
 * part of the task. The Worker runs a small bootstrap that sets this up
 * (`_worker_task.ts`) and then imports the real worker module, holding back
 * messages until it is loaded.
 *
 * @module
 */

import type { TaskContext } from "./_context.ts";

/** What the Worker shim needs from the daemon. */
export interface WorkerHooks {
  /** The task the running code belongs to, if any. */
  current(): TaskContext | undefined;
  /** Runs `fn` as part of `task` (Worker events arrive outside any task). */
  runIn<T>(task: TaskContext, fn: () => T): T;
}

const SETUP_URL = new URL("./_worker_task.ts", import.meta.url).href;

/**
 * Replaces the global `Worker` with one that, inside a task, starts the
 * worker in the task's image. Outside a task it is the platform's Worker.
 *
 * @param hooks How to find the current task and run code as part of it.
 *
 * @example
 * ```ts ignore
 * import { installWorkerShim } from "./_worker_shim.ts";
 * installWorkerShim({ current, runIn });
 * ```
 */
export function installWorkerShim(hooks: WorkerHooks): void {
  const RealWorker = globalThis.Worker;
  const owners = new WeakMap<Worker, TaskContext>();
  const wrapped = new WeakMap<object, EventListener>();
  const inTask = (
    worker: Worker,
    listener: EventListenerOrEventListenerObject,
  ): EventListenerOrEventListenerObject => {
    const task = owners.get(worker);
    if (!task) return listener;
    let wrapper = wrapped.get(listener);
    if (!wrapper) {
      wrapper = (event: Event) =>
        hooks.runIn(
          task,
          () =>
            typeof listener === "function"
              ? listener.call(worker, event)
              : listener.handleEvent(event),
        );
      wrapped.set(listener, wrapper);
    }
    return wrapper;
  };

  class TaskWorker extends RealWorker {
    constructor(specifier: string | URL, options?: WorkerOptions) {
      const task = hooks.current();
      const target = task && absoluteUrl(specifier);
      if (!task || !target) {
        super(specifier, options);
        return;
      }
      const tag = crypto.randomUUID();
      super(bootstrapUrl(task, target, tag), options);
      owners.set(this, task);
      // First listener: output of the worker never reaches the task's own
      // message listeners, only the task's client.
      super.addEventListener("message", (event) => {
        const data = (event as MessageEvent).data;
        if (isOutput(data, tag)) {
          event.stopImmediatePropagation();
          task.write(data.fd, data.bytes);
        }
      });
      super.addEventListener("error", (event) => {
        // As in a process of its own, a worker error nobody handled
        // crashes the task; checked once every listener has had its say.
        queueMicrotask(() => {
          if (!event.defaultPrevented && !task.ended) {
            const error = (event as ErrorEvent).error ??
              new Error((event as ErrorEvent).message);
            task.crash(error);
          }
        });
      });
    }

    override addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ): void {
      if (listener) {
        super.addEventListener(type, inTask(this, listener), options);
      }
    }

    override removeEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ): void {
      if (listener) {
        super.removeEventListener(
          type,
          wrapped.get(listener) ?? listener,
          options,
        );
      }
    }
  }
  for (const name of ["onmessage", "onmessageerror", "onerror"] as const) {
    const real = Object.getOwnPropertyDescriptor(RealWorker.prototype, name);
    if (!real?.set || !real.get) continue;
    Object.defineProperty(TaskWorker.prototype, name, {
      configurable: true,
      enumerable: true,
      get() {
        return real.get!.call(this);
      },
      set(this: Worker, handler: EventListener | null) {
        const task = owners.get(this);
        real.set!.call(
          this,
          task && handler
            ? (event: Event) =>
              hooks.runIn(task, () => handler.call(this, event))
            : handler,
        );
      },
    });
  }
  globalThis.Worker = TaskWorker;
}

/** `specifier` as an absolute URL, or undefined (the real Worker then refuses it as usual). */
function absoluteUrl(specifier: string | URL): string | undefined {
  try {
    return new URL(String(specifier)).href;
  } catch {
    return undefined;
  }
}

function isOutput(
  data: unknown,
  tag: string,
): data is { fd: 1 | 2; bytes: Uint8Array } {
  const message = data as Record<string, unknown> | null;
  return typeof message === "object" && message !== null &&
    message.ansibleTurboOutput === tag;
}

/** A module that sets the worker up as the task's, then imports `target`. */
function bootstrapUrl(task: TaskContext, target: string, tag: string): string {
  const image = {
    env: { ...task.env },
    cwd: task.cwd,
    argv: [...task.argv],
    mainModule: task.moduleUrl,
    tag,
  };
  const source = `const held = [];
const hold = (event) => { held.push(event); event.stopImmediatePropagation(); };
self.addEventListener("message", hold);
const { setUpTaskWorker } = await import(${JSON.stringify(SETUP_URL)});
await setUpTaskWorker(${JSON.stringify(image)});
try {
  await import(${JSON.stringify(target)});
} finally {
  self.removeEventListener("message", hold);
  for (const event of held) {
    self.dispatchEvent(new MessageEvent("message", { data: event.data, ports: event.ports }));
  }
}
`;
  // A data: URL, not a blob: one, so that nothing needs revoking later.
  return `data:application/javascript,${encodeURIComponent(source)}`;
}
