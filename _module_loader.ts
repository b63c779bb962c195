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
  async load(request: ModuleRequest): Promise<LoadedModule> {
    const bytes = await readModuleFile(request.url);
    if (await sha256Hex(bytes) !== request.hash) {
      throw new UnsupportedModuleError(
        `${request.url} changed while the task was being sent`,
      );
    }
    const source = decoder.decode(bytes);
    const deps = await this.#graph(localImports(source, request.url));
    const inPlace = !request.copy;
    if (inPlace) deps.delete(request.url);
    const changed = this.#staleAmong(deps) ??
      (inPlace ? this.#stale(request.url, request.hash) : undefined);
    if (changed) {
      throw new StaleCodeError(
        `${changed} changed since this daemon loaded it`,
      );
    }
    const depList = [...deps].map(([file, facts]) => [file, facts.hash]).sort();
    const key = await sha256Hex(encoder.encode(JSON.stringify([
      request.hash,
      inPlace ? request.url : basename(request.url),
      depList,
    ])));
    let loading = this.#versions.get(key);
    if (!loading) {
      loading = this.#import(request, { bytes, deps });
      this.#versions.set(key, loading);
      // A failed import is not kept: the next task tries again.
      loading.catch(() => this.#versions.delete(key));
    }
    return await loading;
  }

  /** Removes the store copies (the daemon is exiting). */
  async removeStore(): Promise<void> {
    await Deno.remove(this.#options.storeDir, { recursive: true }).catch(
      () => {},
    );
  }

  async #import(
    request: ModuleRequest,
    code: { bytes: Uint8Array; deps: Map<string, FileFacts> },
  ): Promise<LoadedModule> {
    let url = request.url;
    if (this.#options.compiled) {
      // A compiled daemon runs only the module built into it (its identity,
      // binary hash included, is already in the socket's name).
      if (url !== Deno.mainModule) {
        throw new UnsupportedModuleError(
          `this compiled daemon only runs ${Deno.mainModule}`,
        );
      }
    } else if (request.copy) {
      url = await this.#storeCopy(request, code.bytes);
    }
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
    const after = await this.#graph([...code.deps.keys()]);
    for (const [file, facts] of code.deps) {
      if (after.get(file)?.hash !== facts.hash) {
        throw new StaleCodeError(`${file} changed while the daemon loaded it`);
      }
      this.#loaded.set(file, facts.hash);
    }
    if (!request.copy && !this.#options.compiled) {
      if (await sha256Hex(await readModuleFile(url)) !== request.hash) {
        throw new StaleCodeError(`${url} changed while the daemon loaded it`);
      }
      this.#loaded.set(url, request.hash);
    }
    const main = namespace.main;
    if (typeof main !== "function") {
      throw new UnsupportedModuleError(
        "the module does not export a main() function for the daemon to call",
      );
    }
    return { main: main as ModuleMain, url };
  }

  /** Writes the verified bytes into the store, once, and returns their URL. */
  async #storeCopy(request: ModuleRequest, bytes: Uint8Array): Promise<string> {
    const dir = `${this.#options.storeDir}/${request.hash}`;
    const path = `${dir}/${basename(request.url)}`;
    const existing = await Deno.readFile(path).catch(() => undefined);
    if (!existing || await sha256Hex(existing) !== request.hash) {
      await Deno.mkdir(dir, { recursive: true, mode: 0o700 });
      const temp = `${path}.${crypto.randomUUID()}.tmp`;
      try {
        await Deno.writeFile(temp, bytes, { mode: 0o600 });
        await Deno.rename(temp, path);
      } catch (error) {
        await Deno.remove(temp).catch(() => {});
        throw new UnsupportedModuleError(
          `the daemon could not store the module: ${(error as Error).message}`,
        );
      }
    }
    const url = new URL("file:///");
    url.pathname = path;
    return url.href;
  }

  /** The first file among `files` whose content differs from what was loaded. */
  #staleAmong(files: Map<string, FileFacts>): string | undefined {
    for (const [file, facts] of files) {
      const changed = this.#stale(file, facts.hash);
      if (changed) return changed;
    }
    return undefined;
  }

  #stale(file: string, hash: string): string | undefined {
    const loaded = this.#loaded.get(file);
    return loaded !== undefined && loaded !== hash ? file : undefined;
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
      bytes = await Deno.readFile(new URL(file));
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
