/**
 * The SSH cases: the same loop/tasks matrix as the local Ansible case, over
 * a real sshd on 127.0.0.1 (a private one, see `_sshd.ts`), with Ansible's
 * stock `ssh` connection (ControlMaster/ControlPersist as Ansible sets them)
 * and under Mitogen's `mitogen_linear` strategy, the anchor over SSH; where
 * a stock task's time goes (every remote command of a loop item, from
 * `-vvv` timestamps); and the measured parts of the design of `SSH.md`
 * (`_ssh_route.ts`).
 *
 * Every playbook first runs `ping` (opening the connection, or bootstrapping
 * Mitogen) and one turbo task (starting the remote daemon), untimed; the
 * time from the first timed task's start to the last one's end (the `json`
 * callback's stamps) / N is the steady per-item (per-task) cost.
 *
 * @module
 */

import type { Area } from "./_harness.ts";
import {
  type AnsibleProject,
  findAnsiblePlaybook,
  playbookYaml,
  type ResultCheck,
  runPlaybook,
  type Shape,
  writeProject,
} from "./_playbooks.ts";
import {
  MITOGEN_STRATEGIES,
  mitogenUnavailable,
  type SshTarget,
  sshUnavailable,
  startSshd,
} from "./_sshd.ts";
import { ROUTE_ROWS, routeRows } from "./_ssh_route.ts";
import { median, shuffled, summarize } from "./_stats.ts";
import { type CaseContext, type CaseResult, skippedRows } from "./_types.ts";

type Variant = "debug" | "ping" | "plain" | "turbo";
type Strategy = "stock" | "mitogen";

const ACTIONS: Record<Variant, string> = {
  debug: "ansible.builtin.debug: {msg: item}",
  ping: "ansible.builtin.ping: {}",
  plain: "plain_counter: {}",
  turbo: "turbo_counter: {}",
};

const NAMES: Record<Variant, string> = {
  debug: "`debug`",
  ping: "`ping` (Python)",
  plain: "TypeScript, plain",
  turbo: "TypeScript, turbo",
};

/** Untimed by the subtraction: the connection (or Mitogen) and the daemon are up. */
const SETUP = ["ansible.builtin.ping: {}", "turbo_counter: {}"];

const STRATEGY_NAMES: Record<Strategy, string> = {
  stock: "stock ssh",
  mitogen: "Mitogen",
};

/** The ids and names of {@linkcode sshCases}' rows, in order. */
export const SSH_ROWS: [string, string][] = [
  ["ssh", "SSH, turbo"],
  ["ssh_mitogen", "SSH under Mitogen, turbo"],
  ["ssh_breakdown", "SSH, where a turbo item goes"],
  ...ROUTE_ROWS,
];

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The pid a counter module's message names: the process that ran main(). */
function pidOf(result: Record<string, unknown>): number {
  return Number(/PID: (\d+)/.exec(String(result.message))?.[1] ?? NaN);
}

/** No fallback: a turbo module that could not reach its daemon warns. */
const noFallback: ResultCheck = (r) =>
  r.warnings ? `warned: ${r.warnings}` : undefined;

const ownProcess: ResultCheck = (r) =>
  r.counter === 1 ? undefined : `counter ${r.counter}: not its own process`;

/**
 * Writes the SSH project: an inventory of the private sshd's user with its
 * key, Ansible's default ControlMaster/ControlPersist options and a control
 * path directory of the run's own.
 */
async function sshProject(
  ctx: CaseContext,
  area: Area,
  target: SshTarget,
  ansiblePlaybook: string,
): Promise<AnsibleProject> {
  const common = [
    `-o UserKnownHostsFile=${target.knownHosts}`,
    "-o StrictHostKeyChecking=yes",
    "-o IdentitiesOnly=yes",
  ].join(" ");
  return await writeProject(`${area.dir}/play`, ansiblePlaybook, {
    inventory: [
      `target ansible_host=${target.host} ansible_port=${target.port}`,
      `ansible_user=${target.user} ansible_ssh_private_key_file=${target.key}`,
      `ansible_python_interpreter=/usr/bin/python3`,
      `ansible_ssh_common_args='${common}'\n`,
    ].join(" "),
    config: {
      ssh_connection: [
        `control_path_dir = ${target.controlDir}`,
        "ssh_args = -C -o ControlMaster=auto -o ControlPersist=60s",
      ],
    },
    modules: {
      turbo_counter: { path: "bench/modules/counter.ts" },
      plain_counter: { path: "bench/modules/counter.ts", plain: true },
    },
    env: ctx.ws.env,
  });
}

/**
 * Every SSH case; SKIP rows with the reason when this machine cannot run a
 * private sshd (not root, openssh-server missing) or Ansible is missing.
 *
 * @example
 * ```ts ignore
 * import { sshCases } from "./_ssh.ts";
 * const rows = await sshCases(ctx);
 * ```
 */
export async function sshCases(ctx: CaseContext): Promise<CaseResult[]> {
  const ansiblePlaybook = await findAnsiblePlaybook();
  if (!ansiblePlaybook) {
    return skippedRows(SSH_ROWS, "ansible-playbook is not installed");
  }
  const missing = await sshUnavailable();
  if (missing) return skippedRows(SSH_ROWS, missing);
  const area = await ctx.ws.area("ssh");
  await using target = await startSshd(`${area.dir}/sshd`);
  // Also when the run is interrupted: the test user must not outlive it.
  ctx.ws.onCleanup(() => target.stop());
  const proj = await sshProject(ctx, area, target, ansiblePlaybook);
  const noMitogen = await mitogenUnavailable();
  const strategies: Strategy[] = noMitogen ? ["stock"] : ["stock", "mitogen"];
  const matrix = await measureMatrix(ctx, proj, strategies);
  const rows = matrixRows(matrix, strategies, noMitogen);
  rows.push(await breakdownRow(ctx, proj, target));
  rows.push(
    ...await routeRows(ctx, {
      target,
      dir: `${area.dir}/route`,
      debugItemMs: matrix.per("stock", "debug", "loop"),
      mitogenPingMs: matrix.per("mitogen", "ping", "loop"),
      project: proj,
      count: matrix.count,
      setup: SETUP,
    }),
  );
  return rows;
}

interface MatrixFigures {
  count: Record<Shape, number>;
  rounds: number;
  walls: Map<string, number[]>;
  /** Steady per-item (per-task) ms of a variant under a strategy. */
  per(strategy: Strategy, variant: Variant, shape: "loop" | "tasks"): number;
  /** The counters Mitogen's turbo items returned. */
  mitogenCounters: number[];
  /** How many daemon processes served them. */
  mitogenDaemons: number;
}

async function measureMatrix(
  ctx: CaseContext,
  proj: AnsibleProject,
  strategies: Strategy[],
): Promise<MatrixFigures> {
  const count: Record<Shape, number> = ctx.quick
    ? { loop: 3, tasks: 2, empty: 0 }
    : { loop: 40, tasks: 20, empty: 0 };
  const rounds = ctx.quick ? 1 : 3;
  const variants = Object.keys(ACTIONS) as Variant[];
  type Run = { variant: Variant; shape: "loop" | "tasks" };
  const runs: Run[] = [];
  for (const variant of variants) {
    for (const shape of ["loop", "tasks"] as const) {
      runs.push({ variant, shape });
    }
  }
  const name = (r: Run) => `${r.variant}_${r.shape}`;
  for (const run of runs) {
    await Deno.writeTextFile(
      `${proj.dir}/${name(run)}.yml`,
      playbookYaml({
        hosts: "target",
        action: ACTIONS[run.variant],
        shape: run.shape,
        count: count[run.shape],
        setup: SETUP,
        // The remote daemon outlives the gaps between its runs.
        environment: "{ANSIBLE_TURBO_LOOKUP_TTL: '600'}",
      }),
    );
  }
  const mitogenCounters: number[] = [];
  const mitogenDaemons = new Set<number>();
  const daemonPids = new Map<Strategy, number>();
  const env = (strategy: Strategy): Record<string, string> =>
    strategy === "mitogen"
      ? {
        ANSIBLE_STRATEGY_PLUGINS: MITOGEN_STRATEGIES,
        ANSIBLE_STRATEGY: "mitogen_linear",
      }
      : {};
  const check = (strategy: Strategy, variant: Variant) => {
    if (variant === "plain") return ownProcess;
    if (variant !== "turbo") return undefined;
    const daemonCheck: ResultCheck = (r, i) => {
      const problem = noFallback(r, i);
      if (problem) return problem;
      const pid = pidOf(r);
      if (strategy === "mitogen") {
        // Recorded, not judged: what Mitogen does to module state is a finding.
        mitogenCounters.push(Number(r.counter));
        mitogenDaemons.add(pid);
        return undefined;
      }
      const known = daemonPids.get(strategy);
      if (known === undefined) daemonPids.set(strategy, pid);
      else if (known !== pid) {
        return `served by process ${pid}, not by the daemon ${known}`;
      }
      if (!(Number(r.counter) > 1)) {
        return `counter ${r.counter}: not the warm daemon`;
      }
      return undefined;
    };
    return daemonCheck;
  };
  const play = (strategy: Strategy, run: Run) =>
    runPlaybook(proj, name(run), {
      shape: run.shape,
      count: count[run.shape],
      env: env(strategy),
      check: check(strategy, run.variant),
    });
  // Warm-up: Deno's caches of the remote user, the daemon, Mitogen's.
  for (const strategy of strategies) {
    await play(strategy, { variant: "turbo", shape: "tasks" });
    await play(strategy, { variant: "plain", shape: "tasks" });
  }
  const walls = new Map<string, number[]>();
  const spans = new Map<string, number[]>();
  const pairs = strategies.flatMap((strategy) =>
    runs.map((run) => ({ strategy, run }))
  );
  for (const { strategy, run } of pairs) {
    walls.set(`${strategy}:${name(run)}`, []);
    spans.set(`${strategy}:${name(run)}`, []);
  }
  for (let round = 0; round < rounds; round++) {
    for (const { strategy, run } of shuffled(pairs, ctx.random)) {
      const sample = await play(strategy, run);
      walls.get(`${strategy}:${name(run)}`)!.push(sample.ms);
      spans.get(`${strategy}:${name(run)}`)!.push(sample.spanMs);
    }
    ctx.log(`  ssh round ${round + 1}/${rounds}`);
  }
  const per = (
    strategy: Strategy,
    variant: Variant,
    shape: "loop" | "tasks",
  ) => {
    const samples = spans.get(`${strategy}:${variant}_${shape}`);
    return samples ? median(samples) / count[shape] : NaN;
  };
  return {
    count,
    rounds,
    walls,
    per,
    mitogenCounters,
    mitogenDaemons: mitogenDaemons.size,
  };
}

function matrixRows(
  figures: MatrixFigures,
  strategies: Strategy[],
  noMitogen: string | undefined,
): CaseResult[] {
  const { count, per } = figures;
  const rows: { name: string; values: number[] }[] = [];
  for (const variant of Object.keys(ACTIONS) as Variant[]) {
    for (const strategy of strategies) {
      rows.push({
        name: `${NAMES[variant]}, ${STRATEGY_NAMES[strategy]}`,
        values: [
          round1(per(strategy, variant, "loop")),
          round1(per(strategy, variant, "tasks")),
        ],
      });
    }
  }
  const details = {
    loop_items: count.loop,
    tasks: count.tasks,
    rounds: figures.rounds,
    matrix: {
      title:
        `SSH to 127.0.0.1, ms per loop item (${count.loop}-item loop) and per task (${count.tasks} tasks): first timed task's start to last one's end / N`,
      columns: ["per loop item", "per separate task"],
      rows,
      reference: strategies.includes("mitogen")
        ? `${NAMES.ping}, ${STRATEGY_NAMES.mitogen}`
        : undefined,
    },
    playbook_wall_ms: Object.fromEntries(
      [...figures.walls].map(([key, values]) => [key, summarize(values)]),
    ),
  };
  const f = (strategy: Strategy, variant: Variant, shape: "loop" | "tasks") =>
    `${round1(per(strategy, variant, shape))} ms`;
  const stock: CaseResult = {
    id: SSH_ROWS[0][0],
    name: SSH_ROWS[0][1],
    what:
      `our turbo counter over Ansible's stock ssh connection (ControlMaster), per item of a ${count.loop}-item loop`,
    value: round1(per("stock", "turbo", "loop")),
    unit: "ms",
    status: "REF",
    note: `per item: ping ${f("stock", "ping", "loop")}, plain ${
      f("stock", "plain", "loop")
    }, debug ${f("stock", "debug", "loop")}; per task: turbo ${
      f("stock", "turbo", "tasks")
    }, ping ${f("stock", "ping", "tasks")}`,
    details,
  };
  if (noMitogen) {
    return [stock, ...skippedRows([SSH_ROWS[1]], noMitogen)];
  }
  const counters = figures.mitogenCounters;
  const stateKept = counters.some((c) => c > 1);
  const mitogen: CaseResult = {
    id: SSH_ROWS[1][0],
    name: SSH_ROWS[1][1],
    what:
      `our turbo counter under Mitogen (mitogen_linear), per item of a ${count.loop}-item loop`,
    value: round1(per("mitogen", "turbo", "loop")),
    unit: "ms",
    status: "REF",
    note: `${
      (per("mitogen", "turbo", "loop") / per("mitogen", "ping", "loop"))
        .toFixed(2)
    } × Mitogen's ping (${f("mitogen", "ping", "loop")} per item; per task ${
      f("mitogen", "ping", "tasks")
    }, ours ${f("mitogen", "turbo", "tasks")}); debug ${
      f("mitogen", "debug", "loop")
    } per item; served by ${figures.mitogenDaemons} daemon process(es)${
      stateKept
        ? ""
        : "; module state is not kept (counter stays 1: Mitogen's per-task module path is imported as a new module)"
    }`,
    details: { mitogen_turbo_counters: counters.slice(0, 50) },
  };
  return [stock, mitogen];
}

/** One remote operation of a task, as `-vvv` logs it. */
interface Op {
  kind: string;
  start: number;
  end: number;
}

/** What each logged remote command is. */
function opKind(command: string): string {
  if (command.includes("sftp ")) return "sftp put";
  if (command.includes("echo ~")) return "echo ~ (home directory)";
  if (command.includes("umask 77 && mkdir")) return "mkdir temp dir";
  if (command.includes("chmod u+x")) return "chmod";
  if (command.includes("rm -f -r")) return "rm -rf temp dir";
  if (command.includes(" -tt ")) return "exec module (-tt)";
  return "other";
}

/**
 * Parses an Ansible log (`log_path`, millisecond timestamps) of `-vvv`
 * output into the remote operations it ran, each from its `SSH: EXEC` line
 * to the line reporting its result.
 *
 * @example
 * ```ts
 * import { parseOps } from "./_ssh.ts";
 * const log = [
 *   "2026-01-01 00:00:00,100 p=1 u=r n=ansible | <h> SSH: EXEC ssh -C h '/bin/sh -c '\"'\"'chmod u+x /t && sleep 0'\"'\"''",
 *   "2026-01-01 00:00:00,112 p=1 u=r n=ansible | <h> (0, b'', b'')",
 * ].join("\n");
 * console.assert(parseOps(log)[0].kind === "chmod" && parseOps(log)[0].end - parseOps(log)[0].start === 12);
 * ```
 */
export function parseOps(log: string): Op[] {
  const ops: Op[] = [];
  let open: Op | undefined;
  for (const line of log.split("\n")) {
    const m = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) .*? \| (.*)$/.exec(
      line,
    );
    if (!m) continue;
    const at = Date.parse(`${m[1].replace(" ", "T")}Z`) + Number(m[2]);
    const text = m[3];
    if (/SSH: EXEC (ssh|sftp)/.test(text)) {
      open = { kind: opKind(text), start: at, end: at };
    } else if (open && /^<[^>]+> \(\d+, b/.test(text)) {
      open.end = at;
      ops.push(open);
      open = undefined;
    }
  }
  return ops;
}

/** The stock turbo loop once more, with `-vvv` into a log: each remote command's time per item. */
async function breakdownRow(
  ctx: CaseContext,
  proj: AnsibleProject,
  target: SshTarget,
): Promise<CaseResult> {
  const items = ctx.quick ? 3 : 40;
  await Deno.writeTextFile(
    `${proj.dir}/breakdown.yml`,
    playbookYaml({
      hosts: "target",
      action: ACTIONS.turbo,
      shape: "loop",
      count: items,
      setup: SETUP,
      environment: "{ANSIBLE_TURBO_LOOKUP_TTL: '600'}",
    }),
  );
  const log = `${proj.dir}/breakdown.log`;
  const run = await runPlaybook(proj, "breakdown", {
    shape: "loop",
    count: items,
    env: { ANSIBLE_LOG_PATH: log },
    args: ["-vvv"],
  });
  const ops = parseOps(await Deno.readTextFile(log));
  // The timed loop's operations are the last 7 per item.
  const perItem = 7;
  const timed = ops.slice(-items * perItem);
  const byKind = new Map<string, number[]>();
  const gaps: number[] = [];
  const itemTimes: number[] = [];
  for (let i = 0; i < items; i++) {
    const item = timed.slice(i * perItem, (i + 1) * perItem);
    for (const [j, op] of item.entries()) {
      const key = op.kind === "sftp put"
        ? `sftp put (${j === 2 ? "module" : "args"})`
        : op.kind;
      if (!byKind.has(key)) byKind.set(key, []);
      byKind.get(key)!.push(op.end - op.start);
      if (j > 0) gaps.push(op.start - item[j - 1].end);
    }
    const next = timed[(i + 1) * perItem];
    if (next) itemTimes.push(next.start - item[0].start);
  }
  const rows = [...byKind].map(([kind, values]) => ({
    name: kind,
    values: [round1(median(values))],
  }));
  const gapMs = median(gaps) * (perItem - 1);
  const opsMs = rows.reduce((sum, r) => sum + r.values[0], 0);
  rows.push({
    name: "controller, between the commands (6 gaps)",
    values: [round1(gapMs)],
  });
  const itemMs = median(itemTimes);
  rows.push({
    name: "whole item, start to next start (with -vvv)",
    values: [round1(itemMs)],
  });
  const exec = median(byKind.get("exec module (-tt)") ?? []);
  return {
    id: SSH_ROWS[2][0],
    name: SSH_ROWS[2][1],
    what:
      `one loop item of our turbo module over stock ssh, split into the remote commands Ansible runs for it (timestamps of -vvv in log_path, median of ${items} items; -vvv itself slows the controller)`,
    value: round1(opsMs),
    unit: "ms",
    status: "REF",
    note: `7 ssh commands per item take ${round1(opsMs)} ms of a ${
      round1(itemMs)
    } ms item; the module process (exec) ${round1(exec)} ms; controller gaps ${
      round1(gapMs)
    } ms (a run of ${Math.round(run.ms)} ms, user ${target.user})`,
    details: {
      items,
      ops_per_item: perItem,
      matrix: {
        title:
          "SSH, where one stock turbo loop item goes (-vvv timestamps, median per item)",
        columns: ["ms"],
        rows,
      },
    },
  };
}
