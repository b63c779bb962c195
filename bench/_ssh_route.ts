/**
 * The measured parts of `SSH.md`'s design, a routed task over SSH without
 * a module process (a prototype for its figures, not a production plugin):
 *
 * 1. once per host: upload the module under its content hash, and run the
 *    locate step (`ANSIBLE_TURBO_LOCATE=1`, the module as Ansible would run
 *    it) over the ControlMaster connection, which starts the remote daemon
 *    if needed and returns its socket, its token and the remote environment;
 * 2. once per host: forward a private local socket to the remote daemon's
 *    socket through the same master (`ssh -O forward -L local:remote`);
 * 3. per task: one protocol-2 exchange over the forwarded socket, from a
 *    long-lived client here; and the production route, from Ansible itself
 *    through the action plugin `ansible_turbo.deno.turbo`, which does all
 *    three over Ansible's own ControlMaster (one task = one connection to
 *    the forwarded socket, no remote command).
 *
 * @module
 */

import { DENO, loadModule, ROOT, runProcess } from "./_harness.ts";
import {
  type AnsibleProject,
  playbookYaml,
  type ResultCheck,
  runPlaybook,
  type Shape,
} from "./_playbooks.ts";
import { shuffled } from "./_stats.ts";
import { ansibleArgs } from "../_ansible_args.ts";
import { sha256Hex } from "../_paths.ts";
import { exchange } from "./_socket_client.ts";
import type { SshTarget } from "./_sshd.ts";
import { median, summarize } from "./_stats.ts";
import type { CaseContext, CaseResult } from "./_types.ts";
import { PROTOCOL_VERSION, type RunRequest } from "../_protocol.ts";

/** The ids and names of {@linkcode routeRows}' rows, in order. */
export const ROUTE_ROWS: [string, string][] = [
  ["ssh_route", "SSH, forwarded socket round trip"],
  ["ssh_routed", "SSH, routed task"],
];

/** Where a remote daemon is, as the locate step found it over SSH. */
export interface RemoteDaemon {
  /** The daemon's socket on the remote host. */
  socket: string;
  token: string;
  /** The environment a module process gets there (the task's `env`). */
  env: Record<string, string>;
  /** The remote user's home: the cwd of a module Ansible runs over SSH. */
  home: string;
  /** The module's content-addressed path there, and its hash. */
  modulePath: string;
  hash: string;
  /** The arguments text the locate step used (`_ansible_*` keys). */
  argsText: string;
}

/** What {@linkcode routeRows} needs from the SSH case. */
export interface RouteOptions {
  target: SshTarget;
  /** A private directory for the master's and the forward's sockets. */
  dir: string;
  /** Stock `debug` per loop item (ms): Ansible's own per-item floor. */
  debugItemMs: number;
  /** Mitogen's `ping` per loop item (ms): the anchor. */
  mitogenPingMs: number;
  /** The SSH case's project, whose inventory's host the routed tasks run on. */
  project: AnsibleProject;
  /** Loop items and separate tasks of the playbooks. */
  count: { loop: number; tasks: number };
  /** The setup tasks every SSH playbook starts with. */
  setup: string[];
}

/** `ssh` through the route's own ControlMaster. */
function sshArgs(target: SshTarget, control: string): string[] {
  return [
    ...target.options,
    "-o",
    "ControlMaster=auto",
    "-o",
    "ControlPersist=60s",
    "-o",
    `ControlPath=${control}`,
  ];
}

async function ssh(
  target: SshTarget,
  control: string,
  args: string[],
  stdin?: Uint8Array,
): Promise<{ ms: number; stdout: string }> {
  const started = performance.now();
  const child = new Deno.Command("ssh", {
    args: [...sshArgs(target, control), ...args],
    stdin: stdin ? "piped" : "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (stdin) {
    const writer = child.stdin.getWriter();
    await writer.write(stdin);
    await writer.close();
  }
  const output = await child.output();
  const ms = performance.now() - started;
  const text = new TextDecoder();
  if (!output.success) {
    throw new Error(
      `ssh ${args.join(" ")} failed (exit code ${output.code}): ${
        text.decode(output.stderr)
      }`,
    );
  }
  return { ms, stdout: text.decode(output.stdout) };
}

const shellQuote = (s: string) => `'${s.replaceAll("'", `'"'"'`)}'`;

/**
 * Steps 1: uploads the module (once, under its hash) and runs the locate
 * step over SSH. Returns the remote daemon and how long each part took.
 *
 * @example
 * ```ts ignore
 * import { locateOverSsh } from "./_ssh_route.ts";
 * const { daemon, locateMs } = await locateOverSsh(target, control, source);
 * ```
 */
export async function locateOverSsh(
  target: SshTarget,
  control: string,
  source: Uint8Array,
): Promise<{ daemon: RemoteDaemon; uploadMs: number; locateMs: number }> {
  const hash = await sha256Hex(source);
  const store = `${target.home}/.ansible/turbo-modules`;
  const modulePath = `${store}/${hash}.ts`;
  const argsPath = `${store}/${hash}.args`;
  // What the plugin writes for a locate run: the `_ansible_*` keys only,
  // with no task directory.
  const argsText = JSON.stringify(ansibleArgs({
    moduleName: "turbo_counter",
    remoteTmp: `${target.home}/.ansible/tmp`,
  }));
  // Content-addressed: written once, never changed, read by the daemon in place.
  const upload = await ssh(target, control, [
    `${target.user}@${target.host}`,
    `umask 077 && mkdir -p ${store} && if [ ! -f ${modulePath} ]; then cat > ${modulePath}.part && mv ${modulePath}.part ${modulePath}; fi && printf %s ${
      shellQuote(argsText)
    } > ${argsPath}`,
  ], source);
  const script = [
    `out=$(ANSIBLE_TURBO_LOCATE=1 ${DENO} run --allow-all ${modulePath} ${argsPath})`,
    `printf '%s\\n' "$out"`,
    `tok=$(printf '%s' "$out" | sed -n 's/.*"token":"\\([^"]*\\)".*/\\1/p')`,
    `printf '%s\\n' "$(cat "$tok")" && pwd && env -0`,
  ].join(" && ");
  const located = await ssh(target, control, [
    `${target.user}@${target.host}`,
    script,
  ]);
  const [answer, token, home, env] = located.stdout.split("\n", 3).concat(
    located.stdout.split("\n").slice(3).join("\n"),
  );
  const where = JSON.parse(answer);
  if (!where.socket) {
    throw new Error(`the locate step answered ${answer}`);
  }
  const environment: Record<string, string> = {};
  for (const pair of env.split("\0")) {
    const at = pair.indexOf("=");
    if (at > 0) environment[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return {
    daemon: {
      socket: where.socket,
      token: token.trim(),
      env: environment,
      home: home.trim(),
      modulePath,
      hash,
      argsText,
    },
    uploadMs: upload.ms,
    locateMs: located.ms,
  };
}

/**
 * Step 2: a local socket, private to this user, forwarded to the remote
 * daemon's socket through the ControlMaster.
 *
 * @example
 * ```ts ignore
 * import { forwardSocket } from "./_ssh_route.ts";
 * const { local, ms } = await forwardSocket(target, control, remoteSocket, "/run/me/x.sock");
 * ```
 */
export async function forwardSocket(
  target: SshTarget,
  control: string,
  remote: string,
  local: string,
): Promise<{ ms: number; mode: number }> {
  const { ms } = await ssh(target, control, [
    "-O",
    "forward",
    "-L",
    `${local}:${remote}`,
    `${target.user}@${target.host}`,
  ]);
  const info = await Deno.stat(local);
  return { ms, mode: (info.mode ?? 0) & 0o777 };
}

/**
 * The run request of a routed task: the module in place by its hash, the
 * locate step's arguments and the remote environment and home.
 *
 * @example
 * ```ts ignore
 * import { routedRequest } from "./_ssh_route.ts";
 * const request = routedRequest(daemon);
 * ```
 */
export function routedRequest(daemon: RemoteDaemon): RunRequest {
  return {
    v: PROTOCOL_VERSION,
    type: "run",
    token: daemon.token,
    module: {
      url: new URL(`file://${daemon.modulePath}`).href,
      hash: daemon.hash,
      copy: false,
    },
    argsText: daemon.argsText,
    argv: [daemon.modulePath.replace(/\.ts$/, ".args")],
    env: { ...daemon.env, ANSIBLE_TURBO_LOOKUP_TTL: "600" },
    cwd: daemon.home,
    ttl: 600,
    timeout: 3600,
    ranUntilCreate: false,
  };
}

/** Serial exchanges of `request` on `socket`; ms per exchange and the last counter. */
async function roundTrips(
  socket: string,
  request: RunRequest,
  count: number,
): Promise<{ times: number[]; counters: number[] }> {
  const times: number[] = [];
  const counters: number[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const answer = await exchange(
      { socket, token: request.token },
      request,
    );
    times.push(performance.now() - started);
    const text = decoder.decode(answer.stdout).trim();
    const result = text.startsWith("{") ? JSON.parse(text) : undefined;
    if (answer.code !== 0 || !result || result.failed) {
      throw new Error(
        `routed task answered ${answer.seen.join(",")}: ${text}`,
      );
    }
    counters.push(Number(result.counter));
  }
  return { times, counters };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Measures the route's parts: `true` over the master, upload, locate (cold
 * and warm), the forward, and round trips over the forwarded socket against
 * the remote socket itself (root may connect to it: the overhead of the
 * forward alone).
 *
 * @example
 * ```ts ignore
 * import { routeRows } from "./_ssh_route.ts";
 * const rows = await routeRows(ctx, { target, dir, debugItemMs, mitogenPingMs });
 * ```
 */
export async function routeRows(
  ctx: CaseContext,
  options: RouteOptions,
): Promise<CaseResult[]> {
  const { target, dir } = options;
  await Deno.mkdir(dir, { recursive: true, mode: 0o700 });
  const control = `${dir}/m`;
  const host = `${target.user}@${target.host}`;
  try {
    await ssh(target, control, [host, "true"]); // opens the master
    const trues: number[] = [];
    for (let i = 0; i < (ctx.quick ? 5 : 30); i++) {
      trues.push((await ssh(target, control, [host, "true"])).ms);
    }
    const module = await loadModule("bench/modules/counter.ts", {
      shebang: `${DENO} run --allow-all`,
    });
    const source = new TextEncoder().encode(module.text);
    const first = await locateOverSsh(target, control, source);
    const locates: number[] = [];
    for (let i = 0; i < (ctx.quick ? 2 : 10); i++) {
      locates.push((await locateOverSsh(target, control, source)).locateMs);
    }
    const daemon = first.daemon;
    const local = `${dir}/d.sock`;
    const forward = await forwardSocket(target, control, daemon.socket, local);
    const request = routedRequest(daemon);
    const count = ctx.quick ? 20 : 300;
    await roundTrips(local, request, 10); // warm-up
    const forwarded: number[] = [];
    const direct: number[] = [];
    let counters: number[] = [];
    for (let rep = 0; rep < (ctx.quick ? 1 : 5); rep++) {
      // Interleaved blocks: forwarded, then the remote socket itself.
      const f = await roundTrips(local, request, count / 5);
      forwarded.push(...f.times);
      counters = f.counters;
      direct.push(
        ...(await roundTrips(daemon.socket, request, count / 5)).times,
      );
    }
    if (!(counters.at(-1)! > counters[0])) {
      throw new Error(`routed tasks did not keep module state: ${counters}`);
    }
    const fwd = median(forwarded);
    const dir0 = median(direct);
    const truesMs = median(trues);
    const locateMs = median(locates);
    const row: CaseResult = {
      id: ROUTE_ROWS[0][0],
      name: ROUTE_ROWS[0][1],
      what:
        "one routed task (protocol 2: run, ready, go, output, exit) over a local socket forwarded to the remote daemon's socket through the ControlMaster, from a long-lived client",
      value: round2(fwd),
      unit: "ms",
      status: "REF",
      summary: summarize(forwarded),
      note: `remote socket directly ${
        round2(dir0)
      } ms; once per host: locate over ssh ${
        Math.round(locateMs)
      } ms (first, with the daemon start: ${
        Math.round(first.locateMs)
      } ms), module upload ${Math.round(first.uploadMs)} ms, ssh -O forward ${
        Math.round(forward.ms)
      } ms; a bare \`ssh true\` over the master ${
        round2(truesMs)
      } ms; forwarded socket mode 0${forward.mode.toString(8)}`,
      details: {
        forwarded_ms: summarize(forwarded),
        direct_ms: summarize(direct),
        locate_ms: summarize(locates),
        locate_first_ms: Math.round(first.locateMs),
        upload_ms: Math.round(first.uploadMs),
        forward_ms: Math.round(forward.ms),
        ssh_true_ms: summarize(trues),
        forwarded_socket_mode: `0${forward.mode.toString(8)}`,
        debug_item_ms: options.debugItemMs,
        mitogen_ping_item_ms: options.mitogenPingMs,
      },
    };
    return [row, await routedRow(ctx, options)];
  } finally {
    await runProcess("ssh", [...sshArgs(target, control), "-O", "exit", host], {
      cwd: "/",
      env: { PATH: "/usr/bin:/bin" },
    }).catch(() => {});
  }
}

/**
 * Routed tasks through Ansible itself: `turbo_counter` routed to the action
 * plugin `ansible_turbo.deno.turbo`, which locates the remote daemon and
 * forwards a socket to it through Ansible's ControlMaster, then sends each
 * task over it; against `debug` (Ansible's own per-item floor) and
 * Mitogen's `ping`, interleaved, stock linear strategy.
 */
async function routedRow(
  ctx: CaseContext,
  options: RouteOptions,
): Promise<CaseResult> {
  const { project, count, setup } = options;
  // The module routed to the plugin by an action plugin of its name.
  const plugins = `${options.dir}/action_plugins`;
  await Deno.mkdir(plugins);
  await Deno.writeTextFile(
    `${plugins}/turbo_counter.py`,
    "from ansible_collections.ansible_turbo.deno.plugins.action.turbo import ActionModule  # noqa: F401\n",
  );
  const actions = {
    routed: "turbo_counter: {}",
    debug: "ansible.builtin.debug: {msg: item}",
  };
  type Run = { variant: "base" | keyof typeof actions; shape: Shape };
  const runs: Run[] = [];
  for (const variant of Object.keys(actions) as (keyof typeof actions)[]) {
    for (const shape of ["loop", "tasks"] as const) {
      runs.push({ variant, shape });
    }
  }
  const name = (r: Run) => `route_${r.variant}_${r.shape}`;
  const size = (shape: Shape) =>
    shape === "loop" ? count.loop : shape === "tasks" ? count.tasks : 0;
  for (const run of runs) {
    await Deno.writeTextFile(
      `${project.dir}/${name(run)}.yml`,
      playbookYaml({
        hosts: "target",
        action: run.variant === "base" ? null : actions[run.variant],
        shape: run.shape,
        count: size(run.shape),
        setup,
        environment: "{ANSIBLE_TURBO_LOOKUP_TTL: '600'}",
      }),
    );
  }
  let last = 0;
  const stateKept: ResultCheck = (r) => {
    // A route refused takes the stock path, with a warning.
    if (r.warnings) return `warned: ${r.warnings}`;
    const counter = Number(r.counter);
    if (!(counter > last)) {
      return `counter ${r.counter} after ${last}: module state lost`;
    }
    last = counter;
    return undefined;
  };
  const play = (run: Run) =>
    runPlaybook(project, name(run), {
      shape: run.shape,
      count: size(run.shape),
      check: run.variant === "routed" ? stateKept : undefined,
      env: {
        ANSIBLE_ACTION_PLUGINS: plugins,
        ANSIBLE_COLLECTIONS_PATH: ROOT,
      },
    });
  for (const run of runs) await play(run); // warm-up
  const walls = new Map<string, number[]>(runs.map((r) => [name(r), []]));
  const spans = new Map<string, number[]>(runs.map((r) => [name(r), []]));
  const rounds = ctx.quick ? 1 : 3;
  for (let round = 0; round < rounds; round++) {
    for (const run of shuffled(runs, ctx.random)) {
      const sample = await play(run);
      walls.get(name(run))!.push(sample.ms);
      spans.get(name(run))!.push(sample.spanMs);
    }
    ctx.log(`  ssh routed round ${round + 1}/${rounds}`);
  }
  const per = (variant: string, shape: "loop" | "tasks") =>
    median(spans.get(`route_${variant}_${shape}`)!) / size(shape);
  const item = per("routed", "loop");
  const debugItem = per("debug", "loop");
  const target = {
    text: "≤ Mitogen's ping per loop item",
    actual: item,
    limit: options.mitogenPingMs,
    compare: "<=" as const,
    shown: `${(item / options.mitogenPingMs).toFixed(2)} × Mitogen ping`,
  };
  return {
    id: ROUTE_ROWS[1][0],
    name: ROUTE_ROWS[1][1],
    what:
      `our turbo counter over SSH routed to the action plugin ansible_turbo.deno.turbo (a socket forwarded over Ansible's ControlMaster to the remote daemon, stock linear strategy), per item of a ${count.loop}-item loop`,
    value: round2(item),
    unit: "ms",
    status: Number.isFinite(options.mitogenPingMs)
      ? (item <= options.mitogenPingMs ? "PASS" : "MISS")
      : "REF",
    target: Number.isFinite(options.mitogenPingMs) ? target : undefined,
    note: `debug ${
      round2(debugItem)
    } ms per item in the same rounds (routed − debug: ${
      round2(item - debugItem)
    } ms); per task: routed ${round2(per("routed", "tasks"))} ms, debug ${
      round2(per("debug", "tasks"))
    } ms; Mitogen ping ${round2(options.mitogenPingMs)} ms per item`,
    details: {
      rounds,
      playbook_wall_ms: Object.fromEntries(
        [...walls].map(([key, values]) => [key, summarize(values)]),
      ),
    },
  };
}
