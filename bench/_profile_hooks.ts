/**
 * Profiling hooks, preloaded into a module process by `bench/profile.ts`
 * (`deno run --allow-all --preload bench/_profile_hooks.ts copy args`); no
 * runtime file is changed. It records wall-clock marks (comparable with the
 * parent's spawn time) when:
 *
 * - the runtime starts (`performance.timeOrigin`) and this file runs;
 * - the module's body starts (the bench modules call `__benchMark`);
 * - the client path does its I/O: every `Deno.readFile`/`readTextFile`,
 *   `crypto.subtle.digest`, `Deno.lstat`, `Deno.connect`, and each
 *   write/read on the connection; `Deno.env.get` and `toObject` (first call);
 *   a `Deno.Command` (the daemon's start, on a cold task); `setTimeout`;
 * - the result is written to stdout and `Deno.exit` is called (or the
 *   process ends by itself).
 *
 * It prints the marks as one line `BENCH_MARKS <json>` on stderr (which
 * Ansible would drop) just before the process exits.
 *
 * @module
 */

type Mark = [name: string, epochMs: number];

const marks: Mark[] = [];
const now = () => performance.timeOrigin + performance.now();
marks.push(["runtime time origin", performance.timeOrigin]);
marks.push(["preload runs", now()]);

function mark(name: string): void {
  marks.push([name, now()]);
}

const seen = new Set<string>();
function markOnce(name: string): void {
  if (seen.has(name)) return;
  seen.add(name);
  mark(name);
}

(globalThis as { __benchMark?: (name: string) => void }).__benchMark = mark;

function base(path: string | URL): string {
  const text = String(path);
  return text.slice(text.lastIndexOf("/") + 1);
}

function wrapAsync<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  name: (...args: A) => string,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const label = name(...args);
    mark(`${label} start`);
    try {
      return await fn(...args);
    } finally {
      mark(`${label} end`);
    }
  };
}

const realReadFile = Deno.readFile;
Deno.readFile = wrapAsync(
  (path: string | URL, options?: Deno.ReadFileOptions) =>
    realReadFile(path, options),
  (path) => `readFile ${base(path)}`,
);
const realReadTextFile = Deno.readTextFile;
Deno.readTextFile = wrapAsync(
  (path: string | URL, options?: Deno.ReadFileOptions) =>
    realReadTextFile(path, options),
  (path) => `readTextFile ${base(path)}`,
);
const realLstat = Deno.lstat;
Deno.lstat = wrapAsync(
  (path: string | URL) => realLstat(path),
  (path) => `lstat ${base(path)}`,
);
const realDigest = crypto.subtle.digest.bind(crypto.subtle);
crypto.subtle.digest = wrapAsync(
  (algorithm: AlgorithmIdentifier, data: BufferSource) =>
    realDigest(algorithm, data),
  () => "sha256",
);

const realGet = Deno.env.get.bind(Deno.env);
Deno.env.get = (key: string) => {
  markOnce("first Deno.env.get (client starts)");
  return realGet(key);
};
const realToObject = Deno.env.toObject.bind(Deno.env);
Deno.env.toObject = () => {
  markOnce("Deno.env.toObject");
  return realToObject();
};

const realConnect = Deno.connect;
Deno.connect = (async (options: Deno.UnixConnectOptions) => {
  mark("connect start");
  const conn = await realConnect(options);
  mark("connect end");
  const write = conn.write.bind(conn);
  const read = conn.read.bind(conn);
  conn.write = async (data: Uint8Array) => {
    mark(`write ${data.length} B start`);
    const n = await write(data);
    mark("write end");
    return n;
  };
  conn.read = async (buffer: Uint8Array) => {
    const n = await read(buffer);
    mark(`read ${n} B`);
    return n;
  };
  return conn;
}) as typeof Deno.connect;

const RealCommand = Deno.Command;
Object.defineProperty(Deno, "Command", {
  configurable: true,
  value: new Proxy(RealCommand, {
    construct(target, args: [string | URL, Deno.CommandOptions?]) {
      mark("spawn daemon");
      return new target(...args);
    },
  }),
});

// In Deno 2.9 the global setTimeout is Node's (node:timers), behind a lazy
// getter that loads it on first access: mark that access, without
// triggering it here.
const timeoutDescriptor = Object.getOwnPropertyDescriptor(
  globalThis,
  "setTimeout",
);
if (timeoutDescriptor?.get) {
  const realGetter = timeoutDescriptor.get;
  let wrapped: typeof setTimeout | undefined;
  Object.defineProperty(globalThis, "setTimeout", {
    ...timeoutDescriptor,
    get() {
      if (wrapped) return wrapped;
      markOnce("setTimeout first access start");
      const real = realGetter.call(globalThis) as typeof setTimeout;
      wrapped = ((...args: Parameters<typeof setTimeout>) => {
        const id = real(...args);
        markOnce("setTimeout first call end");
        return id;
      }) as typeof setTimeout;
      return wrapped;
    },
  });
}

const realWriteSync = Deno.stdout.writeSync.bind(Deno.stdout);
Deno.stdout.writeSync = (data: Uint8Array) => {
  markOnce("stdout written");
  return realWriteSync(data);
};

let reported = false;
function report(): void {
  if (reported) return;
  reported = true;
  const line = `BENCH_MARKS ${JSON.stringify(marks)}\n`;
  Deno.stderr.writeSync(new TextEncoder().encode(line));
}

const realExit = Deno.exit;
Deno.exit = ((code?: number) => {
  mark("Deno.exit called");
  report();
  return realExit(code);
}) as typeof Deno.exit;
globalThis.addEventListener("unload", () => {
  mark("unload");
  report();
});
