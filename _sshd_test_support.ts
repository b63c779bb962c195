/**
 * Support for the tests over ssh (`zero_spawn_test.ts`,
 * `ssh_route_test.ts`): a private `sshd` on 127.0.0.1 accepting one key for
 * root, and the ControlMaster connections Ansible leaves behind.
 *
 * @module
 */

import { join } from "node:path";

/** Whether this machine has OpenSSH's server and key generator. */
export function sshAvailable(): boolean {
  try {
    return Deno.statSync("/usr/sbin/sshd").isFile &&
      Deno.statSync("/usr/bin/ssh-keygen").isFile;
  } catch {
    return false;
  }
}

/** A running private sshd. */
export interface Sshd {
  port: number;
  /** The client's private key (root may log in with it). */
  key: string;
  stop: () => Promise<void>;
}

/** Options of {@linkcode startSshd}. */
export interface SshdOptions {
  /** Lines added to the server's configuration. */
  config?: string[];
  /** A client key made by an earlier {@linkcode startSshd} to accept. */
  key?: string;
}

/**
 * A private sshd on a free port of 127.0.0.1, accepting one key for root;
 * its files (host key, config, pid file) in `dir`.
 */
export async function startSshd(
  dir: string,
  options: SshdOptions = {},
): Promise<Sshd> {
  const keygen = (file: string) =>
    new Deno.Command("/usr/bin/ssh-keygen", {
      args: ["-q", "-t", "ed25519", "-N", "", "-f", join(dir, file)],
      stdout: "null",
      stderr: "inherit",
    }).output();
  await keygen("host_key");
  const key = options.key ?? join(dir, "client_key");
  if (!options.key) await keygen("client_key");
  await Deno.copyFile(`${key}.pub`, join(dir, "authorized_keys"));
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  await Deno.writeTextFile(
    join(dir, "sshd_config"),
    [
      `Port ${port}`,
      "ListenAddress 127.0.0.1",
      `HostKey ${join(dir, "host_key")}`,
      `AuthorizedKeysFile ${join(dir, "authorized_keys")}`,
      `PidFile ${join(dir, "sshd.pid")}`,
      "StrictModes no",
      "PermitRootLogin prohibit-password",
      "PasswordAuthentication no",
      "KbdInteractiveAuthentication no",
      "UsePAM no",
      "Subsystem sftp /usr/lib/openssh/sftp-server",
      "LogLevel ERROR",
      ...(options.config ?? []),
      "",
    ].join("\n"),
  );
  await Deno.mkdir("/run/sshd", { recursive: true }); // sshd's privilege separation
  const child = new Deno.Command("/usr/sbin/sshd", {
    args: ["-D", "-e", "-f", join(dir, "sshd_config")],
    stdin: "null",
    stdout: "null",
    stderr: "null",
  }).spawn();
  for (let i = 0; i < 200; i++) {
    try {
      (await Deno.connect({ hostname: "127.0.0.1", port })).close();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  return {
    port,
    key,
    stop: async () => {
      child.kill("SIGTERM");
      await child.status;
    },
  };
}

/**
 * Stops the ControlMaster of each socket in `controlPathDir` that is not a
 * forwarded one (`turbo-*.sock`), with `ssh -O exit`; returns their paths.
 */
export async function exitMasters(controlPathDir: string): Promise<string[]> {
  const stopped: string[] = [];
  let entries: Deno.DirEntry[] = [];
  try {
    entries = [...Deno.readDirSync(controlPathDir)];
  } catch {
    return stopped;
  }
  for (const entry of entries) {
    if (entry.name.startsWith("turbo-")) continue;
    const path = join(controlPathDir, entry.name);
    await new Deno.Command("ssh", {
      args: ["-o", `ControlPath=${path}`, "-O", "exit", "master"],
      stdin: "null",
      stdout: "null",
      stderr: "null",
    }).output();
    stopped.push(path);
  }
  return stopped;
}
