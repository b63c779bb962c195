/**
 * Two ways of the equivalence suite that run the corpus through real
 * `ansible-playbook` (local connection), one task per run, in one playbook
 * per way:
 *
 * - **ansible-plain**: each module with `AnsibleTurboModule` replaced by
 *   `AnsibleModule`, run the stock way (a process per task);
 * - **zero-spawn**: each module as written, routed to the action plugin
 *   `ansible_turbo.deno.turbo`, so the Ansible worker hands every task to
 *   the daemon itself.
 *
 * The modules live in a collection, `equiv.corpus`, so both ways give them
 * the same name. A case's `_ansible_*` overrides become task keywords
 * (`check_mode`, `diff`, `no_log`); a case with an override no task keyword
 * expresses cannot run here ({@linkcode inexpressible}). Every run's working
 * directory is the playbook's directory (Ansible's choice, one per play):
 * the cases' files are all laid out there before the play, and probes look
 * after it. The view is what the play registered, and the `[WARNING]:`
 * lines Ansible displayed under the task beyond the result's own warnings.
 * The module's file is named alike in both ways (see `renameTempDirs`).
 *
 * @module
 */

import { join } from "node:path";
import { portableSource, ROOT, stopDaemonsUnder } from "../../_test_harness.ts";
import {
  type Ansible,
  launches,
  runPlaybook,
  writeRecordingLauncher,
} from "../ansible/harness.ts";
import type { AnsibleView } from "./ansible_view.ts";
import { warningsByTask } from "./controller_check.ts";
import type {
  Case,
  Observation,
  RunOverride,
  Way,
  WayContext,
} from "./types.ts";
import {
  FALLBACK_WARNINGS,
  fillPlaceholders,
  MODULES_DIR,
  normalisePaths,
  plainTwin,
  runsOf,
} from "./ways.ts";

/** Where the modules are, below the playbook's directory. */
const MODULES_IN_PLAY =
  "collections/ansible_collections/equiv/corpus/plugins/modules";

/** Each `_ansible_*` override a task keyword can express. */
const KEYWORDS: Record<string, string> = {
  _ansible_check_mode: "check_mode",
  _ansible_diff: "diff",
  _ansible_no_log: "no_log",
};

/** A way through `ansible-playbook`, and the module processes it started. */
export interface PlaybookWay extends Way {
  /** `run NAME` / `locate NAME` for every module process of the last run. */
  processes(): string[];
}

/**
 * Why a case cannot run through `ansible-playbook`, or undefined when it
 * can: its `_ansible_*` overrides must all be task keywords.
 *
 * @param c A case of the corpus.
 * @returns The reason, if any.
 *
 * @example
 * ```ts
 * import { inexpressible } from "./zero_spawn_way.ts";
 * console.assert(inexpressible({ name: "x", module: "m.ts", internal: { _ansible_tmpdir: null } }) !== undefined);
 * ```
 */
export function inexpressible(c: Case): string | undefined {
  const keys = [
    ...Object.keys(c.internal ?? {}),
    ...runsOf(c).flatMap((o) => Object.keys(o.internal ?? {})),
  ];
  const odd = keys.filter((k) => !(k in KEYWORDS));
  return odd.length
    ? `no task keyword sets ${[...new Set(odd)].join(", ")}`
    : undefined;
}

/**
 * The corpus run plain (`AnsibleModule`) through `ansible-playbook`, the
 * stock way: the reference for {@linkcode zeroSpawnWay}.
 *
 * @param ansible The version to run.
 * @returns The "ansible-plain" way.
 *
 * @example
 * ```ts ignore
 * import { ansiblePlainWay, zeroSpawnWay } from "./zero_spawn_way.ts";
 * const report = await checkEquivalence(ansiblePlainWay(a), zeroSpawnWay(a), { cases });
 * ```
 */
export function ansiblePlainWay(ansible: Ansible): PlaybookWay {
  return playbookWay(`ansible-plain ${ansible.label}`, {
    ansible,
    routed: false,
  });
}

/**
 * The corpus run as written through `ansible-playbook`, routed to
 * `ansible_turbo.deno.turbo`: zero-spawn.
 *
 * @param ansible The version to run.
 * @returns The "zero-spawn" way.
 *
 * @example
 * ```ts ignore
 * import { zeroSpawnWay } from "./zero_spawn_way.ts";
 * const way = zeroSpawnWay(ansible);
 * const observations = await way.run(cases, context);
 * console.log(way.processes());
 * ```
 */
export function zeroSpawnWay(ansible: Ansible): PlaybookWay {
  return playbookWay(`zero-spawn ${ansible.label}`, { ansible, routed: true });
}

interface Layout {
  dir: string;
  play: string;
  rt: string;
  log: string;
}

function playbookWay(
  name: string,
  options: { ansible: Ansible; routed: boolean },
): PlaybookWay {
  let processes: string[] = [];
  return {
    name,
    processes: () => processes,
    async run(cases, context) {
      const dir = await Deno.makeTempDir({ prefix: "equiv-playbook-" });
      const where: Layout = {
        dir,
        play: join(dir, "play"),
        rt: join(dir, "rt"),
        log: join(dir, "launches.log"),
      };
      try {
        await layOut(cases, where, options.routed);
        const tasks = cases.flatMap((c) =>
          runsOf(c).map((override, run) => ({ c, override, run }))
        );
        await Deno.writeTextFile(
          join(where.play, "corpus.yml"),
          playbook(tasks, where, context),
        );
        const played = await runPlaybook(
          options.ansible,
          where,
          "corpus.yml",
          {
            inventory: join(dir, "inventory.ini"),
            env: {
              ...context.baseEnv,
              ANSIBLE_STDOUT_CALLBACK: "default",
              DENO_DIR: join(dir, "deno-dir"),
              ANSIBLE_COLLECTIONS_PATH: ROOT,
            },
          },
        );
        const registered = JSON.parse(
          await Deno.readTextFile(join(dir, "registered.json")).catch(() => {
            throw new Error(
              `${name}: the play did not finish (exit ${played.code}):\n${
                played.stdout.slice(-3000)
              }${played.stderr.slice(-2000)}`,
            );
          }),
        ) as Record<string, Record<string, unknown>>;
        const displayed = warningsByTask(played.stdout);
        processes = (await launches(where.log)).map(([k, n]) => `${k} ${n}`);
        const observations: Observation[] = [];
        for (const [i, { c, run }] of tasks.entries()) {
          const result = registered[`r${i}`] ?? {};
          const view: AnsibleView = {
            result,
            warnings: controllerWarnings(displayed.get(`run ${i}`), result),
          };
          observations.push(await observe(c, { run, view, where }));
        }
        return observations;
      } finally {
        await stopDaemonsUnder(dir);
        await Deno.remove(dir, { recursive: true }).catch(() => {});
      }
    },
  };
}

/** The collection `equiv.corpus`, the launcher, inventory and the cases' files. */
async function layOut(
  cases: readonly Case[],
  where: Layout,
  routed: boolean,
): Promise<void> {
  const launcher = join(where.dir, "bin", "deno_ansible");
  await writeRecordingLauncher(launcher, where.log);
  const collection = join(
    where.play,
    "collections/ansible_collections/equiv/corpus",
  );
  await Deno.mkdir(join(where.play, MODULES_IN_PLAY), { recursive: true });
  await Deno.mkdir(join(collection, "meta"));
  await Deno.mkdir(where.rt);
  const modules = [...new Set(cases.map((c) => c.module))];
  for (const module of modules) {
    // What makes a file an Ansible module of ours: the launcher, WANT_JSON.
    const source = `#!${launcher}\n// WANT_JSON\n${await portableSource(
      join(MODULES_DIR, module),
    )}`;
    await Deno.writeTextFile(
      join(collection, "plugins/modules", module),
      routed ? source : plainTwin(source),
    );
  }
  const routing = routed
    ? [
      "plugin_routing:",
      "  modules:",
      ...modules.flatMap((m) => [
        `    ${m.replace(/\.ts$/, "")}:`,
        "      action_plugin: ansible_turbo.deno.turbo",
      ]),
    ]
    : [];
  await Deno.writeTextFile(
    join(collection, "meta/runtime.yml"),
    ["---", ...routing, ""].join("\n"),
  );
  await Deno.writeTextFile(
    join(where.dir, "inventory.ini"),
    `localhost ansible_connection=local ansible_python_interpreter=/usr/bin/python3 ansible_remote_tmp=${where.rt}\n`,
  );
  for (const c of cases) {
    for (const [path, content] of Object.entries(c.cwd ?? {})) {
      await Deno.mkdir(join(where.play, path, ".."), { recursive: true });
      await Deno.writeTextFile(join(where.play, path), content);
    }
  }
  for (const c of cases) await c.setup?.(where.play);
}

/** One task per run (JSON is YAML), then one that saves what they registered. */
function playbook(
  tasks: {
    c: Case;
    override: RunOverride;
    run: number;
  }[],
  where: Layout,
  context: WayContext,
): string {
  const fill = <T>(value: T): T =>
    fillPlaceholders(value, { cwd: where.play, remoteTmp: where.rt });
  const lines = tasks.map(({ c, override }, i) => {
    const task: Record<string, unknown> = {
      name: `run ${i}`,
      [`equiv.corpus.${c.module.replace(/\.ts$/, "")}`]: {
        ...fill(c.args),
        ...fill(override.args),
      },
      register: `r${i}`,
      ignore_errors: true,
      timeout: Math.ceil((c.timeoutMs ?? context.timeoutMs) / 1000),
    };
    const env = { ...fill(c.env), ...fill(override.env) };
    if (Object.keys(env).length) task.environment = env;
    for (
      const [key, value] of Object.entries({
        ...c.internal,
        ...override.internal,
      })
    ) {
      task[KEYWORDS[key]] = value;
    }
    return `    - ${JSON.stringify(task)}`;
  });
  const all = tasks.map((_, i) => `'r${i}': r${i}`).join(", ");
  return [
    "- hosts: localhost",
    "  gather_facts: false",
    "  tasks:",
    ...lines,
    "    - name: save",
    "      copy:",
    `        dest: ${join(where.dir, "registered.json")}`,
    `        content: "{{ {${all}} | to_json }}"`,
    "",
  ].join("\n");
}

/** What the way reports of a run, its random paths named. */
async function observe(
  c: Case,
  { run, view, where }: { run: number; view: AnsibleView; where: Layout },
): Promise<Observation> {
  const probe = c.probe
    ? await c.probe({ cwd: where.play, result: view.result })
    : undefined;
  const paths: [string, string][] = [
    [where.play, "<cwd>"],
    [where.rt, "<remote_tmp>"],
    [where.dir, "<sandbox>"],
  ];
  const named = (value: unknown) =>
    renameTempDirs(normalisePaths(value, paths));
  const warnings = view.result.warnings;
  const notes = Array.isArray(warnings)
    ? warnings.filter((w) =>
      typeof w === "string" && FALLBACK_WARNINGS.some((f) => w.startsWith(f))
    ).map((w) => `fell back: ${w}`)
    : [];
  return {
    case: c.name,
    run,
    view: named(view) as AnsibleView,
    probe: named(probe),
    timedOut: /failed to execute in the expected time frame/.test(
      String(view.result.msg),
    ) || undefined,
    notes: notes.length ? notes : undefined,
  };
}

/**
 * Ansible's per-task temp directories have random names; and the module's
 * own file is a temp copy (`<remote_tmp>/ansible-tmp-*\/AnsiballZ_NAME`) in
 * one way and the collection's file in the other: both are named
 * `<module dir>/NAME`, so that a stack trace compares by its frames.
 */
function renameTempDirs(value: unknown): unknown {
  if (typeof value === "string") {
    return value.replace(/ansible-tmp-[\d.]+-\d+-\d+/g, "ansible-tmp-<random>")
      .replaceAll(
        "<remote_tmp>/ansible-tmp-<random>/AnsiballZ_",
        "<module dir>/",
      )
      .replaceAll(`<cwd>/${MODULES_IN_PLAY}/`, "<module dir>/");
  }
  if (Array.isArray(value)) return value.map(renameTempDirs);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, renameTempDirs(v)]),
    );
  }
  return value;
}

/** The displayed warnings that are the controller's own, not the result's. */
function controllerWarnings(
  displayed: string[] | undefined,
  result: Record<string, unknown>,
): string[] {
  const own = Array.isArray(result.warnings)
    ? result.warnings.map((w) => String(w).replace(/\s+/g, ""))
    : [];
  return (displayed ?? []).filter((w) => !own.includes(w.replace(/\s+/g, "")))
    .map((w) => w.replace(/\s+/g, ""));
}
