/**
 * The Ansible cases, all with one `ansible-playbook` (`connection: local`)
 * in one run, variants interleaved in a seeded random order per round:
 *
 * - per item of an N-item loop and per task of N separate tasks, of
 *   `debug`, `ping`, our counter module plain and turbo (the process path:
 *   Ansible runs a module process, which hands the task to the daemon),
 *   zero-spawn (the action plugin `ansible_turbo.deno.turbo`, which talks
 *   to the daemon without a module process) and `cloud.common.turbo_demo`:
 *   the time from the first timed task's start to the last one's end, as
 *   the `json` callback stamps them (the playbook's own start and end,
 *   which vary far more than a task, left out), median of the rounds, / N;
 * - `slow_init`, N tasks plain, turbo and zero-spawn (each starting with no
 *   daemon), against the same playbook with `debug` in its place: the
 *   modules' share of the wall time, since Ansible's own per-task cost is a
 *   floor no module can go under.
 *
 * The project (playbooks, inventory, ansible.cfg, modules) is generated in
 * the workspace, whose remote_tmp directories hold every daemon.
 *
 * @module
 */

import { processesMentioning } from "../_test_harness.ts";
import type { Area } from "./_harness.ts";
import {
  type AnsibleProject,
  findAnsiblePlaybook,
  PlaybookHungError,
  type PlaybookRun,
  playbookYaml,
  type ResultCheck,
  runPlaybook,
  type Shape,
  shebangInterpreter,
  writeProject,
} from "./_playbooks.ts";
import { median, shuffled, summarize } from "./_stats.ts";
import {
  type CaseContext,
  type CaseResult,
  judge,
  skippedRows,
} from "./_types.ts";
import { zeroSpawnAction } from "./_zero_spawn.ts";

const TURBO_DEMO =
  "/usr/lib/python3/dist-packages/ansible_collections/cloud/common/plugins/modules/turbo_demo.py";

type Variant = "debug" | "ping" | "plain" | "turbo" | "zero_spawn" | "demo";

/** How each variant is shown in the tables. */
export const VARIANT_NAMES: Record<Variant, string> = {
  debug: "`debug`",
  ping: "`ping` (Python)",
  plain: "TypeScript, plain",
  turbo: "TypeScript, turbo (process path)",
  zero_spawn: "TypeScript, zero-spawn",
  demo: "cloud.common `turbo_demo`",
};

/** A counter that the daemon keeps: above 1 once warm, in every result. */
const warmCounter: ResultCheck = (r) =>
  typeof r.counter === "number" && r.counter > 1
    ? (r.warnings ? `warned: ${r.warnings}` : undefined)
    : `counter ${r.counter}: not served by a warm daemon (${r.msg ?? ""}${
      r.warnings ?? ""
    })`;

/** A counter that starts again in every process: always 1. */
const ownProcess: ResultCheck = (r) =>
  r.counter === 1 ? undefined : `counter ${r.counter}: not its own process`;

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** What both Ansible cases share: the project and its checks. */
async function project(
  ctx: CaseContext,
  area: Area,
  ansiblePlaybook: string,
): Promise<AnsibleProject> {
  const python = await shebangInterpreter(ansiblePlaybook);
  return await writeProject(`${area.dir}/play`, ansiblePlaybook, {
    inventory:
      `localhost ansible_connection=local ansible_python_interpreter=${python}\n`,
    config: { defaults: [`remote_tmp = ${area.remoteTmp}`] },
    modules: {
      turbo_counter: { path: "bench/modules/counter.ts" },
      plain_counter: { path: "bench/modules/counter.ts", plain: true },
      slow_init: { path: "examples/slow_init.ts" },
      slow_init_plain: { path: "examples/slow_init.ts", plain: true },
    },
    env: ctx.ws.env,
  });
}

/** The ids and names of {@linkcode ansibleCases}' rows, in order. */
export const ANSIBLE_ROWS: [string, string][] = [
  ["ansible_loop", "Ansible loop, zero-spawn"],
  ["ansible_loop_debug", "Ansible loop, zero-spawn vs debug"],
  ["ansible", "Ansible tasks, turbo"],
  ["ansible_slow_init", "Ansible slow_init, zero-spawn"],
];

/**
 * Every Ansible case: the loop/tasks matrix and slow_init.
 *
 * @example
 * ```ts ignore
 * import { ansibleCases } from "./_ansible.ts";
 * const rows = await ansibleCases(ctx);
 * ```
 */
export async function ansibleCases(ctx: CaseContext): Promise<CaseResult[]> {
  const ansiblePlaybook = await findAnsiblePlaybook();
  if (!ansiblePlaybook) {
    return skippedRows(ANSIBLE_ROWS, "ansible-playbook is not installed");
  }
  try {
    await Deno.stat(TURBO_DEMO);
  } catch {
    return skippedRows(
      ANSIBLE_ROWS,
      "cloud.common is not installed (Debian's ansible package brings it)",
    );
  }
  const area = await ctx.ws.area("ans");
  const proj = await project(ctx, area, ansiblePlaybook);
  try {
    const matrix = await matrixRows(ctx, proj, area);
    const slow = await slowInitRow(ctx, proj);
    return [...matrix, slow];
  } finally {
    await ctx.ws.stopDaemons(area);
  }
}

/** Per-item and per-task times of every variant, and the rows judged on them. */
async function matrixRows(
  ctx: CaseContext,
  proj: AnsibleProject,
  area: Area,
): Promise<CaseResult[]> {
  const count: Record<Shape, number> = ctx.quick
    ? { loop: 4, tasks: 3, empty: 0 }
    : { loop: 40, tasks: 20, empty: 0 };
  const rounds = ctx.quick ? 1 : 5;
  const zero = await zeroSpawnAction(proj, "turbo_counter", "{}");
  const actions: Partial<Record<Variant, string>> = {
    debug: "ansible.builtin.debug: {msg: item}",
    ping: "ansible.builtin.ping: {}",
    plain: "plain_counter: {}",
    turbo: "turbo_counter: {}",
    demo: "cloud.common.turbo_demo: {}",
  };
  if ("action" in zero) actions.zero_spawn = zero.action;
  const checks: Partial<Record<Variant, ResultCheck>> = {
    plain: ownProcess,
    turbo: warmCounter,
    zero_spawn: warmCounter,
    demo: warmCounter,
  };
  const variants = Object.keys(actions) as Variant[];
  const runs: { variant: Variant | "empty"; shape: Shape }[] = [
    { variant: "empty", shape: "empty" },
  ];
  for (const variant of variants) {
    for (const shape of ["loop", "tasks"] as const) {
      runs.push({ variant, shape });
    }
  }
  const name = (r: { variant: string; shape: Shape }) =>
    r.shape === "empty" ? "empty" : `${r.variant}_${r.shape}`;
  for (const run of runs) {
    await Deno.writeTextFile(
      `${proj.dir}/${name(run)}.yml`,
      playbookYaml({
        hosts: "localhost",
        action: run.shape === "empty" ? null : actions[run.variant as Variant]!,
        shape: run.shape,
        count: count[run.shape],
      }),
    );
  }
  // Every run is bounded: generously, from its own warm-up. cloud.common's
  // client waits on its server without a deadline, and under load it was
  // seen to wait for ever (the original's flaw): a stuck turbo_demo run is
  // stopped with its server and run again. A hang of ours fails the case.
  const warmMs = new Map<string, number>();
  let demoHangs = 0;
  const play = async (
    run: { variant: Variant | "empty"; shape: Shape },
    warmUp = false,
  ): Promise<PlaybookRun> => {
    const bound = warmUp
      ? WARM_UP_BOUND_MS
      : Math.max(MIN_BOUND_MS, 20 * (warmMs.get(name(run)) ?? 0));
    try {
      const sample = await runPlaybook(proj, name(run), {
        shape: run.shape,
        count: count[run.shape],
        // The warm-up starts the daemons: its first counters are 1.
        check: run.variant === "empty" || warmUp
          ? undefined
          : checks[run.variant],
        signal: AbortSignal.timeout(bound),
      });
      if (warmUp) warmMs.set(name(run), sample.ms);
      return sample;
    } catch (error) {
      const retry = error instanceof PlaybookHungError &&
        run.variant === "demo" && demoHangs < MAX_DEMO_HANGS;
      if (!retry) throw error;
      demoHangs++;
      ctx.log(`  ${error.message}: cloud.common's client hung; run again`);
      await stopCloudCommon(area);
      // A new server counts from 1 again: warm it up unchecked.
      if (!warmUp) await play(run, true);
      return await play(run, warmUp);
    }
  };
  // Warm-up: starts every daemon and fills Deno's caches; untimed.
  for (const run of runs) await play(run, true);
  const daemons = await daemonKinds(area);
  const walls = new Map<string, number[]>(runs.map((r) => [name(r), []]));
  const spans = new Map<string, number[]>(runs.map((r) => [name(r), []]));
  for (let round = 0; round < rounds; round++) {
    for (const run of shuffled(runs, ctx.random)) {
      const sample = await play(run);
      walls.get(name(run))!.push(sample.ms);
      spans.get(name(run))!.push(sample.spanMs);
    }
    ctx.log(`  ansible round ${round + 1}/${rounds}`);
  }
  const after = await daemonKinds(area);
  const restarted = after.python !== daemons.python && demoHangs === 0;
  if (after.deno !== daemons.deno || restarted) {
    throw new Error(
      `the daemons changed during the case: ${JSON.stringify(daemons)} then ${
        JSON.stringify(after)
      }`,
    );
  }
  const emptyMs = median(walls.get("empty")!);
  const per = (variant: Variant, shape: "loop" | "tasks") =>
    spans.has(`${variant}_${shape}`)
      ? median(spans.get(`${variant}_${shape}`)!) / count[shape]
      : NaN;
  const table = variants.map((variant) => ({
    variant: VARIANT_NAMES[variant],
    loop: round1(per(variant, "loop")),
    tasks: round1(per(variant, "tasks")),
  }));
  const details = {
    loop_items: count.loop,
    tasks: count.tasks,
    rounds,
    empty_playbook_ms: summarize(walls.get("empty")!),
    matrix: {
      title:
        `Ansible (connection: local), ms per loop item (${count.loop}-item loop) and per task (${count.tasks} tasks): first timed task's start to last one's end / N`,
      columns: ["per loop item", "per separate task"],
      reference: VARIANT_NAMES.turbo,
      rows: table.map((row) => ({
        name: row.variant,
        values: [row.loop, row.tasks],
      })),
    },
    cloud_common_hangs: demoHangs,
    playbook_wall_ms: Object.fromEntries(
      [...walls].map(([key, values]) => [key, summarize(values)]),
    ),
  };
  const turboItem = per("turbo", "loop");
  const debugItem = per("debug", "loop");
  const zeroItem = per("zero_spawn", "loop");
  const figures = `debug ${round1(debugItem)}, turbo (process path) ${
    round1(turboItem)
  }, plain ${round1(per("plain", "loop"))}, turbo_demo ${
    round1(per("demo", "loop"))
  } ms per item`;
  const loopWhat =
    `zero-spawn per item of a ${count.loop}-item loop (the loop task's time / ${count.loop})`;
  const rows: CaseResult[] = [];
  if ("skip" in zero) {
    const [[loopId, loopName], [debugId, debugName]] = ANSIBLE_ROWS;
    rows.push(
      {
        id: loopId,
        name: loopName,
        what: loopWhat,
        value: null,
        unit: "ms",
        status: "SKIP",
        note: `${zero.skip}; ${figures}`,
      },
      {
        id: debugId,
        name: debugName,
        what: "zero-spawn loop item minus debug loop item",
        value: null,
        unit: "ms",
        status: "SKIP",
        note: zero.skip,
      },
    );
  } else {
    const ratio = zeroItem / turboItem;
    const target = {
      text: "≤ 0.05 × process path",
      actual: ratio,
      limit: 0.05,
      compare: "<=" as const,
      shown: `${ratio.toFixed(3)} × process path`,
    };
    rows.push({
      id: ANSIBLE_ROWS[0][0],
      name: ANSIBLE_ROWS[0][1],
      what: loopWhat,
      value: round1(zeroItem),
      unit: "ms",
      status: judge(target),
      target,
      note: figures,
    });
    const gap = zeroItem - debugItem;
    const gapTarget = {
      text: "≤ debug item + 2 ms",
      actual: gap,
      limit: 2,
      compare: "<=" as const,
      shown: `debug + ${gap.toFixed(1)} ms`,
    };
    rows.push({
      id: ANSIBLE_ROWS[1][0],
      name: ANSIBLE_ROWS[1][1],
      what: "zero-spawn loop item minus debug loop item",
      value: round1(gap),
      unit: "ms",
      status: judge(gapTarget),
      target: gapTarget,
      note: `zero-spawn ${round1(zeroItem)} ms, debug ${
        round1(debugItem)
      } ms per item`,
    });
  }
  const ours = per("turbo", "tasks");
  const demo = per("demo", "tasks");
  const target = {
    text: "ours ≤ 0.4 × cloud.common's",
    actual: ours / demo,
    limit: 0.4,
    compare: "<=" as const,
    shown: `${(ours / demo).toFixed(2)} × turbo_demo`,
  };
  rows.push({
    id: ANSIBLE_ROWS[2][0],
    name: ANSIBLE_ROWS[2][1],
    what:
      `turbo counter (process path) per task of ${count.tasks} separate tasks vs cloud.common.turbo_demo (first task's start to last task's end / ${count.tasks})`,
    value: round1(ours),
    unit: "ms",
    status: judge(target),
    target,
    note: `turbo_demo ${round1(demo)}, ping ${
      round1(per("ping", "tasks"))
    }, plain ${round1(per("plain", "tasks"))}, debug ${
      round1(per("debug", "tasks"))
    } ms per task; empty playbook ${
      Math.round(emptyMs)
    } ms (${await versionLine(
      proj.ansiblePlaybook,
    )})${
      demoHangs
        ? `; cloud.common's client hung ${demoHangs} time(s) and was run again`
        : ""
    }`,
    details,
  });
  return rows;
}

/**
 * slow_init through ansible-playbook: N tasks plain, turbo and zero-spawn
 * (turbo and zero-spawn start with no daemon: a fresh remote_tmp per run),
 * against the same N tasks as `debug`.
 */
async function slowInitRow(
  ctx: CaseContext,
  proj: AnsibleProject,
): Promise<CaseResult> {
  const tasks = ctx.quick ? 3 : 20;
  const rounds = ctx.quick ? 1 : 3;
  const { startAuthServer } = await import("../examples/_auth_server.ts");
  await using server = startAuthServer({ delayMs: 300 });
  const args = `{auth_url: "${server.url}", username: bench, password: s3cret}`;
  const zero = await zeroSpawnAction(proj, "slow_init", args);
  const actions: Record<string, string> = {
    debug: "ansible.builtin.debug: {msg: nothing}",
    plain: `slow_init_plain: ${args}`,
    turbo: `slow_init: ${args}`,
  };
  if ("action" in zero) actions.zero_spawn = zero.action;
  const authenticated = (first: boolean): ResultCheck => (r, i) =>
    r.authenticated_now === (first ? i === 0 : true)
      ? undefined
      : `authenticated_now is ${r.authenticated_now} on task ${i + 1}`;
  const checks: Record<string, ResultCheck | undefined> = {
    plain: authenticated(false),
    turbo: authenticated(true),
    zero_spawn: authenticated(true),
  };
  for (const [variant, action] of Object.entries(actions)) {
    await Deno.writeTextFile(
      `${proj.dir}/slow_${variant}.yml`,
      playbookYaml({
        hosts: "localhost",
        action,
        shape: "tasks",
        count: tasks,
      }),
    );
  }
  const play = async (variant: string) => {
    // Turbo and zero-spawn start with no daemon: a remote_tmp of their own,
    // short enough that the daemon's socket stays below it (and so inside
    // the workspace's cleanup) rather than moving to /tmp.
    const area = await ctx.ws.area("s");
    try {
      return await runPlaybook(proj, `slow_${variant}`, {
        shape: "tasks",
        count: tasks,
        check: checks[variant],
        args: ["-e", `ansible_remote_tmp=${area.remoteTmp}`],
      });
    } finally {
      await ctx.ws.stopDaemons(area);
    }
  };
  // Warm-up: fills Deno's caches with the SDK's compiled code.
  for (const variant of Object.keys(actions)) await play(variant);
  const walls: Record<string, number[]> = {};
  for (const variant of Object.keys(actions)) walls[variant] = [];
  for (let round = 0; round < rounds; round++) {
    for (const variant of shuffled(Object.keys(actions), ctx.random)) {
      walls[variant].push((await play(variant)).ms);
    }
    ctx.log(`  ansible slow_init round ${round + 1}/${rounds}`);
  }
  const debugMs = median(walls.debug);
  const share = (variant: string) =>
    walls[variant] ? median(walls[variant]) - debugMs : NaN;
  const plainShare = share("plain");
  const turboShare = share("turbo");
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const base: CaseResult = {
    id: ANSIBLE_ROWS[3][0],
    name: ANSIBLE_ROWS[3][1],
    what:
      `slow_init, ${tasks} tasks through ansible-playbook, each run starting with no daemon: the modules' share of the wall time (playbook − the same playbook with debug), plain / zero-spawn`,
    value: null,
    unit: "×",
    status: "SKIP",
    details: {
      tasks,
      rounds,
      playbook_wall_ms: Object.fromEntries(
        Object.entries(walls).map(([k, v]) => [k, summarize(v)]),
      ),
      module_share_ms: {
        plain: Math.round(plainShare),
        turbo: Math.round(turboShare),
        zero_spawn: Math.round(share("zero_spawn")),
      },
    },
  };
  const figures = `modules' share: plain ${s(plainShare)}, turbo ${
    s(turboShare)
  } (${(plainShare / turboShare).toFixed(1)} ×); ${tasks} × debug ${
    s(debugMs)
  }`;
  if ("skip" in zero) return { ...base, note: `${zero.skip}; ${figures}` };
  const zeroShare = share("zero_spawn");
  const speedup = plainShare / zeroShare;
  const target = {
    text: "zero-spawn ≥ 20 × faster than plain (modules' share)",
    actual: speedup,
    limit: 20,
    compare: ">=" as const,
    shown: `${speedup.toFixed(1)} × faster`,
  };
  return {
    ...base,
    value: round1(speedup),
    status: judge(target),
    target,
    note: `zero-spawn ${s(zeroShare)}; ${figures}`,
  };
}

/** A warm-up run's bound: a first run starts daemons and compiles. */
const WARM_UP_BOUND_MS = 180_000;
/** The least bound of a timed run; else 20 times its warm-up. */
const MIN_BOUND_MS = 60_000;
/** How many hung turbo_demo runs are run again before the case fails. */
const MAX_DEMO_HANGS = 3;

/** Kills cloud.common's server and module processes under the area, and its socket. */
async function stopCloudCommon(area: Area): Promise<void> {
  const theirs = async () => {
    const pids: number[] = [];
    for (const pid of await processesMentioning(area.remoteTmp)) {
      const cmdline = await Deno.readTextFile(`/proc/${pid}/cmdline`).catch(
        () => "",
      );
      if (/turbo\.server|turbo_demo/.test(cmdline)) pids.push(pid);
    }
    return pids;
  };
  for (const pid of await theirs()) {
    try {
      Deno.kill(pid, "SIGKILL");
    } catch { /* already gone */ }
  }
  const deadline = Date.now() + 10_000;
  while ((await theirs()).length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await Deno.remove(`${area.remoteTmp}/turbo_mode.cloud.common.socket`)
    .catch(() => {});
}

/** Pids of our daemon and of cloud.common's server under the area. */
async function daemonKinds(
  area: Area,
): Promise<{ deno?: number; python?: number }> {
  const found: { deno?: number; python?: number } = {};
  for (const pid of await processesMentioning(area.remoteTmp)) {
    const cmdline = await Deno.readTextFile(`/proc/${pid}/cmdline`).catch(
      () => "",
    );
    if (cmdline.includes("--ansible-turbo-daemon")) found.deno = pid;
    else if (cmdline.includes("turbo.server")) found.python = pid;
  }
  return found;
}

/**
 * The first line of `ansible-playbook --version`.
 *
 * @example
 * ```ts ignore
 * import { versionLine } from "./_ansible.ts";
 * console.log(await versionLine("/usr/bin/ansible-playbook"));
 * ```
 */
export async function versionLine(ansiblePlaybook: string): Promise<string> {
  const run = await new Deno.Command(ansiblePlaybook, {
    args: ["--version"],
    stdout: "piped",
    stderr: "null",
  }).output();
  return new TextDecoder().decode(run.stdout).split("\n")[0].trim();
}
