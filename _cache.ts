/**
 * `cache()`: memoizes a function's results across the tasks a daemon serves,
 * so that an expensive session (a login, a connection) is made once and
 * reused. In plain mode the same code caches within the one process.
 *
 * @module
 */

import { currentTask, onDaemonExit } from "./_context.ts";
import { hmacSha256Hex } from "./_sha256.ts";

/**
 * Options of {@linkcode cache}.
 *
 * @example
 * ```ts
 * import { cache, type CacheOptions } from "./_cache.ts";
 * const options: CacheOptions<[string], { token: string }> = {
 *   ttl: 600,
 *   maxEntries: 16,
 *   retryOn: (error) => (error as { status?: number }).status === 401,
 * };
 * const session = cache((url: string) => ({ token: url }), options);
 * ```
 */
export interface CacheOptions<A extends unknown[], T> {
  /** Seconds a result stays valid, counted from when it settled (default: forever). */
  ttl?: number;
  /** Most entries kept; the least recently used one is evicted first (default: no limit). */
  maxEntries?: number;
  /**
   * Maps the arguments to the value the key is made from, for arguments
   * with no stable structure (class instances, functions). Default: the
   * arguments themselves, trailing `undefined`s dropped.
   */
  key?: (...args: A) => unknown;
  /**
   * Errors from {@linkcode CachedFunction.run}'s callback that mean "this
   * cached value went bad" (e.g. an HTTP 401): the value is discarded and the
   * callback retried once with a fresh one.
   */
  retryOn?: (error: unknown) => boolean;
  /**
   * Shares entries with every `cache()` of the same name in this process:
   * across the modules of a daemon group (a collection), or across a
   * module's versions when the daemon loads a changed file. Caches sharing a
   * name must compute the same thing.
   */
  name?: string;
  /** Clock in milliseconds, for tests (default: `performance.now`). */
  now?: () => number;
}

/**
 * A cached function, as returned by {@linkcode cache}: call it like the
 * original (it always returns a promise), plus the methods below.
 *
 * @example
 * ```ts
 * import { cache, type CachedFunction } from "./_cache.ts";
 * const double: CachedFunction<[number], number> = cache((n: number) => n * 2);
 * console.assert(await double(21) === 42 && double.has(21));
 * await double.invalidate(21);
 * ```
 */
export interface CachedFunction<A extends unknown[], T>
  extends AsyncDisposable {
  /** The cached result for these arguments, computing it on a miss. */
  (...args: A): Promise<T>;
  /**
   * Calls `use` with the cached value for `args`; when `use` throws an error
   * the `retryOn` option accepts, discards that value and calls `use` once
   * more with a fresh one. `use` may run twice, so it must be safe to repeat.
   */
  run<R>(args: A, use: (value: T) => R | PromiseLike<R>): Promise<R>;
  /** Forgets every entry, of every cache sharing the `name` (closing resources); resolves once they are closed (one still in use closes when it is given back). */
  invalidate(): Promise<void>;
  /** Forgets the entry for these arguments (closing its resource). */
  invalidate(...args: A): Promise<void>;
  /**
   * Forgets the entries holding `value` and only them, so a newer entry made
   * for the same arguments by a concurrent task survives.
   */
  discard(value: T): Promise<void>;
  /** True when a live (or in-flight) entry exists for these arguments; throws `CacheKeyError` as a call would reject. */
  has(...args: A): boolean;
  /** Number of live (and in-flight) entries, of every cache sharing the `name`. */
  readonly size: number;
}

/**
 * Raised when the arguments of a cached call have no stable key. The message
 * names the argument's type and position, never its value.
 *
 * @example
 * ```ts
 * import { cache, CacheKeyError } from "./_cache.ts";
 * const cached = cache((x: unknown) => x);
 * await cached(new Map()).catch((e) => console.assert(e instanceof CacheKeyError));
 * ```
 */
export class CacheKeyError extends TypeError {
  /** Builds the error with a plain message. */
  constructor(message: string) {
    super(message);
    this.name = "CacheKeyError";
  }
}

interface Entry {
  promise: Promise<unknown>;
  settled: boolean;
  /** Set once the call fulfilled. */
  result?: { value: unknown };
  /** Performance-clock deadline; `Infinity` while in flight. */
  expiresAt: number;
  /** No longer in the store: its value belongs to no one once it settles. */
  removed: boolean;
}

type Store = Map<string, Entry>;

// A per-process secret: keys of equal arguments match within the process,
// but a key seen in memory or a log cannot be brute-forced back to a password.
const KEY_SECRET = crypto.getRandomValues(new Uint8Array(32));
const namedStores = new Map<string, Store>();
// Closable values held by at least one entry, with their number of entries:
// a value shared by two keys is closed only when the last one lets it go.
const held = new Map<object, number>();
// Closable values in use: by a task of the daemon (until it ends) or by a
// run() callback. Dropped from the cache meanwhile, they close when returned.
const lent = new Map<object, number>();
const closeWhenReturned = new Set<object>();
// Registered when this file loads, outside any task: in a daemon, listeners
// a task adds belong to that task. A daemon awaits asynchronous closes
// before it exits; `unload` (which also fires on Deno.exit()) covers a
// plain module, synchronously.
onDaemonExit(closeAllCached);
globalThis.addEventListener("unload", () => void closeAllCached());

/**
 * Wraps `fn` so that its results are cached by arguments. In a turbo daemon
 * the cache is module state, so every task the daemon serves shares it; call
 * `cache()` once, at module level, never inside `main()`.
 *
 * - The key is built from the arguments' structure (object key order does
 *   not matter) and hashed with a per-process secret, so passwords in the
 *   arguments are never kept or shown in clear.
 * - Concurrent calls with the same key share one in-flight call.
 * - A call that rejects (or throws) is not cached; its waiters all get the error.
 * - `ttl`, `maxEntries` (LRU), `invalidate()` and `discard()` drop entries;
 *   a dropped value with `[Symbol.asyncDispose]`, `[Symbol.dispose]` or
 *   `close()` is closed (close errors are ignored), and so are those still
 *   held when the process exits (only the synchronous part of an async close
 *   runs then).
 *
 * @example
 * ```ts
 * import { cache } from "./_cache.ts";
 *
 * let logins = 0;
 * const session = cache(async (url: string, password: string) => {
 *   logins++;
 *   return { url, token: `t${logins}`, close() {} };
 * }, { ttl: 3000, maxEntries: 8 });
 *
 * const [a, b] = await Promise.all([
 *   session("https://api.example", "s3cret"),
 *   session("https://api.example", "s3cret"),
 * ]);
 * console.assert(a === b && logins === 1);
 * ```
 */
export function cache<A extends unknown[], T>(
  fn: (...args: A) => T | PromiseLike<T>,
  options: CacheOptions<A, Awaited<T>> = {},
): CachedFunction<A, Awaited<T>> {
  const ttlMs = checkedTtl(options.ttl);
  const maxEntries = checkedMaxEntries(options.maxEntries);
  const now = options.now ?? (() => performance.now());
  const store = options.name === undefined
    ? new Map<string, Entry>()
    : sharedStore(options.name);

  const keyOf = (args: A): string => {
    return cacheKey(options.key ? options.key(...args) : trimmed(args));
  };

  /** Removes an entry; resolves once its value, if closable and unshared, is closed. */
  const remove = (key: string, entry: Entry): Promise<void> => {
    if (store.get(key) === entry) store.delete(key);
    if (entry.removed) return Promise.resolve();
    entry.removed = true;
    // An in-flight entry is closed when it settles (see start()).
    return entry.result ? release(entry.result.value) : Promise.resolve();
  };

  /** The live entry for `key`, dropping it when expired. */
  const lookup = (key: string): Entry | undefined => {
    const entry = store.get(key);
    if (entry && entry.expiresAt <= now()) {
      remove(key, entry);
      return undefined;
    }
    return entry;
  };

  const sweep = (): void => {
    const time = now();
    for (const [key, entry] of store) {
      if (entry.expiresAt <= time) remove(key, entry);
    }
  };

  const evictOverflow = (): void => {
    // In-flight entries are never evicted: their callers are waiting on them.
    for (const [key, entry] of store) {
      if (store.size <= maxEntries) return;
      if (entry.settled) remove(key, entry);
    }
  };

  const start = (key: string, args: A): Entry => {
    const entry: Entry = {
      promise: Promise.resolve(),
      settled: false,
      expiresAt: Infinity,
      removed: false,
    };
    // The executor runs fn synchronously and turns a throw into a rejection.
    entry.promise = new Promise<T>((resolve) => resolve(fn(...args))).then(
      (value) => {
        entry.settled = true;
        if (entry.removed) {
          // Invalidated while in flight: the waiters get it, no one keeps it.
          void closeIfUnheld(value);
        } else {
          entry.result = { value };
          entry.expiresAt = now() + ttlMs;
          hold(value);
        }
        return value;
      },
      (error) => {
        entry.settled = true;
        if (store.get(key) === entry) store.delete(key);
        entry.removed = true;
        throw error;
      },
    );
    store.set(key, entry);
    evictOverflow();
    return entry;
  };

  const call = (...args: A): Promise<Awaited<T>> => {
    let key: string;
    try {
      key = keyOf(args);
    } catch (error) {
      return Promise.reject(error);
    }
    sweep();
    const found = lookup(key);
    let entry: Entry;
    if (found) {
      // Most recently used goes last, where eviction looks least.
      store.delete(key);
      store.set(key, found);
      entry = found;
    } else entry = start(key, args);
    const task = currentTask();
    const promise = entry.promise as Promise<Awaited<T>>;
    if (!task) return promise;
    // Lent to the task until it ends: another task's eviction or an expiry
    // meanwhile does not close it under this one.
    return promise.then((value) => {
      if (!task.exited) task.atEnd(lend(value));
      return value;
    });
  };

  const discard = (value: Awaited<T>): Promise<void> => {
    const closing: Promise<void>[] = [];
    for (const [key, entry] of store) {
      if (entry.result && Object.is(entry.result.value, value)) {
        closing.push(remove(key, entry));
      }
    }
    return Promise.all(closing).then(() => {});
  };

  const invalidate = (...args: A | []): Promise<void> => {
    const closing: Promise<void>[] = [];
    if (args.length === 0) {
      for (const [key, entry] of store) {
        closing.push(remove(key, entry));
      }
    } else {
      let key: string;
      try {
        key = keyOf(args as A);
      } catch (error) {
        return Promise.reject(error);
      }
      const entry = store.get(key);
      if (entry) closing.push(remove(key, entry));
    }
    return Promise.all(closing).then(() => {});
  };

  const run = async <R>(
    args: A,
    use: (value: Awaited<T>) => R | PromiseLike<R>,
  ): Promise<R> => {
    const value = await call(...args);
    const giveBack = lend(value);
    try {
      return await use(value);
    } catch (error) {
      if (!options.retryOn?.(error)) throw error;
      // Not awaited: closing the bad value (a logout, say) must not delay the
      // retry (and it waits for this call to give it back).
      void discard(value);
      const fresh = await call(...args);
      const giveBackFresh = lend(fresh);
      try {
        return await use(fresh);
      } finally {
        giveBackFresh();
      }
    } finally {
      giveBack();
    }
  };

  Object.defineProperty(call, "size", {
    get: (): number => {
      sweep();
      return store.size;
    },
  });
  return Object.assign(call, {
    run,
    invalidate,
    discard,
    has: (...args: A): boolean => lookup(keyOf(args)) !== undefined,
    [Symbol.asyncDispose]: () => invalidate(),
  }) as unknown as CachedFunction<A, Awaited<T>>;
}

/**
 * Closes every cached resource still held in this process and forgets the
 * entries holding them (the `unload` handler does the same, without waiting).
 * For a daemon that wants to wait for asynchronous closes before it exits.
 *
 * @example
 * ```ts
 * import { closeAllCached } from "./_cache.ts";
 * await closeAllCached();
 * ```
 */
export async function closeAllCached(): Promise<void> {
  const values = new Set([...held.keys(), ...closeWhenReturned]);
  held.clear();
  closeWhenReturned.clear();
  await Promise.all([...values].map((value) => closeValue(value)));
}

/**
 * The key a cached call's arguments (or its `key` option's result) map to:
 * a keyed SHA-256 (HMAC, with a per-process secret) of their canonical
 * text, so that equal structures match and no secret is kept in clear.
 * Throws {@linkcode CacheKeyError} for values with no stable structure.
 *
 * @example
 * ```ts
 * import { cacheKey } from "./_cache.ts";
 * console.assert(cacheKey({ a: 1, b: 2 }) === cacheKey({ b: 2, a: 1 }));
 * console.assert(!cacheKey(["s3cret"]).includes("s3cret"));
 * ```
 */
export function cacheKey(material: unknown): string {
  return hmacSha256Hex(
    KEY_SECRET,
    canonical(material, { path: "arguments", seen: new Set() }),
  );
}

function sharedStore(name: string): Store {
  let store = namedStores.get(name);
  if (!store) {
    store = new Map();
    namedStores.set(name, store);
  }
  return store;
}

function checkedTtl(ttl: number | undefined): number {
  if (ttl === undefined) return Infinity;
  if (typeof ttl !== "number" || Number.isNaN(ttl) || ttl < 0) {
    throw new RangeError(`cache() ttl must be a number of seconds >= 0`);
  }
  return ttl * 1000;
}

function checkedMaxEntries(max: number | undefined): number {
  if (max === undefined) return Infinity;
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`cache() maxEntries must be an integer >= 1`);
  }
  return max;
}

function isClosable(value: unknown): value is object {
  if (
    value === null || (typeof value !== "object" && typeof value !== "function")
  ) {
    return false;
  }
  const v = value as Record<PropertyKey, unknown>;
  return typeof v[Symbol.asyncDispose] === "function" ||
    typeof v[Symbol.dispose] === "function" || typeof v.close === "function";
}

function hold(value: unknown): void {
  if (!isClosable(value)) return;
  held.set(value, (held.get(value) ?? 0) + 1);
}

function release(value: unknown): Promise<void> {
  if (!isClosable(value)) return Promise.resolve();
  const count = (held.get(value) ?? 0) - 1;
  if (count > 0) {
    held.set(value, count);
    return Promise.resolve();
  }
  if (!held.delete(value)) return Promise.resolve(); // already closed
  return closeUnlessLent(value);
}

function closeIfUnheld(value: unknown): Promise<void> {
  return isClosable(value) && !held.has(value)
    ? closeUnlessLent(value)
    : Promise.resolve();
}

function closeUnlessLent(value: object): Promise<void> {
  if (!lent.has(value)) return closeValue(value);
  closeWhenReturned.add(value);
  return Promise.resolve();
}

/** Marks `value` in use; the function returned gives it back (once). */
function lend(value: unknown): () => void {
  if (!isClosable(value)) return () => {};
  lent.set(value, (lent.get(value) ?? 0) + 1);
  let returned = false;
  return () => {
    if (returned) return;
    returned = true;
    const count = (lent.get(value) ?? 1) - 1;
    if (count > 0) {
      lent.set(value, count);
      return;
    }
    lent.delete(value);
    if (closeWhenReturned.delete(value) && !held.has(value)) {
      void closeValue(value);
    }
  };
}

async function closeValue(value: object): Promise<void> {
  const v = value as Record<PropertyKey, unknown>;
  try {
    if (typeof v[Symbol.asyncDispose] === "function") {
      await (v[Symbol.asyncDispose] as () => unknown).call(value);
    } else if (typeof v[Symbol.dispose] === "function") {
      (v[Symbol.dispose] as () => unknown).call(value);
    } else if (typeof v.close === "function") {
      await (v.close as () => unknown).call(value);
    }
  } catch {
    // Best effort: a stale session that fails to close must not fail a task.
  }
}

/** Arguments without trailing `undefined`s, so `f(a)` and `f(a, undefined)` share a key. */
function trimmed(args: readonly unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return args.slice(0, end);
}

/**
 * A canonical text of a value: equal structures give equal text, whatever
 * their key order, and values of different types never collide (each kind
 * has its own prefix).
 */
function canonical(
  value: unknown,
  at: { path: string; seen: Set<object> },
): string {
  const { path, seen } = at;
  switch (typeof value) {
    case "undefined":
      return "u";
    case "boolean":
      return value ? "true" : "false";
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : `n:${value}`;
    case "bigint":
      return `b:${value}`;
    case "string":
      return JSON.stringify(value);
    case "function":
    case "symbol":
      throw keyError(value, path);
  }
  if (value === null) return "null";
  const object = value as object;
  if (seen.has(object)) {
    throw new CacheKeyError(
      `cache() cannot make a key from a circular structure at ${path}`,
    );
  }
  if (object instanceof Date) return `d:${object.getTime()}`;
  if (ArrayBuffer.isView(object)) {
    const bytes = new Uint8Array(
      object.buffer,
      object.byteOffset,
      object.byteLength,
    );
    // The view's kind is part of the key: the same bytes as Int8Array and
    // as Uint8Array are different arguments.
    return `x:${object.constructor.name}:${
      Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")
    }`;
  }
  seen.add(object);
  try {
    if (Array.isArray(object)) {
      const parts: string[] = [];
      for (let i = 0; i < object.length; i++) {
        parts.push(canonical(object[i], { path: `${path}[${i}]`, seen }));
      }
      return `[${parts.join(",")}]`;
    }
    const proto = Object.getPrototypeOf(object);
    if (proto !== Object.prototype && proto !== null) {
      throw keyError(object, path);
    }
    const record = object as Record<string, unknown>;
    const parts: string[] = [];
    for (const name of Object.keys(record).sort()) {
      // As in JSON, an undefined property is the same as a missing one.
      if (record[name] === undefined) continue;
      parts.push(
        `${JSON.stringify(name)}:${
          canonical(record[name], { path: `${path}.${name}`, seen })
        }`,
      );
    }
    return `{${parts.join(",")}}`;
  } finally {
    seen.delete(object);
  }
}

function keyError(value: unknown, path: string): CacheKeyError {
  const kind = typeof value === "object" && value !== null
    ? (value.constructor?.name ?? "object")
    : typeof value;
  return new CacheKeyError(
    `cache() cannot make a key from a ${kind} at ${path}; give the cache a key option that maps the arguments to plain data`,
  );
}
