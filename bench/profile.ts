/**
 * Where a warm turbo task's time goes. Three views, all on module processes
 * run as Ansible runs them (temp copy + args file, warm daemon, private
 * DENO_DIR):
 *
 * 1. A ladder of variants, interleaved, medians: a bare spawn, an empty
 *    module, the floor script (as .ts and as .js), the floor importing
 *    `mod.ts`, importing `mod.ts` and `client.ts`, the warm turbo task (with
 *    and without V8's code cache), and the plain module. Differences between
 *    rungs price each layer.
 * 2. A timeline of the warm turbo task and of the floor, from marks taken by
 *    `_profile_hooks.ts` (preloaded; no runtime file is changed) against the
 *    parent's spawn and exit times: medians per phase.
 * 3. With `strace` installed, the system calls of one floor and one warm
 *    turbo process (`strace -f -c`).
 *
 * ```sh
 * deno run -A bench/profile.ts [--runs 40] [--runtime DIR] [--json FILE]
 * ```
 *
 * `--runtime DIR` makes the modules import `DIR/mod.ts` instead of this
 * checkout's: an A/B test of a changed copy of the runtime (in /tmp) against
 * the checkout, with everything else equal.
 *
 * @module
 */

import { parseArgs } from "node:util";
import {
  DENO,
  epochMs,
  expectOk,
  loadModule,
  type ModuleText,
  ROOT,
  runProcess,
  runTask,
  type TaskOptions,
  type TaskRun,
  workspace,
} from "./_harness.ts";
import { median, seededRandom, shuffled, summarize } from "./_stats.ts";

type Mark = [string, number];

/** One rung of the ladder. */
interface Rung {
  name: string;
  /** What the rung adds to the one before. */
  adds: string;
  run: () => Promise<{ ms: number; cpuMs: number }>;
}

/** A phase of the timeline: from one mark to the next. */
interface Phase {
  name: string;
  from: (m: Mark[], run: TaskRun) => number;
  to: (m: Mark[], run: TaskRun) => number;
}

function first(marks: Mark[], prefix: string): number {
  const found = marks.find(([name]) => name.startsWith(prefix));
  return found ? found[1] : NaN;
}

function last(marks: Mark[], prefix: string): number {
  const found = marks.findLast(([name]) => name.startsWith(prefix));
  return found ? found[1] : NaN;
}

const TURBO_PHASES: Phase[] = [
  {
    name: "exec + Deno start until the JS clock starts",
    from: (_m, r) => r.spawnedAt,
    to: (m) => first(m, "runtime time origin"),
  },
  {
    name: "runtime bootstrap until the first module (preload) runs",
    from: (m) => first(m, "runtime time origin"),
    to: (m) => first(m, "preload runs"),
  },
  {
    name: "load + evaluate the module and mod.ts's static graph",
    from: (m) => first(m, "preload runs"),
    to: (m) => first(m, "module body"),
  },
  {
    name: "create(): dynamic import of client.ts",
    from: (m) => first(m, "module body"),
    to: (m) => first(m, "first Deno.env.get"),
  },
  {
    name: "client: read args file",
    from: (m) => first(m, "readTextFile args start"),
    to: (m) => first(m, "readTextFile args end"),
  },
  {
    name: "client: env, hash module, identity key, permissions, lstat",
    from: (m) => first(m, "readTextFile args end"),
    to: (m) => first(m, "connect start"),
  },
  {
    name: "client: of which sha256 (module + identity)",
    from: () => 0,
    to: (m) => sumPairs(m, "sha256 start", "sha256 end"),
  },
  {
    name: "socket connect",
    from: (m) => first(m, "connect start"),
    to: (m) => last(m, "connect end"),
  },
  {
    name: "token + request (JSON) + daemon runs task + reply",
    from: (m) => last(m, "connect end"),
    to: (m) => last(m, "read "),
  },
  {
    name: "first access to setTimeout (loads node:timers), in whichever phase",
    from: (m) => first(m, "setTimeout first access start"),
    to: (m) => first(m, "setTimeout first call end"),
  },
  {
    name: "print result, call Deno.exit",
    from: (m) => last(m, "read "),
    to: (m) => first(m, "Deno.exit called"),
  },
  {
    name: "process exit until the parent sees it",
    from: (m) => first(m, "Deno.exit called"),
    to: (_m, r) => r.exitedAt,
  },
];

const FLOOR_PHASES: Phase[] = [
  TURBO_PHASES[0],
  TURBO_PHASES[1],
  {
    name: "load + evaluate the module",
    from: (m) => first(m, "preload runs"),
    to: (m) => first(m, "module body"),
  },
  {
    name: "read args, print (until the event loop empties)",
    from: (m) => first(m, "module body"),
    to: (m) => first(m, "unload"),
  },
  {
    name: "process exit until the parent sees it",
    from: (m) => first(m, "unload"),
    to: (_m, r) => r.exitedAt,
  },
];

function sumPairs(marks: Mark[], start: string, end: string): number {
  let total = 0;
  let open = NaN;
  for (const [name, t] of marks) {
    if (name === start) open = t;
    else if (name === end && Number.isFinite(open)) {
      total += t - open;
      open = NaN;
    }
  }
  return total;
}

function marksOf(run: TaskRun): Mark[] {
  const line = run.stderr.split("\n").find((l) => l.startsWith("BENCH_MARKS "));
  if (!line) throw new Error(`no marks in stderr: ${run.stderr}`);
  return JSON.parse(line.slice("BENCH_MARKS ".length));
}

function table(headers: string[], rows: (string | number)[][]): string {
  return [
    `| ${headers.join(" | ")} |`,
    `|${headers.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

const ms = (value: number) => value.toFixed(1);

async function strace(
  command: string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<string> {
  const out = `${options.cwd}/strace.txt`;
  const run = await runProcess(
    "strace",
    ["-f", "-c", "-o", out, ...command],
    options,
  );
  if (run.code !== 0) return `strace failed: ${run.stderr.slice(0, 500)}`;
  return await Deno.readTextFile(out);
}

/** Rewrites the modules' runtime imports to another copy of the runtime. */
function retarget(module: ModuleText, runtime: string): ModuleText {
  const from = new URL(`file://${ROOT}/`).href;
  const to = new URL(`file://${runtime.replace(/\/+$/, "")}/`).href;
  return { ...module, text: module.text.replaceAll(from, to) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      runs: { type: "string", default: "40" },
      runtime: { type: "string", default: ROOT },
      json: { type: "string" },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  const runtime = values.runtime;
  const runtimeUrl = new URL(`file://${runtime.replace(/\/+$/, "")}/`).href;
  const random = seededRandom(7);
  await using ws = await workspace();
  const warmArea = await ws.area("warm");
  const plainArea = await ws.area("plain");
  const options = (area: { remoteTmp: string; dir: string }): TaskOptions => ({
    remoteTmp: area.remoteTmp,
    cwd: area.dir,
    env: ws.env,
  });
  const floorTs = await loadModule("bench/modules/floor.ts");
  const floorBody = floorTs.text.replace(/^#!.*\n/, "");
  const modules = {
    empty: { fileName: "empty.ts", text: "// nothing\n" },
    floor: floorTs,
    floorJs: {
      fileName: "floor.js",
      text: floorBody.replace(/ as \{[^}]*\}/, ""),
    },
    importMod: {
      fileName: "import_mod.ts",
      text: `import * as _mod from "${runtimeUrl}mod.ts";\n${floorBody}`,
    },
    importClient: {
      fileName: "import_client.ts",
      text:
        `import * as _mod from "${runtimeUrl}mod.ts";\nimport * as _client from "${runtimeUrl}client.ts";\n${floorBody}`,
    },
    turbo: retarget(await loadModule("bench/modules/trivial.ts"), runtime),
    plain: retarget(
      await loadModule("bench/modules/trivial.ts", { plain: true }),
      runtime,
    ),
  };
  const timed = async (
    module: ModuleText,
    area: { remoteTmp: string; dir: string },
    servedBy: "daemon" | "self" | undefined,
    denoFlags: string[] = [],
  ): Promise<TaskRun> => {
    const run = await runTask(module, { ...options(area), denoFlags });
    expectOk(module.fileName, run, { servedBy });
    return run;
  };
  const rungs: Rung[] = [
    {
      name: "spawn /bin/true",
      adds: "what the measuring process's spawn and wait cost",
      run: () => runProcess("/bin/true", [], { cwd: "/", env: ws.env }),
    },
    {
      name: "empty module",
      adds: "Deno: exec, V8 and runtime start, an empty module, exit",
      run: async () => {
        const run = await runTask(modules.empty, options(plainArea));
        if (run.code !== 0) throw new Error(run.stderr);
        return run;
      },
    },
    {
      name: "floor (.js copy)",
      adds: "read the args file, print JSON",
      run: () => timed(modules.floorJs, plainArea, "self"),
    },
    {
      name: "floor (.ts copy)",
      adds: "TypeScript: transpile the new temp path and cache its emit",
      run: () => timed(modules.floor, plainArea, "self"),
    },
    {
      name: "floor + import mod.ts",
      adds: "load and evaluate mod.ts's static graph",
      run: () => timed(modules.importMod, plainArea, "self"),
    },
    {
      name: "floor + import mod.ts, client.ts",
      adds: "load client.ts and _paths.ts",
      run: () => timed(modules.importClient, plainArea, "self"),
    },
    {
      name: "warm turbo",
      adds: "hash, identity, connect, request, daemon, reply, exit",
      run: () => timed(modules.turbo, warmArea, "daemon"),
    },
    {
      name: "warm turbo, --no-code-cache",
      adds: "(without V8's code cache)",
      run: () => timed(modules.turbo, warmArea, "daemon", ["--no-code-cache"]),
    },
    {
      name: "plain",
      adds: "(reference: the module in-process, with validation)",
      run: () => timed(modules.plain, plainArea, "self"),
    },
  ];
  console.error(`warming up (runtime ${runtime})...`);
  for (let i = 0; i < 3; i++) for (const rung of rungs) await rung.run();
  const samples = new Map<string, number[]>(rungs.map((r) => [r.name, []]));
  const cpu = new Map<string, number[]>(rungs.map((r) => [r.name, []]));
  const turboMarks: { marks: Mark[]; run: TaskRun }[] = [];
  const floorMarks: { marks: Mark[]; run: TaskRun }[] = [];
  const preload = ["--preload", `${ROOT}/bench/_profile_hooks.ts`];
  const loadBefore = (await Deno.readTextFile("/proc/loadavg")).split(" ")[0];
  for (let i = 0; i < runs; i++) {
    const jobs: (() => Promise<void>)[] = rungs.map((rung) => async () => {
      const run = await rung.run();
      samples.get(rung.name)!.push(run.ms);
      if (Number.isFinite(run.cpuMs)) cpu.get(rung.name)!.push(run.cpuMs);
    });
    jobs.push(async () => {
      const run = await timed(modules.turbo, warmArea, "daemon", preload);
      turboMarks.push({ marks: marksOf(run), run });
    });
    jobs.push(async () => {
      const run = await timed(modules.floor, plainArea, "self", preload);
      floorMarks.push({ marks: marksOf(run), run });
    });
    for (const job of shuffled(jobs, random)) await job();
    if ((i + 1) % 10 === 0) console.error(`  round ${i + 1}/${runs}`);
  }
  const loadAfter = (await Deno.readTextFile("/proc/loadavg")).split(" ")[0];

  const out: string[] = [];
  out.push(
    `Profile of ${runs} interleaved rounds, ${
      new Date().toISOString()
    }, runtime ${runtime}, Deno ${Deno.version.deno}, load ${loadBefore} → ${loadAfter}.`,
    "",
    "### Ladder (whole process, spawn to exit, median ms)",
    "",
  );
  let previous = NaN;
  const ladderRows: (string | number)[][] = [];
  const ladder: Record<string, unknown> = {};
  for (const rung of rungs) {
    const s = summarize(samples.get(rung.name)!);
    const cpuValues = cpu.get(rung.name)!;
    const cpuMean = cpuValues.reduce((a, b) => a + b, 0) / cpuValues.length;
    ladder[rung.name] = { wall: s, cpuMeanMs: cpuMean };
    const step = Number.isFinite(previous) && !rung.adds.startsWith("(")
      ? `+${ms(s.median - previous)}`
      : "";
    ladderRows.push([
      rung.name,
      ms(s.median),
      `${ms(s.p10)}–${ms(s.p90)}`,
      step,
      ms(cpuMean),
      rung.adds,
    ]);
    if (!rung.adds.startsWith("(")) previous = s.median;
  }
  out.push(
    table([
      "variant",
      "median",
      "p10–p90",
      "step",
      "mean CPU",
      "what the step adds",
    ], ladderRows),
  );
  const timelines: Record<string, unknown> = {};
  for (
    const [title, phases, runsWithMarks] of [
      ["warm turbo", TURBO_PHASES, turboMarks],
      ["floor", FLOOR_PHASES, floorMarks],
    ] as const
  ) {
    const rows: (string | number)[][] = [];
    const phaseMedians: Record<string, number> = {};
    for (const phase of phases) {
      const values = runsWithMarks.map(({ marks, run }) =>
        phase.to(marks, run) - phase.from(marks, run)
      ).filter(Number.isFinite);
      phaseMedians[phase.name] = median(values);
      if (values.length === 0) {
        rows.push([phase.name, "—", "not on this path"]);
        continue;
      }
      rows.push([
        phase.name,
        ms(median(values)),
        `${ms(summarize(values).p10)}–${ms(summarize(values).p90)}`,
      ]);
    }
    const totals = runsWithMarks.map(({ run }) => run.ms);
    rows.push([
      "**whole process (with the preload)**",
      `**${ms(median(totals))}**`,
      "",
    ]);
    timelines[title] = { phases: phaseMedians, total: summarize(totals) };
    out.push(
      "",
      `### Timeline: ${title} (median ms per phase)`,
      "",
      table(["phase", "median", "p10–p90"], rows),
    );
  }
  const straces: Record<string, string> = {};
  const hasStrace = (await runProcess("sh", ["-c", "command -v strace"], {
    cwd: "/",
    env: ws.env,
  })).code === 0;
  if (hasStrace) {
    for (
      const [name, module, area] of [
        ["floor", modules.floor, plainArea],
        ["warm turbo", modules.turbo, warmArea],
      ] as const
    ) {
      const dir = await Deno.makeTempDir({
        dir: area.remoteTmp,
        prefix: "ansible-tmp-",
      });
      const copy = `${dir}/AnsiballZ_${module.fileName}`;
      await Deno.writeTextFile(copy, module.text);
      await Deno.writeTextFile(
        `${dir}/args`,
        JSON.stringify({
          _ansible_remote_tmp: area.remoteTmp,
          _ansible_module_name: "trivial",
        }),
      );
      straces[name] = await strace([
        DENO,
        "run",
        "--allow-all",
        copy,
        `${dir}/args`,
      ], { cwd: dir, env: ws.env });
      const lines = straces[name].split("\n");
      const total = lines.find((l) => /\btotal$/.test(l.trim())) ?? "";
      out.push(
        "",
        `### strace -f -c: ${name}`,
        "",
        "```",
        ...lines.slice(0, 14),
        "...",
        total,
        "```",
      );
    }
  }
  console.log(out.join("\n"));
  if (values.json) {
    await Deno.writeTextFile(
      values.json,
      `${
        JSON.stringify(
          {
            date: new Date().toISOString(),
            runtime,
            runs,
            load: [loadBefore, loadAfter],
            ladder,
            timelines,
            straces,
            epoch: epochMs(),
          },
          null,
          2,
        )
      }\n`,
    );
  }
}

if (import.meta.main) await main();
