/**
 * One way to bound a wait: {@linkcode deadline} races a promise against
 * `AbortSignal.timeout()` (and an optional caller's signal). Shared by the
 * client, the daemon and the task context, so that every bounded wait in
 * the runtime behaves, and overflows, the same way.
 *
 * @module
 */

/**
 * Longest delay a platform timer can take (2^31-1 ms, about 24.8 days);
 * longer ones would fire at once, so they are capped here.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Raised by {@linkcode deadline} when the time is up.
 *
 * @example
 * ```ts
 * import { DeadlineError } from "./_deadline.ts";
 * const error = new DeadlineError("Timed out waiting for the lock");
 * console.assert(error.name === "DeadlineError");
 * ```
 */
export class DeadlineError extends Error {
  /** Builds the error with a plain message. */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "DeadlineError";
  }
}

/** Options of {@linkcode deadline}. */
export interface DeadlineOptions {
  /** Also stop waiting when this signal aborts (rejecting with its reason). */
  signal?: AbortSignal;
  /** The message of the {@linkcode DeadlineError} (default: "Deadline of N ms passed"). */
  message?: string;
  /**
   * Clearable timers for the wait (the daemon's): the timer is cleared as
   * soon as the promise settles. Without them the wait uses
   * `AbortSignal.timeout()`, which cannot be cleared: its timer, and the
   * signal it aborts, stay in the heap until the full `ms` have passed
   * (cheap in a short-lived client, which need not load Node's timers; in
   * the daemon, three per task, 30 s to the task timeout each).
   */
  timers?: DeadlineTimers;
}

/**
 * Clearable timers for {@linkcode deadline}.
 *
 * @example
 * ```ts
 * import { deadline, type DeadlineTimers } from "./_deadline.ts";
 * const timers: DeadlineTimers = {
 *   setTimeout: (callback, ms) => setTimeout(callback, ms),
 *   clearTimeout: (id) => clearTimeout(id as number),
 * };
 * await deadline(Promise.resolve(1), 30_000, { timers });
 * ```
 */
export interface DeadlineTimers {
  /** Starts a timer that calls `callback` after `ms`; returns its id. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Stops the timer `id`, if it has not fired. */
  clearTimeout(id: unknown): void;
}

/**
 * Waits for `promise`, but no longer than `ms` milliseconds. The promise
 * itself is not cancelled: whatever it stands for goes on, unobserved.
 * `ms` of `Infinity` waits for ever; 0 or less has already passed; finite
 * values above {@linkcode MAX_TIMER_MS} are capped there.
 *
 * @param promise What to wait for.
 * @param ms Milliseconds to wait at most.
 * @param options A signal that also ends the wait, and the timeout's message.
 * @returns The promise's value, if it settles first.
 * @throws {DeadlineError} When `ms` passes first.
 * @throws The signal's reason, when `options.signal` aborts first.
 *
 * @example
 * ```ts
 * import { deadline, DeadlineError } from "./_deadline.ts";
 * const never = new Promise<never>(() => {});
 * const error = await deadline(never, 10).catch((e) => e);
 * console.assert(error instanceof DeadlineError);
 * console.assert(await deadline(Promise.resolve(42), 1000) === 42);
 * ```
 */
export function deadline<T>(
  promise: Promise<T>,
  ms: number,
  options: DeadlineOptions = {},
): Promise<T> {
  const signals: AbortSignal[] = [];
  let clear = () => {};
  if (ms !== Infinity) {
    const delay = Math.max(0, Math.min(ms, MAX_TIMER_MS));
    const timers = options.timers;
    if (timers) {
      const controller = new AbortController();
      const id = timers.setTimeout(
        () =>
          controller.abort(
            new DOMException("Signal timed out.", "TimeoutError"),
          ),
        delay,
      );
      clear = () => timers.clearTimeout(id);
      signals.push(controller.signal);
    } else {
      signals.push(AbortSignal.timeout(delay));
    }
  }
  if (options.signal) signals.push(options.signal);
  if (signals.length === 0) return promise;
  const signal = signals.length === 1 ? signals[0] : AbortSignal.any(signals);
  const reasonOf = () =>
    signal.reason instanceof DOMException &&
      signal.reason.name === "TimeoutError"
      ? new DeadlineError(options.message ?? `Deadline of ${ms} ms passed`)
      : signal.reason;
  if (signal.aborted) {
    clear();
    return Promise.reject(reasonOf());
  }
  const { promise: aborted, reject } = Promise.withResolvers<never>();
  const abort = () => reject(reasonOf());
  signal.addEventListener("abort", abort, { once: true });
  return Promise.race([promise, aborted]).finally(() => {
    clear();
    signal.removeEventListener("abort", abort);
  });
}
