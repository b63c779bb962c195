/**
 * A long-lived benchmark client that talks to a running daemon directly over
 * its socket, with the runtime's own framing and message types: what the
 * "protocol" and "memory" cases use to send thousands of requests without
 * starting a process per request.
 *
 * @module
 */

import {
  FrameReader,
  type OfferedTask,
  offerTask,
  PROTOCOL_VERSION,
  type Reply,
  type RunRequest,
  type StatusReply,
  writeFrame,
} from "../_protocol.ts";
import { sha256Hex } from "../_paths.ts";

/** The daemon of an area: its socket and the token its requests need. */
export interface DaemonAddress {
  socket: string;
  token: string;
}

/**
 * Finds the one daemon whose files are under `remoteTmp` (started there by
 * a real task first).
 *
 * @example
 * ```ts ignore
 * import { findDaemon } from "./_socket_client.ts";
 * const daemon = await findDaemon(area.remoteTmp);
 * ```
 */
export async function findDaemon(remoteTmp: string): Promise<DaemonAddress> {
  const dir = `${remoteTmp}/ansible-turbo-${Deno.uid()}`;
  const sockets: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.name.endsWith(".sock")) sockets.push(`${dir}/${entry.name}`);
  }
  if (sockets.length !== 1) {
    throw new Error(`expected one daemon in ${dir}, found ${sockets.length}`);
  }
  const socket = sockets[0];
  const token = (await Deno.readTextFile(socket.replace(/\.sock$/, ".token")))
    .trim();
  return { socket, token };
}

/**
 * Sends one request on a fresh connection (the daemon serves one request per
 * connection) and returns what came back; a run request is run to its end.
 *
 * @example
 * ```ts ignore
 * import { exchange } from "./_socket_client.ts";
 * const { seen } = await exchange(daemon, { v: 2, type: "status", token: daemon.token });
 * ```
 */
export async function exchange(
  daemon: DaemonAddress,
  request: unknown,
): Promise<OfferedTask> {
  const conn = await Deno.connect({ transport: "unix", path: daemon.socket });
  try {
    return await offerTask(conn, request);
  } finally {
    try {
      conn.close();
    } catch {
      // Already closed by the daemon.
    }
  }
}

/**
 * The daemon's status (pid, requests served, RSS).
 *
 * @example
 * ```ts ignore
 * import { daemonStatus } from "./_socket_client.ts";
 * console.log((await daemonStatus(daemon)).rssBytes);
 * ```
 */
export async function daemonStatus(
  daemon: DaemonAddress,
): Promise<StatusReply> {
  const conn = await Deno.connect({ transport: "unix", path: daemon.socket });
  try {
    await writeFrame(conn, {
      v: PROTOCOL_VERSION,
      type: "status",
      token: daemon.token,
    });
    const reply = await new FrameReader(conn).read() as Reply | null;
    if (reply?.type !== "status") {
      throw new Error(`status request answered ${JSON.stringify(reply)}`);
    }
    return reply;
  } finally {
    conn.close();
  }
}

/** What a run request is made of, besides the module. */
export interface RunTemplate {
  args: Record<string, unknown>;
  env: Record<string, string>;
  cwd: string;
  ttl: number;
}

const decoder = new TextDecoder();

/**
 * A run request for the module file at `path`, as the client builds it
 * (the hash is of the file's bytes).
 *
 * @example
 * ```ts ignore
 * import { runRequest } from "./_socket_client.ts";
 * const request = await runRequest(daemon, "/tmp/x/AnsiballZ_trivial.ts", template);
 * ```
 */
export async function runRequest(
  daemon: DaemonAddress,
  path: string,
  template: RunTemplate,
): Promise<RunRequest> {
  const hash = await sha256Hex(await Deno.readFile(path));
  return {
    v: PROTOCOL_VERSION,
    type: "run",
    token: daemon.token,
    module: { url: new URL(`file://${path}`).href, hash, copy: true },
    argsText: JSON.stringify(template.args),
    argv: [],
    env: template.env,
    cwd: template.cwd,
    ttl: template.ttl,
    timeout: 3600,
    ranUntilCreate: false,
  };
}

/**
 * Sends a run request and checks that the module succeeded.
 *
 * @example
 * ```ts ignore
 * import { runOnce } from "./_socket_client.ts";
 * await runOnce(daemon, request);
 * ```
 */
export async function runOnce(
  daemon: DaemonAddress,
  request: RunRequest,
): Promise<Record<string, unknown>> {
  const { seen, code, stdout } = await exchange(daemon, request);
  const text = decoder.decode(stdout).trim();
  const result = text.startsWith("{") ? JSON.parse(text) : undefined;
  if (code !== 0 || !result || result.failed) {
    throw new Error(`run request answered ${seen.join(",")}: ${text}`);
  }
  return result;
}
