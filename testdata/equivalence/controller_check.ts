/**
 * The check of `ansible_view.ts` against the real controller: module
 * outputs chosen for every branch of ansible-core's parsing, printed by a
 * stand-in module (`emit.py`) under real `ansible-playbook`, whose
 * registered results and displayed warnings the port must reproduce.
 *
 * @module
 */

import { join } from "node:path";
import { ROOT } from "../../_test_harness.ts";
import { parsePythonJson } from "./ansible_view.ts";

/** One module output. */
export interface Sample {
  /** What the sample exercises. */
  name: string;
  stdout: string | Uint8Array;
  stderr?: string | Uint8Array;
  rc?: number;
}

/** What Ansible made of one sample. */
export interface Registered {
  /** The registered variable. */
  result: Record<string, unknown>;
  /** The `[WARNING]:` texts shown for its task, whitespace removed. */
  warnings: string[];
}

/** Bytes from text (UTF-8) and raw byte values, in order. */
function bytes(...parts: (string | number[])[]): Uint8Array {
  return new Uint8Array(
    parts.flatMap((p) =>
      typeof p === "string" ? [...new TextEncoder().encode(p)] : p
    ),
  );
}

/** Outputs that take every branch of the controller's parsing. */
export const SAMPLES: readonly Sample[] = [
  { name: "clean", stdout: '{"changed": true, "a": 1}\n' },
  { name: "junk before", stdout: 'banner\nmore\n{"a": 1}\n' },
  { name: "junk after", stdout: '{"a": 1}\ntrailing junk\nmore junk\n' },
  { name: "blank after", stdout: '{"a": 1}\n   \n\n' },
  { name: "no json", stdout: "hello\n", stderr: "oops\n", rc: 2 },
  { name: "nothing", stdout: "" },
  {
    name: "non-utf8 no json",
    stdout: bytes("bad", [0xff, 0xfe], "\n"),
    stderr: bytes([0xc3, 0x28]),
    rc: 1,
  },
  { name: "non-utf8 in value", stdout: bytes('{"s": "a', [0xff], 'b"}\n') },
  { name: "nul", stdout: '\u0000junk\n{"nul": "\\u0000", "t": "x\\ty"}\n' },
  { name: "raw line separator", stdout: '{"s": "a\u2028b"}\n' },
  { name: "escaped line separator", stdout: '{"s": "a\\u2028b"}\n' },
  { name: "crlf", stdout: 'junk\r\n{"a": 1}\r\n' },
  { name: "pretty printed", stdout: '{\n  "a": [\n    1\n  ]\n}\n' },
  { name: "broken json", stdout: 'junk\n{"a": \n' },
  { name: "junk on the json line", stdout: '{"a": 1} tail\n' },
  {
    name: "traceback on stderr",
    stdout: "",
    stderr: 'Traceback (most recent call last):\n  File "x"\nError\n',
    rc: 1,
  },
  {
    name: "traceback on stdout",
    stdout: "Traceback (most recent call last):\nboom\n",
    stderr: "not one",
    rc: 1,
  },
  { name: "array", stdout: "[1, 2]\n" },
  { name: "results string", stdout: '{"results": "x"}\n' },
  { name: "results dict", stdout: '{"results": {"a": 1}}\n' },
  {
    name: "internal keys",
    stdout:
      '{"_ansible_no_log": true, "_ansible_q": "it\'s", "_ansible_custom": {"a": [1, "x", null, true, 1.5, "\\n"]}, "data": {"_ansible_x": 1, "k": [{"_ansible_y": 2, "z": 3}]}, "_ansible_parsed": false}\n',
  },
  {
    name: "add_host",
    stdout: '{"add_host": {"host_name": "h"}, "add_group": "g"}\n',
  },
  { name: "empty lists", stdout: '{"warnings": [], "deprecations": null}\n' },
  {
    name: "facts",
    stdout:
      '{"ansible_facts": {"discovered_interpreter_python": "/x", "ansible_discovered_interpreter_y": 1, "kept": 2}}\n',
  },
  { name: "facts not a dict", stdout: '{"ansible_facts": [1]}\n' },
  { name: "stdout lines", stdout: '{"stdout": "a\\nb\\r\\nc\\u2028d"}\n' },
  { name: "stdout empty", stdout: '{"stdout": "", "stderr": null}\n' },
  { name: "stdout number", stdout: '{"stdout": 5}\n' },
  {
    name: "lines given",
    stdout: '{"stderr": "x", "stderr_lines": ["given"]}\n',
  },
  { name: "rc in result", stdout: '{"rc": 2}\n' },
  { name: "rc string zero", stdout: '{"rc": "0"}\n' },
  { name: "rc false", stdout: '{"rc": false}\n' },
  { name: "rc without failed", stdout: '{"a": 1}\n', rc: 3 },
  { name: "failed false with rc", stdout: '{"failed": false, "rc": 1}\n' },
  { name: "python constants", stdout: '{"x": NaN, "y": -Infinity}\n' },
  { name: "become marker", stdout: "BECOME-SUCCESS-abcdef\n", rc: 1 },
  { name: "leading spaces", stdout: '   {"a": 1}   \n' },
  { name: "file separator", stdout: 'junk\u001c{"a": 1}\n' },
  { name: "nbsp before", stdout: '\u00a0{"a": 1}\n' },
  { name: "unit separator before", stdout: '\u001f{"a": 1}\u2000\n' },
  { name: "lone brace", stdout: "{\n" },
  { name: "duplicate keys", stdout: '{"a": 1, "a": 2}\n' },
  { name: "nested objects", stdout: '{"a": {"b": {"c": [[], {}]}}}\n' },
];

/**
 * Whether ansible-core 2.14's `ansible-playbook` can run here.
 *
 * @returns Why not, or undefined when it can.
 *
 * @example
 * ```ts ignore
 * import { ansibleMissing } from "./controller_check.ts";
 * console.log(await ansibleMissing() ?? "ansible-core 2.14 is here");
 * ```
 */
export async function ansibleMissing(): Promise<string | undefined> {
  try {
    const out = await new Deno.Command("/usr/bin/ansible-playbook", {
      args: ["--version"],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout);
    return out.success && text.includes("core 2.14.")
      ? undefined
      : `/usr/bin/ansible-playbook is not ansible-core 2.14: ${
        text.split("\n")[0]
      }`;
  } catch (error) {
    return `/usr/bin/ansible-playbook: ${(error as Error).message}`;
  }
}

/** Which `ansible-playbook` {@linkcode registeredByAnsible} runs. */
export interface PlaybookCommand {
  /** The command and its first arguments (default: 2.14's `/usr/bin/ansible-playbook`). */
  command?: string[];
  /** Extra environment (PYTHONPATH for an unpacked version). */
  env?: Record<string, string>;
}

/**
 * Runs each sample as a task of one playbook and returns what Ansible
 * registered and warned, in sample order.
 *
 * @param samples Module outputs.
 * @param options Another `ansible-playbook` than 2.14's.
 * @returns One entry per sample.
 * @throws {Error} When the playbook does not complete.
 *
 * @example
 * ```ts ignore
 * import { registeredByAnsible, SAMPLES } from "./controller_check.ts";
 * const seen = await registeredByAnsible(SAMPLES);
 * ```
 */
export async function registeredByAnsible(
  samples: readonly Sample[],
  options: PlaybookCommand = {},
): Promise<Registered[]> {
  const command = options.command ?? ["/usr/bin/ansible-playbook"];
  const dir = await Deno.makeTempDir({ prefix: "equivalence-ansible-" });
  try {
    const library = join(dir, "library");
    await Deno.mkdir(library);
    // WANT_JSON: Ansible passes the arguments file, as to our modules.
    await Deno.writeTextFile(
      join(library, "emit"),
      `#!/bin/sh\n# WANT_JSON\nexec /usr/bin/python3 ${
        join(ROOT, "testdata/equivalence/emit.py")
      } "$1"\n`,
      { mode: 0o755 },
    );
    await Deno.writeTextFile(
      join(dir, "samples.json"),
      JSON.stringify(samples.map((s) => ({
        stdout: base64(s.stdout),
        stderr: base64(s.stderr ?? ""),
        rc: s.rc ?? 0,
      }))),
    );
    await Deno.writeTextFile(join(dir, "play.yml"), playbook(samples, dir));
    const output = await new Deno.Command("/bin/sh", {
      // "$@" keeps each word of the command as it is; stderr joins stdout,
      // where the controller's warnings are read from.
      args: [
        "-c",
        'exec "$@" -i localhost, play.yml 2>&1',
        "sh",
        ...command,
      ],
      cwd: dir,
      env: {
        EQUIVALENCE_SAMPLES: join(dir, "samples.json"),
        ANSIBLE_LOCAL_TEMP: join(dir, "local-tmp"),
        ANSIBLE_REMOTE_TMP: join(dir, "remote-tmp"),
        ANSIBLE_NOCOLOR: "1",
        ANSIBLE_RETRY_FILES_ENABLED: "false",
        ANSIBLE_STDOUT_CALLBACK: "default",
        ANSIBLE_LOCALHOST_WARNING: "false",
        ...options.env,
      },
      stdout: "piped",
      stdin: "null",
    }).output();
    const text = new TextDecoder().decode(output.stdout);
    if (!output.success) {
      throw new Error(`ansible-playbook failed:\n${text.slice(-3000)}`);
    }
    const results = parsePythonJson(
      await Deno.readTextFile(join(dir, "registered.json")),
    ) as Record<string, unknown>[];
    const warnings = warningsByTask(text);
    return results.map((result, i) => ({
      result,
      warnings: (warnings.get(`sample ${i}`) ?? []).map(withoutSpace),
    }));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

function playbook(samples: readonly Sample[], dir: string): string {
  const tasks = samples.map((_, i) =>
    [
      `    - name: sample ${i}`,
      `      emit: { sample: ${i} }`,
      `      register: r${i}`,
      `      ignore_errors: true`,
    ].join("\n")
  );
  const all = samples.map((_, i) => `r${i}`).join(", ");
  return [
    "- hosts: localhost",
    "  connection: local",
    "  gather_facts: false",
    "  vars: { ansible_python_interpreter: /usr/bin/python3 }",
    "  tasks:",
    ...tasks,
    "    - name: dump",
    "      copy:",
    `        dest: ${join(dir, "registered.json")}`,
    `        content: "{{ [${all}] | to_json }}"`,
    "",
  ].join("\n");
}

/**
 * The `[WARNING]:` messages the default callback showed under each
 * `TASK [name]` banner, wrapped lines joined with one space (Ansible wraps
 * them to the terminal's width).
 *
 * @param text The output of `ansible-playbook` with the default callback.
 * @returns The warnings of each task, by the task's name.
 *
 * @example
 * ```ts
 * import { warningsByTask } from "./controller_check.ts";
 * const text = "TASK [t] ***\n[WARNING]: a long\nwarning\nok: [localhost]\n";
 * console.assert(warningsByTask(text).get("t")?.[0] === "a long warning");
 * ```
 */
export function warningsByTask(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let task = "";
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    const banner = /^TASK \[(.*)\] \*+$/.exec(line);
    if (banner) {
      task = banner[1];
      current = undefined;
      continue;
    }
    if (line.startsWith("[WARNING]: ")) {
      current = [line.slice("[WARNING]: ".length)];
      found.set(task, [...(found.get(task) ?? []), ""]);
    } else if (
      current && line !== "" &&
      !/^(ok|fatal|changed|skipping|\.\.\.ignoring|PLAY|\[)/.test(line)
    ) {
      current.push(line.trim());
    } else {
      current = undefined;
    }
    if (current) {
      const list = found.get(task)!;
      list[list.length - 1] = current.join(" ");
    }
  }
  return found;
}

/**
 * Text with every whitespace character removed, for comparing warnings
 * that Ansible wrapped.
 *
 * @param text Any text.
 * @returns The text without whitespace.
 *
 * @example
 * ```ts
 * import { withoutSpace } from "./controller_check.ts";
 * console.assert(withoutSpace("a b\nc") === "abc");
 * ```
 */
export function withoutSpace(text: string): string {
  return text.replace(/\s+/g, "");
}

function base64(data: string | Uint8Array): string {
  const raw = typeof data === "string" ? new TextEncoder().encode(data) : data;
  let binary = "";
  for (const b of raw) binary += String.fromCharCode(b);
  return btoa(binary);
}
