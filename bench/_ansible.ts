/**
 * The Ansible case: per-task time of a playbook of N tasks of our turbo
 * counter module, of `cloud.common.turbo_demo` (the Python original, from
 * Debian's `ansible` package) and of `ansible.builtin.ping`, against an
 * empty playbook, all with the same ansible-playbook in the same run:
 * per-task time = (median playbook wall − median empty playbook wall) / N.
 *
 * The playbooks, inventory, ansible.cfg and the module (`library/`, with
 * the absolute shebang and `mod.ts` URL a module copied away by Ansible
 * needs) are generated in the benchmark's workspace, whose remote_tmp holds
 * both daemons, so that they are stopped with it.
 *
 * @module
 */

import { processesMentioning } from "../_test_harness.ts";
import {
  type Area,
  DENO,
  loadModule,
  type ProcessRun,
  runProcess,
} from "./_harness.ts";
import { median, shuffled, summarize } from "./_stats.ts";
import { type CaseContext, type CaseResult, judge } from "./_types.ts";

/** The playbooks of the case, by variant. */
const VARIANTS = {
  empty: null,
  ping: "ansible.builtin.ping",
  turbo_demo: "cloud.common.turbo_demo",
  ours: "turbo_counter",
} as const;

type Variant = keyof typeof VARIANTS;

/**
 * The `ansible-playbook` on PATH (or Debian's), or undefined.
 *
 * @example
 * ```ts ignore
 * import { findAnsiblePlaybook } from "./_ansible.ts";
 * console.log(await findAnsiblePlaybook());
 * ```
 */
export async function findAnsiblePlaybook(): Promise<string | undefined> {
  const dirs = (Deno.env.get("PATH") ?? "").split(":").filter(Boolean);
  for (const dir of [...dirs, "/usr/bin"]) {
    const path = `${dir}/ansible-playbook`;
    try {
      const info = await Deno.stat(path);
      if (info.isFile && ((info.mode ?? 0) & 0o111)) return path;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/** The interpreter named by a script's `#!` line (`/usr/bin/python3`). */
async function shebangInterpreter(path: string): Promise<string> {
  const head = (await Deno.readTextFile(path)).slice(0, 200);
  const match = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(head);
  if (!match) return "/usr/bin/python3";
  return match[1].endsWith("/env") && match[2] ? match[2] : match[1];
}

function playbook(module: string | null, tasks: number): string {
  const lines = [
    "- name: ansible-turbo benchmark",
    "  hosts: localhost",
    "  gather_facts: false",
  ];
  if (module === null) {
    lines.push("  tasks: []");
  } else {
    lines.push("  tasks:");
    for (let i = 1; i <= tasks; i++) {
      lines.push(`    - name: task ${i}`, `      ${module}:`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Per-task playbook time of our module, cloud.common.turbo_demo and ping.
 * Skipped, with the reason, when ansible-playbook or cloud.common is missing.
 *
 * @example
 * ```ts ignore
 * import { ansibleCase } from "./_ansible.ts";
 * const result = await ansibleCase(ctx);
 * ```
 */
export async function ansibleCase(ctx: CaseContext): Promise<CaseResult> {
  const tasks = ctx.quick ? 3 : 20;
  const rounds = ctx.quick ? 1 : 5;
  const base: CaseResult = {
    id: "ansible",
    name: "Ansible",
    what:
      `per-task time of a ${tasks}-task playbook: our turbo counter module vs cloud.common.turbo_demo vs ansible.builtin.ping, (playbook − empty playbook) / ${tasks}`,
    value: null,
    unit: "ms",
    status: "SKIP",
  };
  const ansiblePlaybook = await findAnsiblePlaybook();
  if (!ansiblePlaybook) {
    return { ...base, note: "ansible-playbook is not installed" };
  }
  const python = await shebangInterpreter(ansiblePlaybook);
  const area = await ctx.ws.area("ans");
  const play = `${area.dir}/play`;
  await Deno.mkdir(`${play}/library`, { recursive: true });
  const module = await loadModule("bench/modules/counter.ts", {
    shebang: `${DENO} run --allow-all`,
  });
  await Deno.writeTextFile(`${play}/library/turbo_counter.ts`, module.text, {
    mode: 0o755,
  });
  await Deno.writeTextFile(
    `${play}/inventory`,
    `localhost ansible_connection=local ansible_python_interpreter=${python}\n`,
  );
  await Deno.writeTextFile(
    `${play}/ansible.cfg`,
    [
      "[defaults]",
      "inventory = inventory",
      `remote_tmp = ${area.remoteTmp}`,
      `local_tmp = ${area.dir}/local_tmp`,
      "retry_files_enabled = False",
      "host_key_checking = False",
      "gathering = explicit",
      "",
    ].join("\n"),
  );
  for (const [variant, name] of Object.entries(VARIANTS)) {
    await Deno.writeTextFile(`${play}/${variant}.yml`, playbook(name, tasks));
  }
  const env = {
    ...ctx.ws.env,
    ANSIBLE_CONFIG: `${play}/ansible.cfg`,
    ANSIBLE_NOCOLOR: "1",
    ANSIBLE_FORCE_COLOR: "0",
  };
  const runPlaybook = async (variant: Variant): Promise<ProcessRun> => {
    const run = await runProcess(ansiblePlaybook, [`${variant}.yml`], {
      cwd: play,
      env,
    });
    const recap =
      /localhost\s*:\s*ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)/
        .exec(run.stdout);
    const expected = variant === "empty" ? 0 : tasks;
    const changed = variant === "ours" || variant === "turbo_demo" ? tasks : 0;
    const fine = run.code === 0 &&
      (variant === "empty"
        ? !recap || Number(recap[1]) === 0
        : recap !== null && Number(recap[1]) === expected &&
          Number(recap[2]) === changed && Number(recap[4]) === 0);
    if (!fine) {
      const output = `${run.stdout}\n${run.stderr}`;
      const unresolved = /couldn't resolve module\/action '([^']+)'/.exec(
        output,
      );
      if (unresolved) throw new MissingModule(unresolved[1]);
      throw new Error(
        `ansible-playbook ${variant}.yml failed (exit code ${run.code}):\n${
          output.slice(-3000)
        }`,
      );
    }
    return run;
  };
  // Warm-up: starts both daemons, fills caches.
  try {
    for (const variant of Object.keys(VARIANTS) as Variant[]) {
      await runPlaybook(variant);
    }
  } catch (error) {
    if (error instanceof MissingModule) {
      await ctx.ws.stopDaemons(area);
      return {
        ...base,
        note:
          `${error.module} is not installed (Debian's ansible package brings cloud.common)`,
      };
    }
    throw error;
  }
  const daemons = await daemonKinds(area);
  if (!daemons.deno || !daemons.python) {
    throw new Error(
      `after the warm-up, expected our daemon and cloud.common's under ${area.remoteTmp}; found ${
        JSON.stringify(daemons)
      }`,
    );
  }
  const walls: Record<Variant, number[]> = {
    empty: [],
    ping: [],
    turbo_demo: [],
    ours: [],
  };
  for (let round = 0; round < rounds; round++) {
    for (
      const variant of shuffled(Object.keys(VARIANTS) as Variant[], ctx.random)
    ) {
      walls[variant].push((await runPlaybook(variant)).ms);
    }
    ctx.log(`  ansible round ${round + 1}/${rounds}`);
  }
  const after = await daemonKinds(area);
  await ctx.ws.stopDaemons(area);
  if (after.deno !== daemons.deno || after.python !== daemons.python) {
    throw new Error(
      `the daemons changed during the case: ${JSON.stringify(daemons)} then ${
        JSON.stringify(after)
      }`,
    );
  }
  const emptyMs = median(walls.empty);
  const perTask = (variant: Variant) =>
    (median(walls[variant]) - emptyMs) / tasks;
  const ours = perTask("ours");
  const demo = perTask("turbo_demo");
  const ping = perTask("ping");
  const ansibleVersion = await versionLine(ansiblePlaybook);
  const target = {
    text: "ours ≤ 0.4 × cloud.common's",
    actual: ours / demo,
    limit: 0.4,
    compare: "<=" as const,
    shown: `${(ours / demo).toFixed(2)} × turbo_demo`,
  };
  return {
    ...base,
    value: Math.round(ours * 10) / 10,
    status: judge(target),
    target,
    note: `cloud.common.turbo_demo ${
      Math.round(demo)
    } ms, ansible.builtin.ping ${
      Math.round(ping)
    } ms per task; empty playbook ${
      Math.round(emptyMs)
    } ms (${ansibleVersion})`,
    details: {
      tasks,
      rounds,
      ansible: ansibleVersion,
      per_task_ms: {
        ours: Math.round(ours * 10) / 10,
        turbo_demo: Math.round(demo * 10) / 10,
        ping: Math.round(ping * 10) / 10,
      },
      playbook_wall_ms: {
        empty: summarize(walls.empty),
        ours: summarize(walls.ours),
        turbo_demo: summarize(walls.turbo_demo),
        ping: summarize(walls.ping),
      },
    },
  };
}

class MissingModule extends Error {
  constructor(readonly module: string) {
    super(`${module} is not installed`);
  }
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

async function versionLine(ansiblePlaybook: string): Promise<string> {
  const run = await runProcess(ansiblePlaybook, ["--version"], {
    cwd: "/",
    env: Deno.env.toObject(),
  });
  return run.stdout.split("\n")[0].trim();
}
