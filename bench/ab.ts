/**
 * A/B test of runtime changes on the warm turbo task: the trivial module,
 * run as Ansible runs it through a warm daemon, against several copies of
 * the runtime (this checkout and changed copies elsewhere, e.g. in /tmp),
 * interleaved in random order, medians and deltas against the first.
 *
 * ```sh
 * deno run -A bench/ab.ts [--runs 60] [--plain] [--cold] DIR_A DIR_B...
 * ```
 *
 * Each DIR holds a copy of the runtime (`mod.ts` and the files it imports).
 * The checkout itself is `.`. Deno flags for the module process may follow
 * the directory, each after an `@`: `.@--v8-flags=--no-opt` measures this
 * checkout run with that flag (as a shebang or launcher would pass it). With `--plain`, each runtime's plain module
 * (no daemon) is measured too. With `--cold`, every turbo sample starts with
 * no daemon (fresh remote_tmp; the daemon is stopped afterwards, untimed).
 *
 * @module
 */

import { parseArgs } from "node:util";
import {
  expectOk,
  loadModule,
  type ModuleText,
  ROOT,
  runTask,
  type TaskRun,
  workspace,
} from "./_harness.ts";
import { median, seededRandom, shuffled, summarize } from "./_stats.ts";

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function retarget(module: ModuleText, runtime: string): ModuleText {
  const from = new URL(`file://${ROOT}/`).href;
  const to = new URL(`file://${runtime}/`).href;
  return { ...module, text: module.text.replaceAll(from, to) };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    options: {
      runs: { type: "string", default: "60" },
      plain: { type: "boolean", default: false },
      cold: { type: "boolean", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) {
    throw new Error("usage: bench/ab.ts [--runs N] [--plain] DIR...");
  }
  const runtimes = positionals.map((spec) => {
    const [dir, ...flags] = spec.split("@");
    return {
      dir: Deno.realPathSync(dir === "." ? ROOT : dir),
      flags,
      label: [Deno.realPathSync(dir === "." ? ROOT : dir), ...flags].join(" "),
    };
  });
  const random = seededRandom(11);
  await using ws = await workspace();
  const turbo = await loadModule("bench/modules/trivial.ts");
  const plain = await loadModule("bench/modules/trivial.ts", { plain: true });
  const variants: { name: string; run: () => Promise<TaskRun> }[] = [];
  const selfServed = new Map<string, number>();
  for (const { dir: runtime, flags, label } of runtimes) {
    const area = await ws.area("ab");
    const module = retarget(turbo, runtime);
    variants.push({
      name: `${label} turbo`,
      run: async () => {
        const where = values.cold ? await ws.area("abc") : area;
        try {
          const run = await runTask(module, {
            remoteTmp: where.remoteTmp,
            cwd: where.dir,
            env: ws.env,
            denoFlags: flags,
          });
          // A cold start may be served in-process by design (a runtime that
          // warms its daemon in the background); count those samples.
          const result = expectOk(runtime, run, {
            servedBy: values.cold ? undefined : "daemon",
          });
          if (result.pid === run.pid) {
            selfServed.set(label, (selfServed.get(label) ?? 0) + 1);
          }
          return run;
        } finally {
          if (values.cold) {
            await ws.stopDaemons(where);
            await Deno.remove(where.dir, { recursive: true });
          }
        }
      },
    });
    if (values.plain) {
      const plainModule = retarget(plain, runtime);
      variants.push({
        name: `${label} plain`,
        run: async () => {
          const run = await runTask(plainModule, {
            remoteTmp: area.remoteTmp,
            cwd: area.dir,
            env: ws.env,
            denoFlags: flags,
          });
          expectOk(runtime, run, { servedBy: "self" });
          return run;
        },
      });
    }
  }
  for (let i = 0; i < 3; i++) for (const v of variants) await v.run();
  const samples = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const cpu = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const runs = Number(values.runs);
  for (let i = 0; i < runs; i++) {
    for (const v of shuffled(variants, random)) {
      const run = await v.run();
      samples.get(v.name)!.push(run.ms);
      if (Number.isFinite(run.cpuMs)) cpu.get(v.name)!.push(run.cpuMs);
    }
  }
  const base = new Map<string, number>();
  console.log(
    "| runtime | variant | median ms | p10–p90 | Δ vs first | mean CPU ms |",
  );
  console.log("|---|---|---|---|---|---|");
  for (const v of variants) {
    const s = summarize(samples.get(v.name)!);
    const kind = v.name.endsWith("plain") ? "plain" : "turbo";
    if (!base.has(kind)) base.set(kind, s.median);
    const delta = s.median - base.get(kind)!;
    console.log(
      `| ${v.name.replace(/ (turbo|plain)$/, "")} | ${kind} | ${
        s.median.toFixed(1)
      } | ${s.p10.toFixed(1)}–${s.p90.toFixed(1)} | ${delta >= 0 ? "+" : ""}${
        delta.toFixed(1)
      } | ${mean(cpu.get(v.name)!).toFixed(1)} |`,
    );
  }
  for (const [label, count] of selfServed) {
    console.log(`\n${label}: ${count} turbo samples ran in their own process`);
  }
  console.error(
    `runs ${runs}; medians of the first: ${
      median(samples.get(variants[0].name)!).toFixed(1)
    } ms`,
  );
}

if (import.meta.main) await main();
