/**
 * The command line of `mod.ts`: `status`, `stop`, `install-launcher`,
 * `docs`, `--help`, and the daemon flag that turns the process into a
 * daemon.
 *
 * @module
 */

import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { defaultBaseDirs, privateDir } from "./_paths.ts";
import {
  DAEMON_FLAG,
  FrameReader,
  PROTOCOL_VERSION,
  type Reply,
  type StatusReply,
  writeFrame,
} from "./_protocol.ts";

const HELP =
  `ansible-turbo: TypeScript Ansible modules served by a warm per-user daemon

Usage:
  deno run -A mod.ts status [--dir BASE]...   list this user's daemons
  deno run -A mod.ts stop [--dir BASE]...     stop them (in-flight tasks finish first)
  deno run -A mod.ts install-launcher [PATH]  write the module launcher (default
                                              ~/.local/bin/deno_ansible)
  deno run -A mod.ts docs [--check] MODULE.ts...
                                              write MODULE.yml beside each module: its
                                              docs for ansible-doc, from its spec and
                                              @module JSDoc (--check: fail, saying what
                                              differs, when MODULE.yml is out of date)
  deno run -A mod.ts --help                   show this help
  deno run -A mod.ts ${DAEMON_FLAG} --socket PATH [--ttl SECONDS]
      [--foreground] [--max-requests N] [--max-rss-mb N]
                                              run a daemon (clients start it themselves;
                                              --foreground logs each request to stderr)

Daemons live in BASE/ansible-turbo-<uid>/, where BASE is the task's remote_tmp,
else $XDG_RUNTIME_DIR, else the temp directory. Without --dir, status and stop
look in $XDG_RUNTIME_DIR (or $TMPDIR), /tmp and ~/.ansible/tmp.

Module shebang: Ansible 2.19 takes a module's whole shebang line as one
interpreter path, so "#!/usr/bin/env -S deno run --allow-all" fails there.
install-launcher writes a one-word launcher that runs this Deno with
"run --no-config --allow-all"; start modules with "#!/usr/bin/deno_ansible"
(and the line "// WANT_JSON"): that works on every Ansible version. Where the
launcher is elsewhere, set the inventory variable
ansible_deno_ansible_interpreter to its path (Ansible replaces the shebang's
interpreter by ansible_<its basename>_interpreter).

Environment:
  ANSIBLE_TURBO_DISABLE=1        run modules in-process, without a daemon
  ANSIBLE_TURBO_LOOKUP_TTL=N     idle seconds before a daemon exits (default 15)
  ANSIBLE_TURBO_START_TIMEOUT=N  seconds a client waits for a daemon to start (default 30)
  ANSIBLE_TURBO_ACCEPT_TIMEOUT=N seconds a client waits for a busy daemon to take its task (default 10)
  ANSIBLE_TURBO_TASK_TIMEOUT=N   seconds before a task that never ends fails (default 3600)
  ANSIBLE_TURBO_MAX_REQUESTS=N   a daemon retires after N tasks (default: never)
  ANSIBLE_TURBO_MAX_RSS_MB=N     a daemon retires above N MiB of memory (default: never)
  ANSIBLE_TURBO_DEBUG=1          daemons log each request to their log file

Troubleshooting: "status" shows each daemon's socket; stop it, then run
  ANSIBLE_TURBO_DEBUG=1 deno run -A mod.ts ${DAEMON_FLAG} --socket SOCKET
and run the task again: the daemon serves it in your terminal, logging as it goes.
`;

/** One daemon found by `status`. */
export interface DaemonStatus {
  socket: string;
  status?: StatusReply;
  problem?: string;
}

/**
 * Runs the command line.
 *
 * @example
 * ```ts ignore
 * import { main } from "./_cli.ts";
 * await main(["status"]);
 * ```
 */
export async function main(args: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        help: { type: "boolean", short: "h" },
        dir: { type: "string", multiple: true },
        check: { type: "boolean" },
      },
      allowPositionals: true,
    });
  } catch (error) {
    // An unknown option: say so, without a stack trace.
    console.error(`error: ${(error as Error).message}\n\n${HELP}`);
    Deno.exit(2);
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === undefined || command === "help") {
    console.log(HELP);
    return;
  }
  if (command === "docs") {
    const { docsCommand } = await import("./_docs.ts");
    const modules = positionals.slice(1);
    Deno.exit(await docsCommand(modules, { check: values.check === true }));
  }
  const bases = values.dir ?? defaultBaseDirs(Deno.env.toObject());
  if (command === "status") {
    const found = await listDaemons(bases);
    if (found.length === 0) {
      console.log("No ansible-turbo daemon is running for this user.");
    }
    for (const entry of found) console.log(describe(entry));
    return;
  }
  if (command === "stop") {
    const stopped = await stopDaemons(bases);
    console.log(`Stopped ${stopped} daemon${stopped === 1 ? "" : "s"}.`);
    return;
  }
  if (command === "install-launcher") {
    const path = await installLauncher(positionals[1]);
    console.log(launcherAdvice(path));
    return;
  }
  console.error(`Unknown command "${command}".\n\n${HELP}`);
  Deno.exit(2);
}

/**
 * Asks every daemon of this user below `bases` for its status.
 *
 * @example
 * ```ts ignore
 * import { listDaemons } from "./_cli.ts";
 * for (const d of await listDaemons(["/tmp"])) console.log(d.socket, d.status?.pid);
 * ```
 */
export async function listDaemons(bases: string[]): Promise<DaemonStatus[]> {
  const found: DaemonStatus[] = [];
  for (const socket of await socketsIn(bases)) {
    try {
      found.push({ socket, status: await ask(socket, "status") });
    } catch (error) {
      found.push({ socket, problem: (error as Error).message });
    }
  }
  return found;
}

/**
 * Asks every daemon of this user below `bases` to stop, and waits (up to 10 s
 * each) until its socket is gone. Returns how many stopped.
 *
 * @example
 * ```ts ignore
 * import { stopDaemons } from "./_cli.ts";
 * await stopDaemons(["/tmp"]);
 * ```
 */
export async function stopDaemons(bases: string[]): Promise<number> {
  let stopped = 0;
  for (const socket of await socketsIn(bases)) {
    try {
      await ask(socket, "stop");
    } catch {
      continue;
    }
    for (let i = 0; i < 200; i++) {
      try {
        await Deno.lstat(socket);
      } catch {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    stopped++;
  }
  return stopped;
}

/**
 * The text of a module launcher: a shell script that runs a module (and its
 * arguments file) under `denoPath`. A single absolute path in the shebang is
 * the one form every Ansible version runs; `--no-config` keeps a deno.json
 * in the playbook's directory from changing how the module resolves, so the
 * module and its daemon (also started with `--no-config`) agree.
 *
 * @example
 * ```ts
 * import { launcherScript } from "./_cli.ts";
 * console.assert(launcherScript("/opt/deno").includes("exec '/opt/deno' run"));
 * ```
 */
export function launcherScript(denoPath: string): string {
  const quoted = `'${denoPath.replaceAll("'", `'\\''`)}'`;
  return `#!/bin/sh\n# Runs an ansible-turbo module: written by \`mod.ts install-launcher\`.\nexec ${quoted} run --no-config --allow-all "$@"\n`;
}

/**
 * The launcher's default name. Without a hyphen: Ansible replaces a module's
 * shebang interpreter by the variable `ansible_<basename>_interpreter`, and
 * `ansible_deno_ansible_interpreter` is a valid variable name in a YAML
 * inventory or group_vars on every Ansible version.
 */
export const LAUNCHER_NAME = "deno_ansible";

/**
 * What `install-launcher` tells the user: the shebang to use and, for
 * modules shipped to others (whose shebang is the fixed
 * `#!/usr/bin/deno_ansible`), the inventory variable that points Ansible at
 * this launcher.
 *
 * @param path The launcher's absolute path.
 * @returns Text to print.
 *
 * @example
 * ```ts
 * import { launcherAdvice } from "./_cli.ts";
 * console.assert(launcherAdvice("/h/bin/deno_ansible").includes("ansible_deno_ansible_interpreter: /h/bin/deno_ansible"));
 * ```
 */
export function launcherAdvice(path: string): string {
  const name = basename(path);
  const variable = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)
    ? `ansible_${name}_interpreter: ${path}`
    : `(none: "${name}" is no valid part of a variable name; name the launcher ${LAUNCHER_NAME})`;
  return `Wrote ${path}. Start modules with:
#!${path}
// WANT_JSON
A module shipped in a collection starts with the fixed line
#!/usr/bin/${name}
and its users point Ansible at their launcher in the inventory or group_vars:
${variable}`;
}

/**
 * Writes an executable launcher (see {@linkcode launcherScript}) to `path`
 * (default `~/.local/bin/deno_ansible`, see {@linkcode LAUNCHER_NAME}),
 * pointing at the Deno running this process, and returns its absolute path.
 *
 * @example
 * ```ts ignore
 * import { installLauncher } from "./_cli.ts";
 * const path = await installLauncher("/usr/local/bin/deno_ansible");
 * ```
 */
export async function installLauncher(
  path?: string,
  denoPath: string = Deno.execPath(),
): Promise<string> {
  const home = Deno.env.get("HOME");
  if (path === undefined && !home) {
    throw new Error("HOME is not set: give the launcher's path");
  }
  const target = path === undefined
    ? join(home!, ".local", "bin", LAUNCHER_NAME)
    : path.startsWith("/")
    ? path
    : join(Deno.cwd(), path);
  await Deno.mkdir(dirname(target), { recursive: true });
  // Written aside and renamed, so a module never runs a half-written launcher.
  const temp = `${target}.${Deno.pid}.tmp`;
  await Deno.writeTextFile(temp, launcherScript(denoPath), { mode: 0o755 });
  await Deno.chmod(temp, 0o755);
  await Deno.rename(temp, target);
  return target;
}

async function socketsIn(bases: string[]): Promise<string[]> {
  const uid = Deno.uid() ?? 0;
  const sockets = new Set<string>();
  for (const base of bases) {
    const dir = privateDir(base, uid);
    try {
      for await (const entry of Deno.readDir(dir)) {
        if (entry.name.endsWith(".sock")) sockets.add(join(dir, entry.name));
      }
    } catch {
      // No daemons there.
    }
  }
  return [...sockets].sort();
}

async function ask(
  socket: string,
  type: "status" | "stop",
): Promise<StatusReply> {
  const token = (await Deno.readTextFile(socket.replace(/\.sock$/, ".token")))
    .trim();
  const conn = await Deno.connect({ transport: "unix", path: socket });
  try {
    await writeFrame(conn, { v: PROTOCOL_VERSION, type, token });
    const reply = await new FrameReader(conn).read() as Reply | null;
    if (reply?.type !== "status") {
      throw new Error(reply?.type === "error" ? reply.message : "no answer");
    }
    return reply;
  } finally {
    conn.close();
  }
}

function describe(entry: DaemonStatus): string {
  if (!entry.status) return `${entry.socket}  not answering (${entry.problem})`;
  const s = entry.status;
  const uptime = ((Date.now() - s.startedAt) / 1000).toFixed(1);
  const rss = (s.rssBytes / 1024 / 1024).toFixed(1);
  return `pid ${s.pid}  up ${uptime}s  requests ${s.requests}  in flight ${s.inFlight}  rss ${rss} MiB  modules ${s.modules}  ttl ${s.ttl}s  ${entry.socket}`;
}
