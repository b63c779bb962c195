/**
 * How the daemon loads a module: exactly the code the client asked for,
 * and never a stale version of anything it imports locally.
 *
 * - The module's bytes are read once, checked against the client's SHA-256
 *   and, for a copy Ansible made in its temp directory, imported from the
 *   daemon's own store copy of those very bytes (the temp copy vanishes
 *   after the task, and 10,000 copies of one module are one import). A
 *   module run in place is imported in place, and checked again after the
 *   import.
 * - The local files it imports (relative or `file:` specifiers, followed
 *   through the whole graph) are hashed too. A process can load a module URL
 *   only once, so when a file the daemon has loaded changes, this daemon can
 *   no longer serve that code: {@linkcode StaleCodeError} tells it to
 *   retire, and the next daemon loads the new code. The runtime's own files
 *   (the directory of `mod.ts`) are left out: they are the daemon's code,
 *   and its identity names their version; checking them on every task
 *   would cost each task dozens of `stat` calls.
 *
 * @module
 */

import { localImports } from "./_import_scan.ts";
import { sha256Hex } from "./_paths.ts";

/** A module's entry point, called once per task. */
export type ModuleMain = () => unknown;

/** A loaded module: its entry point, and the URL it was imported from. */
export interface LoadedModule {
  main: ModuleMain;
  /** The store copy for a throwaway copy, else the module's own URL. */
  url: string;
}

/** The module a client asks for. */
export interface ModuleRequest {
  /** The module's `file:` URL. */
  url: string;
  /** SHA-256 of its bytes, as the client read them. */
  hash: string;
  /** True for a throwaway copy (Ansible's temp copy): imported from the store. */
  copy: boolean;
}

/**
 * This daemon cannot serve the module (nothing of the task ran): the client
 * runs it in-process.
 *
 * @example
 * ```ts
 * import { UnsupportedModuleError } from "./_module_loader.ts";
 * console.assert(new UnsupportedModuleError("x").name === "UnsupportedModuleError");
 * ```
 */
export class UnsupportedModuleError extends Error {
  /** Builds the error with a plain message. */
  constructor(message: string) {
    super(message);
    this.name = "UnsupportedModuleError";
  }
}

/**
 * Code this daemon loaded has changed on disk (nothing of the task ran): the
 * daemon retires and the client retries with a fresh one.
 *
 * @example
 * ```ts
 * import { StaleCodeError } from "./_module_loader.ts";
 * console.assert(new StaleCodeError("x").name === "StaleCodeError");
 * ```
 */
export class StaleCodeError extends Error {
  /** Builds the error with a plain message. */
  constructor(message: string) {
    super(message);
    this.name = "StaleCodeError";
  }
}

/** Largest module file the daemon hashes and imports. */
const MAX_MODULE_BYTES = 64 * 1024 * 1024;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

interface FileFacts {
  fingerprint: string;
  hash: string;
  imports: string[];
}

/** Options of {@linkcode ModuleLoader}. */
export interface ModuleLoaderOptions {
  /** The daemon's private directory for store copies. */
  storeDir: string;
  /** The runtime's `mod.ts` URL: files beside it are not tracked. */
  runtimeUrl: string;
  /** True in a `deno compile`d daemon: it runs only the module built into it. */
  compiled?: boolean;
}

/**
 * Loads modules for the daemon; see the module documentation.
 *
 * @example
 * ```ts ignore
 * import { ModuleLoader } from "./_module_loader.ts";
 * const loader = new ModuleLoader({
 *   storeDir: "/run/user/1000/ansible-turbo-1000/k.modules",
 *   runtimeUrl: new URL("./mod.ts", import.meta.url).href,
 * });
 * const { main } = await loader.load({ url, hash, copy: true });
 * ```
 */
export class ModuleLoader {
  #options: ModuleLoaderOptions;
  /** What this process has loaded from each local file URL. */
  #loaded = new Map<string, string>();
  #files = new Map<string, FileFacts>();
  #versions = new Map<string, Promise<LoadedModule>>();
  /** What a copy's content (`hash/name`) imports: files beside it, and others. */
  #copies = new Map<string, CopyShape>();
  #runtimeDir: string;

  /** Creates a loader whose store copies live in `options.storeDir`. */
  constructor(options: ModuleLoaderOptions) {
    this.#options = options;
    this.#runtimeDir = new URL("./", options.runtimeUrl).href;
  }

  /** Number of distinct module versions loaded. */
  get size(): number {
    return this.#versions.size;
  }

  /**
   * The module's `main`, loading it if needed.
   *
   * @throws {UnsupportedModuleError} When the module cannot be served here.
   * @throws {StaleCodeError} When code this daemon loaded has changed.
   */
  load(request: ModuleRequest): Promise<LoadedModule> {
    if (this.#options.compiled) return this.#loadCompiled(request.url);
    return request.copy ? this.#loadCopy(request) : this.#loadInPlace(request);
  }

  /** Removes the store copies (the daemon is exiting). */
  async removeStore(): Promise<void> {
    await Deno.remove(this.#options.storeDir, { recursive: true }).catch(
      () => {},
    );
  }

  /**
   * A copy Ansible made: served from the store, with the files beside it
   * that it imports relatively (a module shipped with its collection's
   * shared code). The copy is read only the first time its content is
   * seen: later copies of it need no reading at all; files beside it are
   * read (and hashed) every time, as they may differ.
   */
  async #loadCopy(request: ModuleRequest): Promise<LoadedModule> {
    const name = basename(request.url);
    const dir = request.url.slice(0, request.url.lastIndexOf("/") + 1);
    const id = `${request.hash}/${name}`;
    let main: Uint8Array | undefined;
    let shape = this.#copies.get(id);
    if (!shape) {
      main = await verifiedBytes(request);
      shape = await copyShape(decoder.decode(main), { url: request.url, dir });
      this.#copies.set(id, shape);
    }
    const beside = new Map<string, Uint8Array>();
    for (const relative of shape.beside) {
      beside.set(relative, await readModuleFile(new URL(relative, dir).href));
    }
    const deps = await this.#graph(shape.elsewhere);
    this.#refuseStale(deps);
    const storeKey = await sha256Hex(encoder.encode(JSON.stringify([
      request.hash,
      name,
      await hashes(beside),
    ])));
    return await this.#version([storeKey, hashList(deps)], async () => {
      const url = await this.#storeCopy(storeKey, {
        name,
        main: main ?? await verifiedBytes(request),
        beside,
      });
      return await this.#importVerified(url, deps);
    });
  }

  /** A module run where it is (a collection's module, zero-spawn). */
  async #loadInPlace(request: ModuleRequest): Promise<LoadedModule> {
    const facts = await this.#facts(request.url);
    if (facts?.hash !== request.hash) {
      throw new UnsupportedModuleError(
        `${request.url} changed while the task was being sent`,
      );
    }
    const deps = await this.#graph(facts.imports);
    deps.delete(request.url);
    this.#refuseStale(deps);
    const loaded = this.#loaded.get(request.url);
    if (loaded !== undefined && loaded !== request.hash) {
      throw new StaleCodeError(
        `${request.url} changed since this daemon loaded it`,
      );
    }
    return await this.#version(
      [request.hash, request.url, hashList(deps)],
      async () => {
        const loadedModule = await this.#importVerified(request.url, deps);
        // What was imported must be what was checked.
        if ((await this.#facts(request.url))?.hash !== request.hash) {
          throw new StaleCodeError(
            `${request.url} changed while the daemon loaded it`,
          );
        }
        this.#loaded.set(request.url, request.hash);
        return loadedModule;
      },
    );
  }

  /** A compiled daemon runs only the module built into it (its identity names it). */
  async #loadCompiled(url: string): Promise<LoadedModule> {
    if (url !== Deno.mainModule) {
      throw new UnsupportedModuleError(
        `this compiled daemon only runs ${Deno.mainModule}`,
      );
    }
    return await this.#version(
      [url],
      () => this.#importVerified(url, new Map()),
    );
  }

  /** One load per version: the same key gets the same module. */
  async #version(
    parts: unknown[],
    load: () => Promise<LoadedModule>,
  ): Promise<LoadedModule> {
    const key = await sha256Hex(encoder.encode(JSON.stringify(parts)));
    let loading = this.#versions.get(key);
    if (!loading) {
      loading = load();
      this.#versions.set(key, loading);
      // A failed import is not kept: the next task tries again.
      loading.catch(() => this.#versions.delete(key));
    }
    return await loading;
  }

  /** Imports `url`; the local files it depends on must be unchanged by then. */
  async #importVerified(
    url: string,
    deps: Map<string, FileFacts>,
  ): Promise<LoadedModule> {
    let namespace: Record<string, unknown>;
    try {
      namespace = await import(url);
    } catch (error) {
      throw new UnsupportedModuleError(
        `the daemon could not load the module: ${(error as Error).message}`,
      );
    }
    // What was checked before the import must still be there after it:
    // otherwise what ran may not be what was checked.
    const after = await this.#graph([...deps.keys()]);
    for (const [file, facts] of deps) {
      if (after.get(file)?.hash !== facts.hash) {
        throw new StaleCodeError(`${file} changed while the daemon loaded it`);
      }
      this.#loaded.set(file, facts.hash);
    }
    const main = namespace.main;
    if (typeof main !== "function") {
      throw new UnsupportedModuleError(
        "the module does not export a main() function for the daemon to call",
      );
    }
    return { main: main as ModuleMain, url };
  }

  /**
   * Writes a copy's verified bytes (and the files beside it, in their
   * layout) into the store, once, and returns the copy's URL there.
   */
  async #storeCopy(
    key: string,
    files: { name: string; main: Uint8Array; beside: Map<string, Uint8Array> },
  ): Promise<string> {
    const dir = `${this.#options.storeDir}/${key}`;
    const path = `${dir}/${files.name}`;
    if (!await exists(path)) {
      // Written aside and renamed into place whole: never half a copy.
      const temp = `${dir}.${crypto.randomUUID()}.tmp`;
      try {
        await writeTree(temp, [[files.name, files.main], ...files.beside]);
        await Deno.rename(temp, dir);
      } catch (error) {
        await Deno.remove(temp, { recursive: true }).catch(() => {});
        if (!await exists(path)) {
          throw new UnsupportedModuleError(
            `the daemon could not store the module: ${
              (error as Error).message
            }`,
          );
        }
      }
    }
    const url = new URL("file:///");
    url.pathname = path;
    return url.href;
  }

  /** Refuses when a file among `files` differs from what this daemon loaded. */
  #refuseStale(files: Map<string, FileFacts>): void {
    for (const [file, facts] of files) {
      const loaded = this.#loaded.get(file);
      if (loaded !== undefined && loaded !== facts.hash) {
        throw new StaleCodeError(`${file} changed since this daemon loaded it`);
      }
    }
  }

  /** The local files reachable from `roots`, with their facts (missing files left out). */
  async #graph(roots: string[]): Promise<Map<string, FileFacts>> {
    const graph = new Map<string, FileFacts>();
    const queue = [...roots];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (graph.has(file) || this.#isRuntime(file)) continue;
      const facts = await this.#facts(file);
      if (!facts) continue;
      graph.set(file, facts);
      queue.push(...facts.imports);
    }
    return graph;
  }

  /** A file of the runtime itself (beside `mod.ts`, not in a subdirectory). */
  #isRuntime(file: string): boolean {
    return file.startsWith(this.#runtimeDir) &&
      !file.slice(this.#runtimeDir.length).includes("/");
  }

  /** A file's hash and imports, read again only when its stat changed. */
  async #facts(file: string): Promise<FileFacts | undefined> {
    let info: Deno.FileInfo;
    try {
      info = Deno.statSync(new URL(file));
    } catch {
      return undefined;
    }
    if (!info.isFile) return undefined;
    const fingerprint = [
      info.ino,
      info.size,
      info.mtime?.getTime(),
      info.ctime?.getTime(),
    ].join(":");
    const known = this.#files.get(file);
    if (known?.fingerprint === fingerprint) return known;
    let bytes: Uint8Array;
    try {
      bytes = await readModuleFile(file);
    } catch {
      return undefined;
    }
    const facts = {
      fingerprint,
      hash: await sha256Hex(bytes),
      imports: localImports(decoder.decode(bytes), file),
    };
    this.#files.set(file, facts);
    return facts;
  }
}

/** What a copy imports: relative paths of files beside it, and other local files. */
interface CopyShape {
  beside: string[];
  elsewhere: string[];
}

/**
 * Splits what a copy imports (following the files beside it) into the
 * files beside it (below its directory: shipped with it) and the others.
 */
async function copyShape(
  source: string,
  at: { url: string; dir: string },
): Promise<CopyShape> {
  const beside = new Set<string>();
  const elsewhere = new Set<string>();
  const queue = localImports(source, at.url);
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (!file.startsWith(at.dir)) {
      elsewhere.add(file);
      continue;
    }
    const relative = file.slice(at.dir.length);
    if (beside.has(relative)) continue;
    let text: string;
    try {
      text = decoder.decode(await readModuleFile(file));
    } catch {
      continue; // a dynamic import of a file that is not there
    }
    beside.add(relative);
    queue.push(...localImports(text, file));
  }
  return { beside: [...beside].sort(), elsewhere: [...elsewhere].sort() };
}

async function verifiedBytes(request: ModuleRequest): Promise<Uint8Array> {
  const bytes = await readModuleFile(request.url);
  if (await sha256Hex(bytes) !== request.hash) {
    throw new UnsupportedModuleError(
      `${request.url} changed while the task was being sent`,
    );
  }
  return bytes;
}

async function hashes(files: Map<string, Uint8Array>): Promise<string[][]> {
  const list: string[][] = [];
  for (const [name, bytes] of files) list.push([name, await sha256Hex(bytes)]);
  return list.sort();
}

function hashList(files: Map<string, FileFacts>): string[][] {
  return [...files].map(([file, facts]) => [file, facts.hash]).sort();
}

function exists(path: string): Promise<boolean> {
  return Deno.stat(path).then(() => true, () => false);
}

/** Writes `files` (relative path, bytes) below `root`, private to the user. */
async function writeTree(
  root: string,
  files: [string, Uint8Array][],
): Promise<void> {
  for (const [relative, bytes] of files) {
    const path = `${root}/${relative}`;
    await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), {
      recursive: true,
      mode: 0o700,
    });
    await Deno.writeFile(path, bytes, { mode: 0o600 });
  }
}

/** Reads a module for hashing: a regular file of sane size, never a FIFO or device. */
async function readModuleFile(url: string): Promise<Uint8Array> {
  try {
    const path = new URL(url);
    const info = await Deno.stat(path);
    if (!info.isFile) throw new Error("not a regular file");
    if (info.size > MAX_MODULE_BYTES) {
      throw new Error(`larger than ${MAX_MODULE_BYTES} bytes`);
    }
    return await Deno.readFile(path);
  } catch (error) {
    throw new UnsupportedModuleError(
      `the daemon cannot read ${url}: ${(error as Error).message}`,
    );
  }
}

function basename(url: string): string {
  const path = url.replace(/[?#].*$/, "");
  return decodeURIComponent(path.slice(path.lastIndexOf("/") + 1));
}
