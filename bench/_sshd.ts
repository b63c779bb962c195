/**
 * A private OpenSSH server on 127.0.0.1 for the SSH cases: Debian's `sshd`
 * with its own config file, host key and port, and a throwaway user who
 * logs in with a key made for the run. Everything is undone by `stop()`:
 * the ControlMaster connections, every process of the user (its turbo
 * daemons, Mitogen's contexts), the server, then the user and its home.
 *
 * It needs root (to run `sshd` and add a user) and the `openssh-server`
 * package; {@linkcode sshUnavailable} says why not when it cannot run.
 *
 * @module
 */

import { processesMentioning } from "../_test_harness.ts";
import { runProcess } from "./_harness.ts";

/** Debian's OpenSSH server. */
export const SSHD = "/usr/sbin/sshd";
/** Where Debian's `ansible-mitogen` keeps its strategy plugins. */
export const MITOGEN_STRATEGIES =
  "/usr/lib/python3/dist-packages/ansible_mitogen/plugins/strategy";

/** A running private sshd and the user it lets in. */
export interface SshTarget extends AsyncDisposable {
  /** Always 127.0.0.1. */
  host: string;
  port: number;
  user: string;
  uid: number;
  /** The user's home (`/tmp/atb-ssh-*`), removed with the user. */
  home: string;
  /** The client's private key. */
  key: string;
  /** known_hosts holding the server's host key only. */
  knownHosts: string;
  /** Directory for ControlMaster sockets (short, below the run's directory). */
  controlDir: string;
  /**
   * Options for `ssh` that reach the server with the key and check its host
   * key (no password, no agent, no user ssh config).
   */
  options: string[];
  /** Stops everything the target started and removes the user. */
  stop(): Promise<void>;
}

/**
 * Why the SSH cases cannot run here, or undefined when they can.
 *
 * @example
 * ```ts ignore
 * import { sshUnavailable } from "./_sshd.ts";
 * const reason = await sshUnavailable();
 * ```
 */
export async function sshUnavailable(): Promise<string | undefined> {
  if (Deno.uid() !== 0) {
    return "needs root (to run a private sshd and add a test user)";
  }
  for (
    const [path, pkg] of [
      [SSHD, "openssh-server"],
      ["/usr/bin/ssh", "openssh-client"],
      ["/usr/sbin/useradd", "passwd"],
    ]
  ) {
    try {
      await Deno.stat(path);
    } catch {
      return `${path} is missing (apt-get install -y ${pkg}; .ci/install_ssh.sh)`;
    }
  }
  return undefined;
}

/**
 * Why Mitogen cannot be used, or undefined when its strategy is installed.
 *
 * @example
 * ```ts ignore
 * import { mitogenUnavailable } from "./_sshd.ts";
 * console.log(await mitogenUnavailable());
 * ```
 */
export async function mitogenUnavailable(): Promise<string | undefined> {
  try {
    await Deno.stat(`${MITOGEN_STRATEGIES}/mitogen_linear.py`);
    return undefined;
  } catch {
    return "ansible-mitogen is not installed (apt-get install -y ansible-mitogen; .ci/install_ssh.sh)";
  }
}

async function must(
  command: string,
  args: string[],
  what: string,
): Promise<string> {
  const run = await runProcess(command, args, {
    cwd: "/",
    env: { PATH: "/usr/sbin:/usr/bin:/sbin:/bin", LANG: "C.UTF-8" },
  });
  if (run.code !== 0) {
    throw new Error(`${what} failed (exit code ${run.code}): ${run.stderr}`);
  }
  return run.stdout;
}

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

function randomHex(bytes: number): string {
  return Array.from(
    crypto.getRandomValues(new Uint8Array(bytes)),
    (b) => b.toString(16).padStart(2, "0"),
  ).join("");
}

/** Pids of live processes owned by `uid` (from /proc). */
async function processesOf(uid: number): Promise<number[]> {
  const pids: number[] = [];
  for await (const entry of Deno.readDir("/proc")) {
    if (!/^\d+$/.test(entry.name)) continue;
    const status = await Deno.readTextFile(`/proc/${entry.name}/status`)
      .catch(() => "");
    const real = /^Uid:\s+(\d+)/m.exec(status)?.[1];
    if (real !== undefined && Number(real) === uid) {
      pids.push(Number(entry.name));
    }
  }
  return pids;
}

function kill(pid: number, signal: Deno.Signal): void {
  try {
    Deno.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM, up to 3 s, then SIGKILL: ends the given processes by pid. */
async function endProcesses(list: () => Promise<number[]>): Promise<void> {
  for (const pid of await list()) kill(pid, "SIGTERM");
  for (let i = 0; i < 60 && (await list()).length; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const pid of await list()) kill(pid, "SIGKILL");
  for (let i = 0; i < 40 && (await list()).length; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitForPort(port: number, child: Deno.ChildProcess) {
  let exited: Deno.CommandStatus | undefined;
  child.status.then((status) => (exited = status));
  for (let i = 0; i < 200; i++) {
    if (exited) throw new Error(`sshd exited with code ${exited.code}`);
    try {
      const conn = await Deno.connect({ hostname: "127.0.0.1", port });
      conn.close();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  throw new Error(`sshd did not listen on 127.0.0.1:${port} within 5 s`);
}

function sshdConfig(dir: string, port: number, user: string): string {
  return [
    `Port ${port}`,
    "ListenAddress 127.0.0.1",
    `HostKey ${dir}/host_ed25519`,
    "PidFile none",
    "AuthorizedKeysFile .ssh/authorized_keys",
    "PubkeyAuthentication yes",
    "PasswordAuthentication no",
    "KbdInteractiveAuthentication no",
    "UsePAM no",
    "PermitRootLogin no",
    `AllowUsers ${user}`,
    "StrictModes yes",
    // What the forwarded-socket design needs. OpenSSH 9.2 refuses a
    // stream-local forward (-L local.sock:remote.sock) too when
    // AllowTcpForwarding is no (measured), so both stay at their default.
    "AllowStreamLocalForwarding yes",
    "AllowTcpForwarding yes",
    "X11Forwarding no",
    "PrintMotd no",
    "Subsystem sftp internal-sftp",
    // Ansible and Mitogen open several sessions per connection.
    "MaxSessions 100",
    "MaxStartups 100:30:200",
    "LogLevel ERROR",
    "",
  ].join("\n");
}

/**
 * Starts a private sshd on a free port of 127.0.0.1 for a new user with a new
 * key. `dir` (private, below the benchmark's workspace) holds the keys, the
 * config and the ControlMaster sockets; the user's home is made in /tmp.
 *
 * @example
 * ```ts ignore
 * import { startSshd } from "./_sshd.ts";
 * await using target = await startSshd("/tmp/atb-x/ssh-1");
 * ```
 */
export async function startSshd(dir: string): Promise<SshTarget> {
  await Deno.mkdir(`${dir}/cp`, { recursive: true, mode: 0o700 });
  await Deno.chmod(dir, 0o700);
  // sshd refuses to start without its privilege separation directory.
  await Deno.mkdir("/run/sshd", { recursive: true, mode: 0o755 });
  await must(
    "ssh-keygen",
    ["-q", "-t", "ed25519", "-N", "", "-f", `${dir}/host_ed25519`],
    "ssh-keygen (host key)",
  );
  await must(
    "ssh-keygen",
    ["-q", "-t", "ed25519", "-N", "", "-f", `${dir}/id_ed25519`],
    "ssh-keygen (user key)",
  );
  const user = `atb${randomHex(4)}`;
  const home = `/tmp/atb-ssh-${user.slice(3)}`;
  let sshd: Deno.ChildProcess | undefined;
  let uid = -1;
  const stop = async () => {
    // ControlMasters first: their sessions end, then the user's leftovers.
    await endProcesses(() => processesMentioning(`${dir}/cp`));
    if (uid >= 0) await endProcesses(() => processesOf(uid));
    if (sshd) {
      kill(sshd.pid, "SIGTERM");
      await sshd.status;
      sshd = undefined;
    }
    if (uid >= 0) {
      await must("userdel", ["--remove", user], "userdel").catch(() => {});
      await Deno.remove(home, { recursive: true }).catch(() => {});
      uid = -1;
    }
  };
  try {
    await must("useradd", [
      "--no-log-init",
      "--create-home",
      "--home-dir",
      home,
      "--shell",
      "/bin/sh",
      // Names its run, so that a check for leftovers finds only its own.
      "--comment",
      `ansible-turbo test user of ${dir}`,
      // "*": no password login, yet not "locked" (sshd refuses locked accounts).
      "--password",
      "*",
      user,
    ], "useradd");
    uid = Number((await must("id", ["-u", user], "id")).trim());
    const publicKey = await Deno.readTextFile(`${dir}/id_ed25519.pub`);
    await Deno.mkdir(`${home}/.ssh`, { mode: 0o700 });
    await Deno.writeTextFile(`${home}/.ssh/authorized_keys`, publicKey, {
      mode: 0o600,
    });
    await Deno.chown(`${home}/.ssh`, uid, null);
    await Deno.chown(`${home}/.ssh/authorized_keys`, uid, null);
    await Deno.chmod(home, 0o755);
    let port = 0;
    for (let attempt = 0; attempt < 5 && !sshd; attempt++) {
      port = freePort();
      await Deno.writeTextFile(
        `${dir}/sshd_config`,
        sshdConfig(dir, port, user),
      );
      const child = new Deno.Command(SSHD, {
        args: ["-D", "-e", "-f", `${dir}/sshd_config`],
        stdin: "null",
        stdout: "null",
        stderr: "null",
      }).spawn();
      try {
        await waitForPort(port, child);
        sshd = child;
      } catch (error) {
        kill(child.pid, "SIGTERM");
        await child.status;
        if (attempt === 4) throw error;
      }
    }
    const hostKey = (await Deno.readTextFile(`${dir}/host_ed25519.pub`))
      .split(" ").slice(0, 2).join(" ");
    const knownHosts = `${dir}/known_hosts`;
    await Deno.writeTextFile(knownHosts, `[127.0.0.1]:${port} ${hostKey}\n`);
    const key = `${dir}/id_ed25519`;
    const target: SshTarget = {
      host: "127.0.0.1",
      port,
      user,
      uid,
      home,
      key,
      knownHosts,
      controlDir: `${dir}/cp`,
      options: [
        "-F",
        "/dev/null",
        "-o",
        `UserKnownHostsFile=${knownHosts}`,
        "-o",
        "StrictHostKeyChecking=yes",
        "-o",
        "IdentitiesOnly=yes",
        "-o",
        "BatchMode=yes",
        "-i",
        key,
        "-p",
        String(port),
      ],
      stop,
      [Symbol.asyncDispose]: stop,
    };
    return target;
  } catch (error) {
    await stop();
    throw error;
  }
}
