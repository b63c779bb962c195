/**
 * The benchmark cases that need nothing but Deno: per-task process time
 * (floor, warm turbo, plain, cold turbo), the slow-start module, 50
 * concurrent I/O-bound tasks, the socket protocol's throughput and the
 * daemon's memory over many requests.
 *
 * Every case interleaves its variants (in a seeded random order per round),
 * warms up before timing, checks every sample's result (a broken variant
 * never yields a fast sample) and stops the daemons it started.
 *
 * @module
 */

import {
  type Area,
  expectOk,
  loadModule,
  type ModuleText,
  type PreparedTask,
  prepareTask,
  runPrepared,
  runTask,
  type TaskOptions,
  type TaskRun,
} from "./_harness.ts";
import { median, shuffled, summarize } from "./_stats.ts";
import {
  daemonStatus,
  findDaemon,
  runOnce,
  runRequest,
  type RunTemplate,
} from "./_socket_client.ts";
import {
  type CaseContext,
  type CaseResult,
  judge,
  type Target,
} from "./_types.ts";
import { ROOT } from "./_harness.ts";

const TRIVIAL = "bench/modules/trivial.ts";
const FLOOR = "bench/modules/floor.ts";
const IO_WAIT = "bench/modules/io_wait.ts";
const SLOW_INIT = "examples/slow_init.ts";

function taskOptions(ctx: CaseContext, area: Area): TaskOptions {
  return { remoteTmp: area.remoteTmp, cwd: area.dir, env: ctx.ws.env };
}

function withTarget(result: CaseResult, target: Target): CaseResult {
  return { ...result, target, status: judge(target) };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * floor, warm turbo, plain and cold turbo, measured in the same rounds:
 * every round runs floor, warm turbo and plain once each in a random
 * order, and every few rounds a cold turbo task (fresh remote_tmp, so no
 * daemon; the daemon it starts is stopped afterwards, untimed).
 *
 * @example
 * ```ts ignore
 * import { processCases } from "./_cases.ts";
 * const [floor, warm, plain, cold] = await processCases(ctx);
 * ```
 */
export async function processCases(ctx: CaseContext): Promise<CaseResult[]> {
  const rounds = ctx.quick ? 8 : 60;
  const coldEvery = ctx.quick ? 2 : 3;
  const floor = await loadModule(FLOOR);
  const turbo = await loadModule(TRIVIAL);
  const plain = await loadModule(TRIVIAL, { plain: true });
  const warmArea = await ctx.ws.area("warm");
  const plainArea = await ctx.ws.area("plain");
  let warmPid: unknown;
  const variants: Record<string, () => Promise<number>> = {
    floor: async () => {
      const run = await runTask(floor, taskOptions(ctx, plainArea));
      expectOk("floor", run, { servedBy: "self" });
      return run.ms;
    },
    warm_turbo: async () => {
      const run = await runTask(turbo, taskOptions(ctx, warmArea));
      const result = expectOk("warm turbo", run, { servedBy: "daemon" });
      warmPid ??= result.pid;
      if (result.pid !== warmPid) {
        throw new Error(
          `warm turbo: served by daemon ${result.pid}, not by the warm daemon ${warmPid}`,
        );
      }
      return run.ms;
    },
    plain: async () => {
      const run = await runTask(plain, taskOptions(ctx, plainArea));
      expectOk("plain", run, { servedBy: "self" });
      return run.ms;
    },
  };
  const cold = async (): Promise<number> => {
    const area = await ctx.ws.area("cold");
    try {
      const run = await runTask(turbo, taskOptions(ctx, area));
      expectOk("cold turbo", run, { servedBy: "daemon" });
      return run.ms;
    } finally {
      await ctx.ws.stopDaemons(area);
      await Deno.remove(area.dir, { recursive: true });
    }
  };
  // Warm-up: fills the private DENO_DIR (emit and code caches) and starts
  // the warm daemon; none of it is timed.
  await cold();
  for (let i = 0; i < 3; i++) {
    for (const run of Object.values(variants)) await run();
  }
  const samples: Record<string, number[]> = {
    floor: [],
    warm_turbo: [],
    plain: [],
    cold_turbo: [],
  };
  for (let round = 0; round < rounds; round++) {
    const names = Object.keys(variants);
    if (round % coldEvery === 0) names.push("cold_turbo");
    for (const name of shuffled(names, ctx.random)) {
      const ms = name === "cold_turbo" ? await cold() : await variants[name]();
      samples[name].push(ms);
    }
    if ((round + 1) % 10 === 0 || round + 1 === rounds) {
      ctx.log(`  process round ${round + 1}/${rounds}`);
    }
  }
  await ctx.ws.stopDaemons(warmArea);
  const floorMs = median(samples.floor);
  const plainMs = median(samples.plain);
  const warmMs = median(samples.warm_turbo);
  const coldMs = median(samples.cold_turbo);
  const results: CaseResult[] = [
    {
      id: "floor",
      name: "floor",
      what:
        "a trivial Deno script that reads the args file and prints JSON, fresh process, temp copy",
      value: round1(floorMs),
      unit: "ms",
      status: "REF",
      summary: summarize(samples.floor),
    },
    withTarget({
      id: "warm_turbo",
      name: "warm turbo",
      what:
        "trivial turbo module through a warm daemon, whole process per task, temp copy + args file",
      value: round1(warmMs),
      unit: "ms",
      status: "MISS",
      summary: summarize(samples.warm_turbo),
      note: `${round1(warmMs - floorMs)} ms above floor`,
    }, {
      text: "≤ 1.2 × floor",
      actual: warmMs / floorMs,
      limit: 1.2,
      compare: "<=",
      shown: `${(warmMs / floorMs).toFixed(2)} × floor`,
    }),
    {
      id: "plain",
      name: "plain",
      what:
        "the same trivial module with AnsibleModule (no turbo), fresh process",
      value: round1(plainMs),
      unit: "ms",
      status: "REF",
      summary: summarize(samples.plain),
      note: `cost of the library: ${
        round1(plainMs - floorMs)
      } ms above floor (${(plainMs / floorMs).toFixed(2)} × floor)`,
    },
    withTarget({
      id: "cold_turbo",
      name: "cold turbo",
      what:
        "first task when no daemon runs: client + daemon start + task (daemon stopped after, untimed)",
      value: round1(coldMs),
      unit: "ms",
      status: "MISS",
      summary: summarize(samples.cold_turbo),
      note: "plain has no warm state: every plain task is a first task",
    }, {
      text: "≤ 1.5 × plain first task",
      actual: coldMs / plainMs,
      limit: 1.5,
      compare: "<=",
      shown: `${(coldMs / plainMs).toFixed(2)} × plain`,
    }),
  ];
  return results;
}

/**
 * The `slow_init` example (heavy SDK import + a 300 ms login to a local HTTP
 * server), 20 sequential tasks as Ansible runs them, turbo (starting with no
 * daemon, so the first task pays the daemon start and the login) against
 * plain, interleaved by round.
 *
 * @example
 * ```ts ignore
 * import { slowInitCase } from "./_cases.ts";
 * const result = await slowInitCase(ctx);
 * ```
 */
export async function slowInitCase(ctx: CaseContext): Promise<CaseResult> {
  const base: CaseResult = {
    id: "slow_init",
    name: "slow init",
    what:
      "slow_init example (big SDK import + 300 ms login to a local HTTP server), sequential tasks, total wall; turbo starts with no daemon",
    value: null,
    unit: "s",
    status: "SKIP",
  };
  try {
    await Deno.stat(`${ROOT}/${SLOW_INIT}`);
  } catch {
    return { ...base, note: `${SLOW_INIT} is not in this checkout` };
  }
  const tasks = ctx.quick ? 5 : 20;
  const rounds = ctx.quick ? 1 : 3;
  const { startAuthServer } = await import("../examples/_auth_server.ts");
  await using server = startAuthServer({ delayMs: 300 });
  const turbo = await loadModule(SLOW_INIT);
  const plain = await loadModule(SLOW_INIT, { plain: true });
  const args = { auth_url: server.url, username: "bench", password: "s3cret" };
  const plainArea = await ctx.ws.area("slowp");
  const sequence = async (
    variant: "turbo" | "plain",
  ): Promise<number[]> => {
    const area = variant === "turbo" ? await ctx.ws.area("slowt") : plainArea;
    const times: number[] = [];
    try {
      for (let i = 0; i < tasks; i++) {
        const run = await runTask(variant === "turbo" ? turbo : plain, {
          ...taskOptions(ctx, area),
          args,
        });
        expectOk(`slow init ${variant} task ${i + 1}`, run, {
          servedBy: variant === "turbo" ? "daemon" : "self",
          check: (r) =>
            r.authenticated_now === (variant === "plain" || i === 0)
              ? undefined
              : `authenticated_now is ${r.authenticated_now} on task ${i + 1}`,
        });
        times.push(run.ms);
      }
    } finally {
      if (variant === "turbo") await ctx.ws.stopDaemons(area);
    }
    return times;
  };
  // Warm-up: one task of each fills the DENO_DIR with the SDK's compiled code.
  await runTask(plain, { ...taskOptions(ctx, plainArea), args });
  const turboTotals: number[] = [];
  const plainTotals: number[] = [];
  const turboFirst: number[] = [];
  const turboRest: number[] = [];
  const plainPerTask: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const variant of shuffled(["turbo", "plain"] as const, ctx.random)) {
      const times = await sequence(variant);
      const total = times.reduce((a, b) => a + b, 0) / 1000;
      if (variant === "turbo") {
        turboTotals.push(total);
        turboFirst.push(times[0]);
        turboRest.push(...times.slice(1));
      } else {
        plainTotals.push(total);
        plainPerTask.push(...times);
      }
    }
    ctx.log(`  slow init round ${round + 1}/${rounds}`);
  }
  const turboS = median(turboTotals);
  const plainS = median(plainTotals);
  const speedup = plainS / turboS;
  return withTarget({
    ...base,
    what: base.what.replace("sequential", `${tasks} sequential`),
    value: Math.round(turboS * 1000) / 1000,
    summary: summarize(turboTotals),
    note: `plain ${plainS.toFixed(2)} s; turbo first task ${
      Math.round(median(turboFirst))
    } ms, later tasks ${Math.round(median(turboRest))} ms; plain ${
      Math.round(median(plainPerTask))
    } ms per task`,
    details: {
      tasks,
      rounds,
      turbo_total_s: summarize(turboTotals),
      plain_total_s: summarize(plainTotals),
      turbo_first_task_ms: summarize(turboFirst),
      turbo_later_task_ms: summarize(turboRest),
      plain_task_ms: summarize(plainPerTask),
    },
  }, {
    text: "turbo ≥ 10 × faster than plain",
    actual: speedup,
    limit: 10,
    compare: ">=",
    shown: `${speedup.toFixed(1)} × faster`,
  });
}

/**
 * 50 tasks at once of a module that awaits 200 ms of I/O (an HTTP request
 * to a local server that answers after 200 ms): wall time from the first
 * spawn to the last exit, turbo (warm daemon) and plain, interleaved.
 *
 * @example
 * ```ts ignore
 * import { concurrencyCase } from "./_cases.ts";
 * const result = await concurrencyCase(ctx);
 * ```
 */
export async function concurrencyCase(ctx: CaseContext): Promise<CaseResult> {
  const count = 50;
  const delayMs = 200;
  const rounds = ctx.quick ? 1 : 5;
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async () => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return new Response("done");
    },
  );
  try {
    const url = `http://127.0.0.1:${server.addr.port}/`;
    const turbo = await loadModule(IO_WAIT);
    const plain = await loadModule(IO_WAIT, { plain: true });
    const turboArea = await ctx.ws.area("conct");
    const plainArea = await ctx.ws.area("concp");
    const burst = async (variant: "turbo" | "plain"): Promise<number> => {
      const area = variant === "turbo" ? turboArea : plainArea;
      const prepared: PreparedTask[] = [];
      for (let i = 0; i < count; i++) {
        prepared.push(
          await prepareTask(variant === "turbo" ? turbo : plain, {
            ...taskOptions(ctx, area),
            args: { url },
          }),
        );
      }
      const start = performance.now();
      const runs: TaskRun[] = await Promise.all(prepared.map(runPrepared));
      const wall = performance.now() - start;
      const pids = new Set<unknown>();
      for (const run of runs) {
        const result = expectOk(`concurrency ${variant}`, run, {
          servedBy: variant === "turbo" ? "daemon" : "self",
          check: (r) => r.body === "done" ? undefined : `body ${r.body}`,
        });
        pids.add(result.pid);
      }
      if (variant === "turbo" && pids.size !== 1) {
        throw new Error(`concurrency: served by ${pids.size} daemons`);
      }
      return wall;
    };
    // Warm-up: starts the daemon and imports the module in it.
    for (const variant of ["turbo", "plain"] as const) {
      const run = await runTask(variant === "turbo" ? turbo : plain, {
        ...taskOptions(ctx, variant === "turbo" ? turboArea : plainArea),
        args: { url },
      });
      expectOk(`concurrency warm-up ${variant}`, run);
    }
    const walls: Record<"turbo" | "plain", number[]> = { turbo: [], plain: [] };
    for (let round = 0; round < rounds; round++) {
      for (const variant of shuffled(["turbo", "plain"] as const, ctx.random)) {
        walls[variant].push(await burst(variant));
      }
    }
    await ctx.ws.stopDaemons(turboArea);
    const turboMs = median(walls.turbo);
    const serialMs = count * delayMs;
    const limit = 0.15 * serialMs;
    return withTarget({
      id: "concurrency",
      name: "concurrency",
      what:
        `${count} tasks at once of a module awaiting ${delayMs} ms of HTTP I/O, wall from first spawn to last exit, warm daemon`,
      value: Math.round(turboMs),
      unit: "ms",
      status: "MISS",
      summary: summarize(walls.turbo),
      note: `plain ${
        Math.round(median(walls.plain))
      } ms; a serial daemon needs ≥ ${serialMs} ms`,
      details: {
        tasks: count,
        delay_ms: delayMs,
        rounds,
        turbo_wall_ms: summarize(walls.turbo),
        plain_wall_ms: summarize(walls.plain),
        serial_daemon_ms: serialMs,
      },
    }, {
      text: `≤ 0.15 × ${count} × ${delayMs} ms (${limit} ms)`,
      actual: turboMs,
      limit,
      compare: "<=",
      shown: `${(turboMs / serialMs).toFixed(3)} × serial`,
    });
  } finally {
    await server.shutdown();
  }
}

/** Starts the daemon of `area` with one real task and finds its socket. */
async function warmDaemon(
  ctx: CaseContext,
  area: Area,
  module: ModuleText,
) {
  const run = await runTask(module, taskOptions(ctx, area));
  expectOk("daemon start", run, { servedBy: "daemon" });
  return await findDaemon(area.remoteTmp);
}

/** Runs `count` calls of `send`, at most `inFlight` at a time; resolves to seconds taken. */
async function drive(
  count: number,
  inFlight: number,
  send: (i: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < count) await send(next++);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return (performance.now() - start) / 1000;
}

/**
 * Requests per second of the trivial module through the socket from one
 * long-lived client (no process start): one request per connection, as real
 * clients send them; one in flight (the headline) and eight in flight.
 *
 * @example
 * ```ts ignore
 * import { protocolCase } from "./_cases.ts";
 * const result = await protocolCase(ctx);
 * ```
 */
export async function protocolCase(ctx: CaseContext): Promise<CaseResult> {
  const reps = ctx.quick ? 1 : 5;
  const perRep = ctx.quick ? 300 : 2000;
  const area = await ctx.ws.area("proto");
  const turbo = await loadModule(TRIVIAL);
  const daemon = await warmDaemon(ctx, area, turbo);
  const task = await prepareTask(turbo, taskOptions(ctx, area));
  const template: RunTemplate = {
    args: JSON.parse(await Deno.readTextFile(task.argsFile)),
    env: ctx.ws.env,
    cwd: area.dir,
    ttl: 120,
  };
  const request = await runRequest(daemon, task.copy, template);
  const send = () => runOnce(daemon, request);
  await drive(200, 1, send); // warm-up
  const rates: Record<"serial" | "parallel", number[]> = {
    serial: [],
    parallel: [],
  };
  for (let rep = 0; rep < reps; rep++) {
    for (const mode of shuffled(["serial", "parallel"] as const, ctx.random)) {
      const inFlight = mode === "serial" ? 1 : 8;
      const seconds = await drive(perRep, inFlight, send);
      rates[mode].push(perRep / seconds);
    }
  }
  await ctx.ws.stopDaemons(area);
  const serial = median(rates.serial);
  const parallel = median(rates.parallel);
  return withTarget({
    id: "protocol",
    name: "protocol",
    what:
      "requests/s of the trivial module through the socket from one long-lived client, one request per connection, 1 in flight",
    value: Math.round(serial),
    unit: "req/s",
    status: "MISS",
    summary: summarize(rates.serial),
    note: `8 in flight: ${Math.round(parallel)} req/s (${
      (1000 / serial).toFixed(3)
    } ms per request serially)`,
    details: {
      requests_per_rep: perRep,
      reps,
      serial_req_s: summarize(rates.serial),
      parallel8_req_s: summarize(rates.parallel),
    },
  }, {
    text: "≥ 5,000 req/s",
    actual: serial,
    limit: 5000,
    compare: ">=",
    shown: `${Math.round(serial)} req/s`,
  });
}

/**
 * The daemon's RSS after 10,000 requests, each from its own temp copy of
 * the module (a fresh `ansible-tmp-*` directory and args file per request,
 * removed after it, as Ansible does), against its RSS after the first 100.
 * Requests go through the socket (8 in flight) so the case takes seconds,
 * not the minutes of 10,000 processes; the daemon sees what it sees from
 * real clients: a new module URL each time, the same content.
 *
 * @example
 * ```ts ignore
 * import { memoryCase } from "./_cases.ts";
 * const result = await memoryCase(ctx);
 * ```
 */
export async function memoryCase(ctx: CaseContext): Promise<CaseResult> {
  const total = ctx.quick ? 1000 : 10_000;
  const checkpoints = ctx.quick
    ? [100, 250, 500, 1000]
    : [100, 500, 1000, 2500, 5000, 7500, 10_000];
  const area = await ctx.ws.area("mem");
  const turbo = await loadModule(TRIVIAL);
  const daemon = await warmDaemon(ctx, area, turbo);
  const mb = (bytes: number) => Math.round(bytes / 1e4) / 100;
  const rss: Record<string, number> = {};
  let sent = 0;
  const send = async () => {
    const task = await prepareTask(turbo, taskOptions(ctx, area));
    try {
      const request = await runRequest(daemon, task.copy, {
        args: JSON.parse(await Deno.readTextFile(task.argsFile)),
        env: ctx.ws.env,
        cwd: area.dir,
        ttl: 120,
      });
      await runOnce(daemon, request);
    } finally {
      await Deno.remove(task.dir, { recursive: true });
    }
  };
  for (const checkpoint of checkpoints) {
    const count = checkpoint - sent;
    await drive(count, 8, send);
    sent = checkpoint;
    const status = await daemonStatus(daemon);
    rss[String(checkpoint)] = mb(status.rssBytes);
  }
  const status = await daemonStatus(daemon);
  await ctx.ws.stopDaemons(area);
  const growth = rss[String(total)] - rss["100"];
  return withTarget({
    id: "memory",
    name: "memory",
    what:
      `daemon RSS after ${total} requests from ${total} distinct temp copies of one module, minus RSS after 100`,
    value: Math.round(growth * 100) / 100,
    unit: "MB",
    status: "MISS",
    note: `RSS ${rss["100"]} MB after 100, ${
      rss[String(total)]
    } MB after ${total}; ${status.modules} module(s) loaded`,
    details: {
      requests: total,
      rss_mb_at: rss,
      modules_loaded: status.modules,
      requests_served: status.requests,
    },
  }, {
    text: ctx.quick && total < 10_000
      ? `growth ≤ 20 MB (quick: ${total} requests)`
      : "growth ≤ 20 MB",
    actual: growth,
    limit: 20,
    compare: "<=",
    shown: `+${growth.toFixed(1)} MB`,
  });
}
