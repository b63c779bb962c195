/**
 * The daemon's process has one working directory. The gate lets tasks
 * with the same directory run together, switches the process's directory
 * between groups (waiters are served in arrival order), and lets a task
 * that runs alone move the process along with itself (`Deno.chdir()` in a
 * task; see `_task_paths.ts`).
 *
 * @module
 */

// Captured before the per-task path isolation replaces it.
const realChdir = Deno.chdir;

/**
 * Admits tasks by working directory; see the module documentation.
 *
 * @example
 * ```ts ignore
 * import { CwdGate } from "./_cwd_gate.ts";
 * const gate = new CwdGate("/run/user/1000/ansible-turbo-1000");
 * await gate.enter(task, "/srv/project");
 * try { await run(task); } finally { gate.leave(task); }
 * ```
 */
export class CwdGate {
  #home: string;
  /** Where the process is. */
  #current: string | null = null;
  /** The directory the tasks in the gate were admitted with. */
  #group: string | null = null;
  #active = new Set<object>();
  #queue: {
    cwd: string;
    owner: object;
    resolve: () => void;
    reject: (e: unknown) => void;
  }[] = [];

  /** A gate whose process sits in `home` while no task runs. */
  constructor(home: string) {
    this.#home = home;
  }

  /** Tasks in the gate now. */
  get active(): number {
    return this.#active.size;
  }

  /** Resolves once `owner` may run in `cwd` (the process is there). */
  enter(owner: object, cwd: string): Promise<void> {
    // By the group's directory: a lone task that moved the process
    // elsewhere must not keep its group's other tasks waiting.
    if (
      this.#queue.length === 0 &&
      (this.#active.size === 0 || this.#group === cwd)
    ) {
      this.#admit(owner, cwd);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) =>
      this.#queue.push({ cwd, owner, resolve, reject })
    );
  }

  /** `owner` is done (or abandoned) here; the next group may come in. */
  leave(owner: object): void {
    if (!this.#active.delete(owner)) {
      // Not admitted yet: it stops waiting.
      this.#queue = this.#queue.filter((waiter) => waiter.owner !== owner);
      return;
    }
    if (this.#active.size > 0) return;
    while (this.#queue.length > 0) {
      const cwd = this.#queue[0].cwd;
      const batch = this.#queue.filter((w) => w.cwd === cwd);
      this.#queue = this.#queue.filter((w) => w.cwd !== cwd);
      try {
        for (const waiter of batch) this.#admit(waiter.owner, cwd);
      } catch (error) {
        for (const waiter of batch) {
          this.#active.delete(waiter.owner);
          waiter.reject(error);
        }
        continue;
      }
      for (const waiter of batch) waiter.resolve();
      return;
    }
    this.#chdir(this.#home);
  }

  /**
   * `owner` moved itself to `dir`: the process follows when `owner` is the
   * only task in the gate, so every API agrees on the directory.
   */
  moved(owner: object, dir: string): void {
    if (this.#active.size !== 1 || !this.#active.has(owner)) return;
    try {
      this.#chdir(dir);
    } catch {
      // The task's own view has moved; the process stays where it was.
    }
  }

  #admit(owner: object, cwd: string): void {
    // Also back from where a lone task moved the process: it has company now.
    if (this.#current !== cwd || this.#active.size === 0) this.#chdir(cwd);
    this.#group = cwd;
    this.#active.add(owner);
  }

  #chdir(dir: string): void {
    realChdir(dir);
    this.#current = dir;
  }
}
