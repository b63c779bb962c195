/**
 * The vocabulary of the equivalence suite: a case of the corpus, a way of
 * running modules, and what a way observed of one run.
 *
 * @module
 */

import type { AnsibleView } from "./ansible_view.ts";

/** What one run of a case changes from the case's own settings. */
export interface RunOverride {
  /** Module arguments merged over the case's. */
  args?: Record<string, unknown>;
  /** Environment merged over the case's. */
  env?: Record<string, string>;
  /** `_ansible_*` keys merged over the case's. */
  internal?: Record<string, unknown>;
}

/** What a probe learns of a finished run. */
export interface ProbeInput {
  /** The run's working directory, still in place. */
  cwd: string;
  /** The registered result, paths not yet normalised. */
  result: Record<string, unknown>;
}

/**
 * One module behaviour of the corpus. Strings in `args`, `env` and
 * `internal` may contain `{cwd}` and `{remote_tmp}`, replaced by the run's
 * working directory and the way's remote_tmp.
 */
export interface Case {
  /** Unique name, used in reports. */
  name: string;
  /** File name under `testdata/equivalence/modules/`. */
  module: string;
  /** Module arguments (without `_ansible_*` keys). */
  args?: Record<string, unknown>;
  /** The task's environment (`environment:`), over the suite's base. */
  env?: Record<string, string>;
  /** `_ansible_*` overrides, e.g. `{ _ansible_check_mode: true }`. */
  internal?: Record<string, unknown>;
  /** Files of the run's working directory (relative path to content). */
  cwd?: Record<string, string>;
  /** Prepares the run's working directory further, after `cwd`'s files. */
  setup?: (cwd: string) => Promise<void>;
  /**
   * Runs in a row, in one sandbox, compared run by run: a count, or one
   * override per run.
   */
  runs?: number | readonly RunOverride[];
  /** Dotted paths in the result that differ from run to run (`pid` always). */
  volatile?: readonly string[];
  /** Patterns in result strings that differ from run to run (timings). */
  scrub?: readonly RegExp[];
  /** Checks made after the run, before its directories go; compared too. */
  probe?: (run: ProbeInput) => Promise<unknown>;
  /** How long a run may take before it is killed (default 120 s). */
  timeoutMs?: number;
  /** Differs today, a fix is under way: reported, not failed. */
  diverges?: string;
  /** Differs by design (a documented limit): asserted to differ. */
  knownLimit?: string;
}

/** Settings every way applies to every run. */
export interface WayContext {
  /** The environment each module process starts from, before the case's. */
  baseEnv: Record<string, string>;
  /** Default run time limit, in milliseconds. */
  timeoutMs: number;
}

/** What a way saw of one run of one case. */
export interface Observation {
  /** The case's name. */
  case: string;
  /** Index of the run within the case. */
  run: number;
  /** What Ansible makes of the run (paths normalised). */
  view: AnsibleView;
  /** The module process's exit code, when the way has one. */
  rc?: number;
  /** Start of the module's stdout and stderr, for diagnosis only. */
  stdout?: string;
  stderr?: string;
  /** The case's probe result. */
  probe?: unknown;
  /** True when the run was killed at its time limit. */
  timedOut?: boolean;
  /** Facts about how the way ran it (a fallback, for instance); not compared. */
  notes?: string[];
}

/** A way of running modules: plain, turbo, and later zero-spawn. */
export interface Way {
  /** Short name, used in reports. */
  name: string;
  /**
   * Runs every case (each run of each case, in order) and reports what it
   * saw, one observation per run.
   */
  run(cases: readonly Case[], context: WayContext): Promise<Observation[]>;
}
