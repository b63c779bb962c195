/**
 * Test fixture, run as another user: tries to reach a daemon it does not own
 * (connect to its socket, read its token, list its directory, send it a
 * task) and prints, as one JSON line, what each attempt ended with.
 *
 * Usage: `deno run -A intruder.ts SOCKET TOKEN_FILE MODULE_URL MODULE_HASH`
 *
 * Self-contained on purpose: it imports nothing from the runtime.
 *
 * @module
 */

/** What each attempt ended with: "ok", or the error's name. */
export interface IntruderReport {
  uid: number | null;
  connect: string;
  readToken: string;
  listDir: string;
  /** The daemon's answer to a run request, when the connect succeeded. */
  runReply?: string;
}

function outcome(error: unknown): string {
  return error instanceof Error ? error.name : String(error);
}

async function attempt(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
    return "ok";
  } catch (error) {
    return outcome(error);
  }
}

function frame(message: unknown): Uint8Array {
  const body = new TextEncoder().encode(JSON.stringify(message));
  const bytes = new Uint8Array(4 + body.length);
  new DataView(bytes.buffer).setUint32(0, body.length);
  bytes.set(body, 4);
  return bytes;
}

if (import.meta.main) {
  const [socket, tokenFile, moduleUrl, moduleHash] = Deno.args;
  const report: IntruderReport = {
    uid: Deno.uid(),
    connect: "",
    readToken: await attempt(() => Deno.readTextFile(tokenFile)),
    listDir: await attempt(async () => {
      for await (const _ of Deno.readDir(socket.replace(/\/[^/]+$/, ""))) {
        // Listing at all is the leak.
      }
    }),
  };
  let conn: Deno.UnixConn | undefined;
  report.connect = await attempt(async () => {
    conn = await Deno.connect({ transport: "unix", path: socket });
  });
  if (conn) {
    // Without the token: the daemon must refuse, whatever else is right.
    await conn.write(frame({
      v: 1,
      type: "run",
      token: "",
      module: { url: moduleUrl, hash: moduleHash },
      args: {},
      env: {},
      cwd: "/",
      ttl: 15,
      timeout: 5,
    }));
    const buffer = new Uint8Array(65536);
    const n = await conn.read(buffer);
    report.runReply = n === null
      ? "closed"
      : new TextDecoder().decode(buffer.subarray(4, n));
    conn.close();
  }
  console.log(JSON.stringify(report));
}
