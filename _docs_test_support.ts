/**
 * Support for the docs tests (`docs_test.ts`, `yaml_test.ts`,
 * `ansible_doc_test.ts`): processes and their output, `mod.ts docs`, and
 * the ansible-core versions under test.
 *
 * The versions are those of `testdata/ansible/versions.ts`, run by their
 * `ansible-doc`. With CI=true a missing version fails.
 *
 * @module
 */

import { join } from "node:path";
import { DENO, ROOT } from "./_test_harness.ts";
import { ansibleVersions, CI } from "./testdata/ansible/versions.ts";

/** Debian's python3: the one with Ansible's packages. */
export const PYTHON = "/usr/bin/python3";

const MOD = join(ROOT, "mod.ts");

/** What a finished process printed, and its exit code. */
export interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of {@linkcode run}. */
export interface RunOptions {
  /** Added to this process's environment (or the whole of it, with `clearEnv`). */
  env?: Record<string, string>;
  /** Working directory (default: the repository). */
  cwd?: string;
  /** Text for the process's standard input (default: none). */
  stdin?: string;
  /** Start from an empty environment. */
  clearEnv?: boolean;
}

/**
 * Runs a command to its end and returns what it printed.
 *
 * @example
 * ```ts ignore
 * import { run } from "./_docs_test_support.ts";
 * const { stdout } = await run("/bin/echo", ["hi"]);
 * ```
 */
export async function run(
  command: string,
  args: string[],
  options: RunOptions = {},
): Promise<Output> {
  const child = new Deno.Command(command, {
    args,
    env: options.env,
    clearEnv: options.clearEnv,
    cwd: options.cwd ?? ROOT,
    stdin: options.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (options.stdin !== undefined) {
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(options.stdin));
    await writer.close();
  }
  const output = await child.output();
  const decoder = new TextDecoder();
  return {
    code: output.code,
    stdout: decoder.decode(output.stdout),
    stderr: decoder.decode(output.stderr),
  };
}

/**
 * Runs `deno run -A mod.ts docs ARGS` (a real process).
 *
 * @example
 * ```ts ignore
 * import { docs } from "./_docs_test_support.ts";
 * const { code } = await docs(["--check", "examples/hello.ts"]);
 * ```
 */
export function docs(args: string[], cwd: string = ROOT): Promise<Output> {
  return run(DENO, ["run", "--allow-all", MOD, "docs", ...args], { cwd });
}

/**
 * An assertion message showing everything a process printed.
 *
 * @example
 * ```ts ignore
 * import { docs, explain } from "./_docs_test_support.ts";
 * const out = await docs(["examples/hello.ts"]);
 * if (out.code !== 0) throw new Error(explain(out));
 * ```
 */
export function explain(output: Output): string {
  return `exit ${output.code}\nstdout: ${output.stdout}\nstderr: ${output.stderr}`;
}

/** One ansible-core version under test. */
export interface AnsibleVersion {
  label: string;
  /** How to run its ansible-doc. */
  command: string[];
  env: Record<string, string>;
  /** Why it cannot run here, when it cannot. */
  missing?: string;
}

async function docVersions(): Promise<AnsibleVersion[]> {
  const versions = (await ansibleVersions()).map((v) => ({
    label: v.label,
    command: v.doc,
    env: v.env,
    missing: v.missing,
  }));
  for (const version of versions) {
    if (version.missing !== undefined && !CI) {
      console.warn(
        `Skipping ansible-core ${version.label} (run .ci/install_ansible.sh): ${version.missing}`,
      );
    }
  }
  return versions;
}

/** ansible-core 2.14 and 2.19, each with why it is missing when it is. */
export const VERSIONS: AnsibleVersion[] = await docVersions();

/** Options of {@linkcode ansible}. */
export interface AnsibleOptions {
  /** Ansible's settings for this run; the caller's `ANSIBLE_*` are dropped. */
  env: Record<string, string>;
  /** Another program of the same version, e.g. `ansible-playbook`. */
  program?: string;
}

/**
 * Runs ansible-doc (or, with `program`, its sibling) of a version, in plain
 * text (`ANSIBLE_NOCOLOR`: "=" marks a required option on both versions).
 *
 * @example
 * ```ts ignore
 * import { ansible, VERSIONS } from "./_docs_test_support.ts";
 * const out = await ansible(VERSIONS[0], ["-j", "hello"], { env: { ANSIBLE_LIBRARY: "lib" } });
 * ```
 */
export function ansible(
  version: AnsibleVersion,
  args: string[],
  options: AnsibleOptions,
): Promise<Output> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(Deno.env.toObject())) {
    // The test decides Ansible's settings, not the caller's shell.
    if (!key.startsWith("ANSIBLE_") && key !== "PYTHONPATH") env[key] = value;
  }
  const program = options.program;
  const command = program
    ? version.command.map((part) => part.replace(/ansible-doc$/, program))
    : version.command;
  return run(command[0], [...command.slice(1), ...args], {
    env: { ...env, ...version.env, ...options.env, ANSIBLE_NOCOLOR: "1" },
    clearEnv: true,
  });
}
