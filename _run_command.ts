/**
 * `module.runCommand()`: ansible-core's `AnsibleModule.run_command` for
 * Deno. Commands run with the TASK's environment and working directory
 * (in the daemon, not the process's), and failures are reported with
 * run_command's own result fields and words, no_log values masked.
 *
 * @module
 */

import type { HelperHost } from "./_helper_host.ts";
import { osErrorOf, pyOsErrorText, pyRepr } from "./_os_error.ts";
import { absPath, expandUser, expandVars } from "./_path_expand.ts";
import { shlexQuote, shlexSplit } from "./_shlex.ts";

/**
 * Options of `module.runCommand()`, Python's keyword arguments in camelCase.
 *
 * @example
 * ```ts
 * import type { RunCommandOptions } from "./_run_command.ts";
 * const options: RunCommandOptions = { checkRc: true, cwd: "repo", envUpdate: { LC_ALL: "C" } };
 * ```
 */
export interface RunCommandOptions {
  /** Fail the task when the command exits non-zero (`check_rc`). */
  checkRc?: boolean;
  /** Directory to run in; relative to the task's directory, `~` expanded. */
  cwd?: string;
  /** When `cwd` is not a directory, run in the task's directory (default) instead of failing. */
  ignoreInvalidCwd?: boolean;
  /** Written to the command's stdin (otherwise stdin is empty). */
  data?: string | Uint8Array;
  /** Send `data` as is; by default a newline is added. */
  binaryData?: boolean;
  /** Variables added to (or replacing) the task's environment for this command. */
  envUpdate?: Readonly<Record<string, string>>;
  /** Directory put in front of `PATH` for this command. */
  pathPrefix?: string;
  /** Run a string (or the quoted words of a list) with the shell. */
  useUnsafeShell?: boolean;
  /**
   * With `useUnsafeShell`, the shell (default: `_ansible_shell_executable`,
   * else `/bin/sh`); without, the program run instead of the first word
   * (Python keeps that word as the program's `argv[0]`; Deno cannot).
   */
  executable?: string;
  /** Expand `~` and `$VARS` in each word when not using the shell (default true). */
  expandUserAndVars?: boolean;
  /** A prompt on stdout while no `data` is given ends the command with rc 257. */
  promptRegex?: string | RegExp;
  /** Fail the task when the command cannot be started (default); false throws {@linkcode RunCommandError}. */
  handleExceptions?: boolean;
  /** Aborting it kills the command (an addition: Python has no timeout). */
  signal?: AbortSignal;
}

/**
 * What a command did.
 *
 * @example
 * ```ts
 * import type { CommandResult } from "./_run_command.ts";
 * const done: CommandResult = { rc: 0, stdout: "ok\n", stderr: "" };
 * ```
 */
export interface CommandResult {
  /** Exit code; minus the signal number when a signal ended it. */
  rc: number;
  /** Its standard output, decoded as UTF-8. */
  stdout: string;
  /** Its standard error, decoded as UTF-8. */
  stderr: string;
}

/**
 * Thrown by `runCommand()` with `handleExceptions: false` when the command
 * cannot be started; the message is Python's (`[Errno 2] No such file or
 * directory: b'x'`).
 *
 * @example
 * ```ts
 * import { RunCommandError } from "./_run_command.ts";
 * const error = new RunCommandError("[Errno 2] No such file or directory: b'x'", { errno: 2, cmd: "x" });
 * console.assert(error.errno === 2);
 * ```
 */
export class RunCommandError extends Error {
  /** The system error number, when there is one. */
  readonly errno?: number;
  /** The command as run_command reports it (secrets masked). */
  readonly cmd: string;

  /** Builds the error. */
  constructor(message: string, details: { errno?: number; cmd: string }) {
    super(message);
    this.name = "RunCommandError";
    this.errno = details.errno;
    this.cmd = details.cmd;
  }
}

const PROMPT_MESSAGE =
  "A prompt was encountered while running a command, but no input data was specified";
const encoder = new TextEncoder();

/**
 * Runs a command as `run_command` does: a list runs as is, a string is
 * split with `shlex` (or given to the shell with `useUnsafeShell`), `~`
 * and `$VARS` are expanded from the task's environment, and the child gets
 * that environment (plus `envUpdate`) and the task's directory.
 *
 * @param host The module.
 * @param args The command: words, or one string.
 * @param options run_command's keyword arguments.
 * @returns The exit code and the output.
 * @throws {RunCommandError} When the command cannot start and `handleExceptions` is false.
 *
 * @example
 * ```ts ignore
 * const { rc, stdout } = await runCommand(module, ["git", "status"], { cwd: "repo" });
 * ```
 */
export async function runCommand(
  host: HelperHost,
  args: readonly string[] | string,
  options: RunCommandOptions = {},
): Promise<CommandResult> {
  if (typeof args !== "string" && !Array.isArray(args)) {
    host.failJson({
      rc: 257,
      cmd: args,
      msg: "Argument 'args' to run_command must be list or string",
    });
  }
  const { argv, shown } = await commandLine(host, args, options);
  const clean = () => cleanArgs(shown, host.scrub);
  const prompt = promptPattern(host, options.promptRegex);
  const env: Record<string, string> = { ...host.env, ...options.envUpdate };
  if (options.pathPrefix) {
    env.PATH = env.PATH
      ? `${options.pathPrefix}:${env.PATH}`
      : options.pathPrefix;
  }
  const cwd = await workingDirectory(host, options);
  const input = stdinBytes(options);
  // Popen(executable=...) runs it in place of the first word.
  const instead = !options.useUnsafeShell && options.executable;
  const program = instead ? String(options.executable) : argv[0];
  let child: Deno.ChildProcess;
  try {
    // Python fails on an empty list when it reads args[0].
    if (argv.length === 0) throw new Error("list index out of range");
    child = new Deno.Command(program, {
      args: argv.slice(1),
      cwd,
      env,
      clearEnv: true,
      stdin: input ? "piped" : "null",
      stdout: "piped",
      stderr: "piped",
      signal: options.signal,
    }).spawn();
  } catch (error) {
    return startFailed(host, error, {
      program: program ?? "",
      // Python turns the words to bytes, but not a program given as executable.
      bytes: !instead,
      cmd: clean(),
      handle: options.handleExceptions ?? true,
    });
  }
  const run = await collect(child, { input, prompt });
  if (run.prompted) {
    return { rc: 257, stdout: run.stdout, stderr: PROMPT_MESSAGE };
  }
  if (run.rc !== 0 && options.checkRc) {
    const msg = heuristicLogSanitize(
      run.stderr.replace(/[ \t\n\r\v\f]+$/, ""),
      host.scrub,
    );
    host.failJson({
      cmd: clean(),
      rc: run.rc,
      stdout: run.stdout,
      stderr: run.stderr,
      msg,
    });
  }
  return { rc: run.rc, stdout: run.stdout, stderr: run.stderr };
}

/** What the command reads: `data`, with a newline unless `binaryData`; nothing for empty data. */
function stdinBytes(options: RunCommandOptions): Uint8Array | undefined {
  const data = options.data;
  if (data === undefined || data.length === 0) return undefined;
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  return options.binaryData ? bytes : concat([bytes, [10]]);
}

/** The words to run, and what run_command shows as `cmd` for them. */
async function commandLine(
  host: HelperHost,
  args: readonly string[] | string,
  options: RunCommandOptions,
): Promise<{ argv: string[]; shown: readonly string[] | string }> {
  if (options.useUnsafeShell) {
    const line = typeof args === "string"
      ? args
      : args.map((word) => shlexQuote(String(word))).join(" ");
    const configured = host.shellExecutable;
    const shell = options.executable ??
      (configured && configured !== "/bin/sh" ? configured : undefined);
    // Python's shell=True shows the line itself; an explicit shell shows
    // the whole [shell, -c, line].
    if (shell === undefined) {
      return { argv: ["/bin/sh", "-c", line], shown: line };
    }
    const argv = [shell, "-c", line];
    return { argv, shown: argv };
  }
  const words = (typeof args === "string" ? shlexSplit(args) : [...args])
    .filter((word) => word != null).map(String);
  if (options.expandUserAndVars === false) return { argv: words, shown: words };
  const argv = await Promise.all(
    words.map((word) => expandUser(expandVars(word, host.env), host.env)),
  );
  return { argv, shown: argv };
}

async function workingDirectory(
  host: HelperHost,
  options: RunCommandOptions,
): Promise<string> {
  if (!options.cwd) return host.cwd;
  const dir = absPath(await expandUser(options.cwd, host.env), host.cwd);
  const isDir = await Deno.stat(dir).then((s) => s.isDirectory, () => false);
  if (isDir) return dir;
  if (options.ignoreInvalidCwd === false) {
    host.failJson({
      msg: `Provided cwd is not a valid directory: ${
        pyRepr(dir, { bytes: true })
      }`,
    });
  }
  return host.cwd;
}

function promptPattern(
  host: HelperHost,
  pattern: string | RegExp | undefined,
): RegExp | undefined {
  if (!pattern) return undefined;
  try {
    // A fresh copy without g/y, whose test() would otherwise keep state.
    return typeof pattern === "string"
      ? new RegExp(pattern, "m")
      : new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""));
  } catch {
    host.failJson({
      msg: "invalid prompt regular expression given to run_command",
    });
  }
}

/** The failure run_command reports for a command that could not start. */
function startFailed(
  host: HelperHost,
  error: unknown,
  details: { program: string; bytes: boolean; cmd: string; handle: boolean },
): never {
  const info = osErrorOf(error);
  const msg = info
    ? pyOsErrorText(error, {
      filename: details.program,
      bytes: details.bytes,
    })
    : error instanceof Error
    ? error.message
    : String(error);
  if (!details.handle) {
    throw new RunCommandError(msg, { errno: info?.errno, cmd: details.cmd });
  }
  if (info) {
    host.failJson({
      rc: info.errno,
      stdout: "",
      stderr: "",
      msg,
      cmd: details.cmd,
    });
  }
  host.failJson({
    rc: 257,
    stdout: "",
    stderr: "",
    msg,
    exception: error instanceof Error ? error.stack ?? "" : "",
    cmd: details.cmd,
  });
}

interface Collected {
  rc: number;
  stdout: string;
  stderr: string;
  prompted: boolean;
}

/** Feeds stdin and reads both outputs to their end, watching for a prompt. */
async function collect(
  child: Deno.ChildProcess,
  options: { input?: Uint8Array; prompt?: RegExp },
): Promise<Collected> {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  let prompted = false;
  const stdoutReader = child.stdout.getReader();
  const stderrReader = child.stderr.getReader();
  const fed = feed(child, options.input);
  const readOut = drain(stdoutReader, out, () => {
    if (!options.prompt || options.input) return false;
    prompted = options.prompt.test(decode(out));
    return prompted;
  });
  const readErr = drain(stderrReader, err, () => prompted);
  await readOut;
  if (prompted) {
    // Python leaves the prompting command waiting; we end it.
    try {
      child.kill("SIGKILL");
    } catch {
      // It ended on its own.
    }
    await stdoutReader.cancel().catch(() => {});
    await stderrReader.cancel().catch(() => {});
  }
  await readErr;
  await fed;
  const status = await child.status;
  // Deno reports a signal as 128 + its number; Python as minus the number.
  const rc = status.signal !== null ? 128 - status.code : status.code;
  return { rc, stdout: decode(out), stderr: decode(err), prompted };
}

async function feed(
  child: Deno.ChildProcess,
  input: Uint8Array | undefined,
): Promise<void> {
  if (!input) return;
  const writer = child.stdin.getWriter();
  // A command that exits without reading its input is not an error.
  await writer.write(input).catch(() => {});
  await writer.close().catch(() => {});
}

async function drain(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  sink: Uint8Array[],
  stop: () => boolean,
): Promise<void> {
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) return;
      sink.push(value);
      if (stop()) return;
    }
  } catch {
    // Cancelled after a prompt.
  }
}

function decode(chunks: Uint8Array[]): string {
  return new TextDecoder().decode(concat(chunks));
}

function concat(chunks: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const PASSWD_ARG = /^-{0,2}pass-?(word|wd)?/;

/**
 * The command as run_command reports it (`_clean_args`): the value after
 * a `--password`-like word is masked, `user:pass@` in URLs is masked, the
 * no_log values are masked, and the words are shell-quoted.
 *
 * @param args The words run, or the string given to the shell.
 * @param scrub Masks the task's no_log values.
 * @returns The printable command.
 *
 * @example
 * ```ts
 * import { cleanArgs } from "./_run_command.ts";
 * const cmd = cleanArgs(["curl", "--password", "s3cret", "http://u:p@h/x"], (s) => s);
 * console.assert(cmd === "curl --password '********' 'http://u:********@h/x'");
 * ```
 */
export function cleanArgs(
  args: readonly string[] | string,
  scrub: (text: string) => string,
): string {
  const words = typeof args === "string" ? shlexSplit(args) : args;
  const clean: string[] = [];
  let secretNext = false;
  for (const word of words) {
    if (secretNext) {
      secretNext = false;
      clean.push("********");
      continue;
    }
    if (PASSWD_ARG.test(word)) {
      const sep = word.indexOf("=");
      if (sep > -1) {
        clean.push(`${word.slice(0, sep)}=********`);
        continue;
      }
      secretNext = true;
    }
    clean.push(heuristicLogSanitize(word, scrub));
  }
  return clean.map(shlexQuote).join(" ");
}

/**
 * ansible-core's `heuristic_log_sanitize`: masks what looks like the
 * password of `user:password@host` or `scheme://user:password@host`, then
 * the no_log values.
 *
 * @param data The text.
 * @param scrub Masks the task's no_log values.
 * @returns The text with passwords masked.
 *
 * @example
 * ```ts
 * import { heuristicLogSanitize } from "./_run_command.ts";
 * const out = heuristicLogSanitize("fetch https://bob:hunter2@example.org/x", (s) => s);
 * console.assert(out === "fetch https://bob:********@example.org/x");
 * ```
 */
export function heuristicLogSanitize(
  data: string,
  scrub: (text: string) => string = (text) => text,
): string {
  // A port of the Python loop, working backwards from each '@'.
  const output: string[] = [];
  let begin = data.length;
  let prevBegin = begin;
  let sep: number | null = 1;
  while (sep) {
    const end = begin > 0 ? data.lastIndexOf("@", begin - 1) : -1;
    if (end < 0) {
      output.unshift(data.slice(0, begin));
      break;
    }
    sep = null;
    let sepSearchEnd = end;
    while (!sep) {
      const scheme = sepSearchEnd >= 3
        ? data.lastIndexOf("://", sepSearchEnd - 3)
        : -1;
      begin = scheme < 0 ? 0 : scheme;
      const found = data.indexOf(":", begin + 3);
      sep = found >= 0 && found < end ? found : null;
      if (sep === null) {
        if (begin === 0) {
          output.unshift(data.slice(0, prevBegin));
          break;
        }
        sepSearchEnd = begin;
      }
    }
    if (sep) {
      output.unshift(data.slice(end, prevBegin));
      output.unshift("********");
      output.unshift(data.slice(begin, sep + 1));
      prevBegin = begin;
    }
  }
  return scrub(output.join(""));
}
