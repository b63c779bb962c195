/**
 * The cases of helpers_parity_test.ts: each runs one helper of the module object
 * (`module.ts`) and of ansible-core's AnsibleModule (`driver.py`) on the
 * same files, environment and directory, and the printed results must be
 * the same. Also the tables of pure functions (mode parser, shlex, ...)
 * compared with their Python originals.
 *
 * In strings, `@D` is the case's own directory (its cwd) and `@S` a
 * directory on another file system (`/dev/shm`).
 *
 * @module
 */

/** A file the case starts with: its content, or how to make it. */
export type FileSpec =
  | string
  | {
    content?: string;
    mode?: number;
    dir?: true;
    link?: string;
    owner?: number;
    group?: number;
    /** `chattr +i` once every file is made (root only; even root cannot then add files). */
    immutable?: true;
  };

/**
 * One case.
 *
 * @example
 * ```ts
 * import type { HelperCase } from "./cases.ts";
 * const c: HelperCase = { name: "echo", op: "run_command", input: { args: ["echo", "x"] } };
 * ```
 */
export interface HelperCase {
  /** Unique name, shown when the case fails. */
  name: string;
  /** The helper: a key of module.ts's and driver.py's OPS. */
  op: string;
  /** Its arguments (Python's names). */
  input: Record<string, unknown>;
  /** Files made in `@D` (or `@S/...`) before the run. */
  files?: Record<string, FileSpec>;
  /** Environment on top of {@linkcode BASE_ENV}. */
  env?: Record<string, string>;
  /** More module arguments (`mode`, `owner`, ...). */
  args?: Record<string, unknown>;
  /** `_ansible_*` arguments. */
  internal?: Record<string, unknown>;
  /** Paths whose existence after the run is compared too. */
  check?: string[];
}

/**
 * The environment of every case (driver.py's is only this). HOME is the same
 * for all cases (and exists for none): it is part of a daemon's identity
 * (os.homedir() reads the process's), so one warm daemon serves every case.
 */
export const BASE_ENV: Readonly<Record<string, string>> = {
  PATH: "/usr/bin:/bin",
  HOME: "/nonexistent/home-of-the-helper-cases",
  FOO: "foo",
  LC_ALL: "C.UTF-8",
};

const SECRET = "hunter2";
const noexec = { content: "#!/bin/sh\necho no\n", mode: 0o644 };
const prog = { content: '#!/bin/sh\necho "prog $0 $*"\n', mode: 0o755 };

/**
 * Every module case.
 *
 * @example
 * ```ts
 * import { MODULE_CASES } from "./cases.ts";
 * console.assert(MODULE_CASES.length > 50);
 * ```
 */
export const MODULE_CASES: readonly HelperCase[] = [
  // run_command
  ...[
    ["words, ~ and $VARS expanded", [
      "echo",
      "hi",
      "$HOME",
      "~",
      "${FOO}x",
      "$NOPE",
      "~nosuchuser_x/y",
    ]],
    [
      "string split with shlex",
      `printf '%s|' a 'b c' "d \\"e\\"" f\\ g "" ~/x`,
    ],
    ["nulls dropped from the list", ["echo", null, "x"]],
    ["exit code without check_rc", [
      "sh",
      "-c",
      "echo out; echo err >&2; exit 3",
    ]],
    ["killed by a signal", ["sh", "-c", "kill -TERM $$"]],
    ["not found", [
      "nosuch_cmd_x",
      "--password",
      SECRET,
      "passenger",
      "p2",
      "--pass=z",
      "http://u:pw@h/",
    ]],
    ["not executable", ["@D/noexec"]],
    ["a directory", ["@D"]],
    ["empty list", []],
    ["args neither list nor string", 123],
    ["unclosed quote", 'echo "open'],
  ].map(([name, args]): HelperCase => ({
    name: `run_command: ${name}`,
    op: "run_command",
    input: { args },
    files: { noexec, "home/x": "" },
  })),
  ...([
    ["check_rc failure, secrets masked", [
      "sh",
      "-c",
      `echo out ${SECRET}; echo "bad https://u:pw@h/ ${SECRET}" >&2; exit 3`,
      SECRET,
    ], { check_rc: true }],
    ["check_rc success", ["true"], { check_rc: true }],
    ["environ_update over the task's env", ["sh", "-c", "echo $FOO-$BAR"], {
      environ_update: { BAR: "bar", FOO: "over" },
    }],
    ["cwd relative to the task's", ["pwd"], { cwd: "sub/../sub" }],
    ["cwd with ~", ["pwd"], { cwd: "~" }],
    ["invalid cwd ignored", ["pwd"], { cwd: "@D/missing" }],
    ["invalid cwd refused", ["pwd"], {
      cwd: "@D/missing",
      ignore_invalid_cwd: false,
    }],
    ["a file as cwd refused", ["pwd"], {
      cwd: "noexec",
      ignore_invalid_cwd: false,
    }],
    ["data gets a newline", ["od", "-An", "-c"], { data: "abc" }],
    ["binary data as is", ["od", "-An", "-c"], {
      data: "abc",
      binary_data: true,
    }],
    ["empty data", ["cat"], { data: "" }],
    ["path_prefix", ["prog", "a"], { path_prefix: "@D/bin" }],
    ["no expansion", ["echo", "$HOME", "~"], { expand_user_and_vars: false }],
    ["shell string", "echo $FOO | tr a-z A-Z; exit 4", {
      use_unsafe_shell: true,
    }],
    ["shell list quoted", ["echo", "a  b", "$FOO", "it's"], {
      use_unsafe_shell: true,
    }],
    ["shell with executable", 'echo "$0"', {
      use_unsafe_shell: true,
      executable: "/bin/bash",
    }],
    ["shell check_rc failure", "echo x; exit 2", {
      use_unsafe_shell: true,
      check_rc: true,
    }],
    ["executable shell check_rc failure", "exit 2", {
      use_unsafe_shell: true,
      executable: "/bin/bash",
      check_rc: true,
    }],
    ["prompt without data", ["sh", "-c", "printf 'Password: '; read x"], {
      prompt_regex: "[Pp]assword:",
    }],
    ["prompt with data", [
      "sh",
      "-c",
      "printf 'Password: '; read x; echo got $x",
    ], { prompt_regex: "Password:", data: "pw" }],
    ["invalid prompt regex", ["true"], { prompt_regex: "(" }],
    ["not found, not handled", ["nosuch_cmd_x"], { handle_exceptions: false }],
    ["executable instead of the first word", ["echo", "x"], {
      executable: "/usr/bin/printf",
    }],
    ["executable not found", ["echo", "x"], {
      executable: "/nonexistent/prog",
    }],
  ] as [string, unknown, Record<string, unknown>][]).map((
    [name, args, kw],
  ): HelperCase => ({
    name: `run_command: ${name}`,
    op: "run_command",
    input: { args, kw },
    files: { noexec, "bin/prog": prog, "sub/.keep": "", "home/.keep": "" },
  })),
  {
    name: "run_command: _ansible_shell_executable",
    op: "run_command",
    input: { args: 'echo "$0"', kw: { use_unsafe_shell: true } },
    internal: { _ansible_shell_executable: "/bin/bash" },
  },
  // get_bin_path
  ...([
    ["found in PATH", { arg: "sh" }, {}],
    ["required and missing", { arg: "nosuch_x", required: true }, {
      PATH: "/nonexistent:@D/bin:",
    }],
    ["missing", { arg: "nosuch_x" }, {}],
    [
      "opt_dirs first",
      { arg: "prog", opt_dirs: ["/nonexistent", "@D/bin"] },
      {},
    ],
    ["relative PATH entry", { arg: "prog" }, { PATH: "bin" }],
    ["no execute bit, a directory", { arg: "noexec", required: true }, {
      PATH: "@D:@D/dirs",
    }],
    ["absolute name", { arg: "/bin/sh" }, {}],
  ] as [string, Record<string, unknown>, Record<string, string>][]).map((
    [name, input, env],
  ): HelperCase => ({
    name: `get_bin_path: ${name}`,
    op: "get_bin_path",
    input,
    env,
    files: { noexec, "bin/prog": prog, "dirs/noexec": { dir: true } },
  })),
  // boolean
  ...[
    "yes",
    " Off ",
    "TRUE",
    "t",
    1,
    0,
    true,
    false,
    null,
    "maybe",
    2.5,
    2,
    "",
    [1],
    { a: 1 },
  ]
    .map((value): HelperCase => ({
      name: `boolean: ${JSON.stringify(value)}`,
      op: "boolean",
      input: { value },
    })),
  // digests
  ...([
    ["sha256", "digest", { path: "f", algorithm: "sha256" }],
    ["sha1", "digest", { path: "f", algorithm: "sha1" }],
    ["md5", "digest", { path: "f", algorithm: "md5" }],
    ["sha512 through a link", "digest", { path: "link", algorithm: "sha512" }],
    ["missing file", "digest", { path: "missing", algorithm: "sha256" }],
    ["a directory", "digest", { path: "d", algorithm: "sha256" }],
    ["unknown algorithm", "digest", { path: "f", algorithm: "sha3" }],
    ["sha256()", "sha256", { path: "@D/f" }],
  ] as [string, string, Record<string, unknown>][]).map((
    [name, op, input],
  ): HelperCase => ({
    name: `digest: ${name}`,
    op,
    input,
    files: { f: "some content\n", link: { link: "f" }, "d/.keep": "" },
  })),
  // atomic_move
  {
    name: "atomic_move: creates dest with the umask's mode",
    op: "atomic_move",
    input: { src: "new", dest: "dest" },
    files: { new: { content: "new\n", mode: 0o700 } },
  },
  {
    name: "atomic_move: keeps dest's mode and owner",
    op: "atomic_move",
    input: { src: "new", dest: "@D/dest" },
    files: {
      new: { content: "new\n", mode: 0o600 },
      dest: { content: "old\n", mode: 0o640, owner: 65534, group: 65534 },
    },
  },
  {
    name: "atomic_move: across file systems, over an existing dest",
    op: "atomic_move",
    input: { src: "@S/new", dest: "dest" },
    files: {
      "@S/new": { content: "new\n", mode: 0o600 },
      dest: { content: "old\n", mode: 0o604 },
    },
  },
  {
    name: "atomic_move: across file systems, new dest",
    op: "atomic_move",
    input: { src: "@S/new", dest: "@D/sub/dest" },
    files: { "@S/new": { content: "new\n", mode: 0o755 }, "sub/.keep": "" },
  },
  {
    name: "atomic_move: into a directory where no temp file can be made",
    op: "atomic_move",
    input: { src: "new", dest: "frozen/dest" },
    files: {
      new: "new\n",
      "frozen/dest": "old\n",
      frozen: { dir: true, immutable: true },
    },
  },
  {
    name: "atomic_move: unsafe_writes (from the environment) writes in place",
    op: "atomic_move",
    input: { src: "new", dest: "frozen/dest" },
    env: { ANSIBLE_UNSAFE_WRITES: "1" },
    files: {
      new: "new\n",
      "frozen/dest": { content: "old\n", mode: 0o640 },
      frozen: { dir: true, immutable: true },
    },
  },
  {
    name: "atomic_move: missing src",
    op: "atomic_move",
    input: { src: "missing", dest: "dest" },
  },
  {
    name: "atomic_move: missing src over an existing dest",
    op: "atomic_move",
    input: { src: "missing", dest: "dest" },
    files: { dest: "old\n" },
  },
  {
    name: "atomic_move: missing dest directory",
    op: "atomic_move",
    input: { src: "new", dest: "@D/nodir/dest" },
    files: { new: "new\n" },
  },
  // backup_local
  {
    name: "backup_local: copy with mode and times",
    op: "backup_local",
    input: { path: "conf" },
    files: { conf: { content: "setting=1\n", mode: 0o640 } },
  },
  {
    name: "backup_local: missing file",
    op: "backup_local",
    input: { path: "@D/missing" },
  },
  // set_fs_attributes_if_different
  ...([
    ["octal mode", { mode: "0644" }, "f"],
    ["same mode", { mode: "0600" }, "f"],
    ["mode as an integer", { mode: 0o755 }, "f"],
    ["symbolic mode", { mode: "u+x,g=rX,o-rwx" }, "f"],
    ["symbolic mode on a directory", { mode: "a=rX,u+w,g+s" }, "d"],
    ["bad symbolic mode", { mode: "q+r" }, "f"],
    ["symbolic mode with a bad permission", { mode: "u+rz" }, "f"],
    ["mode as a float", { mode: 6.5 }, "f"],
    ["mode on a symbolic link", { mode: "0600" }, "link"],
    ["owner by name", { owner: "nobody" }, "f"],
    ["owner by uid", { owner: "65534" }, "f"],
    ["unknown owner", { owner: "nosuchuser_x" }, "f"],
    ["group by name", { group: "nogroup" }, "f"],
    ["unknown group", { group: "nosuchgroup_x" }, "f"],
    [
      "owner, group and mode",
      { owner: "nobody", group: "65534", mode: "0640" },
      "f",
    ],
    ["owner of a symbolic link", { owner: "nobody" }, "link"],
    ["attributes added", { attributes: "+A" }, "f"],
    ["attributes already there", { attributes: "e" }, "f"],
    ["attributes removed", { attributes: "-A" }, "f"],
    ["path with $VARS", { mode: "0604" }, "$DIR_VAR/f"],
    ["missing path", { mode: "0644" }, "missing"],
    ["nothing to set", {}, "f"],
    ["SELinux options, SELinux disabled", {
      seuser: "system_u",
      setype: "_default",
    }, "f"],
  ] as [string, Record<string, unknown>, string][]).map((
    [name, args, path],
  ): HelperCase => ({
    name: `set_fs_attributes: ${name}`,
    op: "set_fs_attributes",
    input: { path },
    args,
    env: { DIR_VAR: "@D" },
    files: {
      f: { content: "f\n", mode: 0o600 },
      "d/.keep": "",
      link: { link: "f" },
    },
  })),
  ...([
    ["check mode reports", { mode: "0644", owner: "nobody" }, "f"],
    ["check mode, missing path", { mode: "0644" }, "missing"],
  ] as [string, Record<string, unknown>, string][]).map((
    [name, args, path],
  ): HelperCase => ({
    name: `set_fs_attributes: ${name}`,
    op: "set_fs_attributes",
    input: { path },
    args,
    internal: { _ansible_check_mode: true },
    files: { f: { content: "f\n", mode: 0o600 } },
  })),
  {
    name: "set_mode_if_different: only the mode, whatever the parameters",
    op: "set_mode",
    input: { path: "f", mode: "g+w" },
    args: { owner: "nobody", mode: "0600" },
    files: { f: { content: "f\n", mode: 0o644 } },
  },
  // add_cleanup_file
  {
    name: "cleanup: files removed on exit",
    op: "cleanup",
    input: { paths: ["a", "@D/b", "missing", "dangling", "dir"] },
    files: { a: "a", b: "b", dangling: { link: "nowhere" }, "dir/.keep": "" },
    check: ["a", "b", "dangling", "dir"],
  },
];

/**
 * The tables of pure functions, compared with their Python originals.
 *
 * @example
 * ```ts
 * import { tables } from "./cases.ts";
 * console.assert(tables().modes.length > 100);
 * ```
 */
export function tables(): {
  modes: { mode: string; st_mode: number; umask: number }[];
  shlex_split: string[];
  shlex_quote: string[];
  sanitize: string[];
  env: Record<string, string>;
  expandvars: string[];
  expanduser: string[];
  normpath: string[];
  boolean: unknown[];
} {
  const symbolic = [
    "u+x",
    "u-x",
    "u=rw",
    "g+w",
    "g-r",
    "g=",
    "o=r",
    "o-rwx",
    "a+x",
    "a-w",
    "a=r",
    "+x",
    "-w",
    "=r",
    "=",
    "+",
    "u+rwx,g-w,o=",
    "u=rw-x+X,g=r-x+X,o=r-x+X",
    "ug+x",
    "go-w",
    "ugo=rwx",
    "u+s",
    "g+s",
    "o+t",
    "u=rwxs,g=rs,o=t",
    "+t",
    "+s",
    "u=g",
    "g=u",
    "o=u",
    "u+o",
    "g-o",
    "a=u",
    "u=X",
    "a+X",
    "=X",
    "u+r+w-x",
    "u=r,g=w,o=x",
    "a-rwxst",
    "u",
    "",
    "a+rwx,",
    ",",
    "au+x",
    "ua+x",
    "ua=",
    "ua+",
    "ux+r",
    "q+r",
    "u+z",
    "u+rz",
    "u*x",
    "8",
    "0o",
    "0x1A4",
    "-1",
    " 0644\n",
    "0644",
    "644",
    "0o755",
    "0O7_55",
    "6_44",
    "+644",
    "00000644",
    "07777",
    "77777",
    "0_",
    "_644",
    "0o_644",
  ];
  const contexts = [
    { st_mode: 0o100644, umask: 0o022 },
    { st_mode: 0o100755, umask: 0o077 },
    { st_mode: 0o100600, umask: 0o002 },
    { st_mode: 0o040750, umask: 0o022 },
    { st_mode: 0o104751, umask: 0o027 },
  ];
  const modes = contexts.flatMap((c) =>
    symbolic.map((mode) => ({ mode, ...c }))
  );
  return {
    modes,
    shlex_split: [
      "",
      "   ",
      "a b  c",
      "'a b' \"c d\"",
      `a\\ b`,
      `"a\\"b"`,
      `"a\\b"`,
      `"a\\\\b"`,
      `'a\\b'`,
      `a"b c"d`,
      `""`,
      `'' x`,
      `a''`,
      "a\tb\nc",
      "echo 'it'\\''s'",
      `"unclosed`,
      `'unclosed`,
      "trailing\\",
      "#not a comment",
      "é 'ü ñ'",
      `a"$x"b`,
      "x\\\ny",
    ],
    shlex_quote: [
      "",
      "abc",
      "a b",
      "it's",
      "$HOME",
      "a@b%c+d=e:f,g.h/i-j",
      "é",
      "*",
    ],
    sanitize: [
      "plain text",
      "http://user:pass@host/path",
      "user:pass@host",
      "ssh://a:b@h1 and https://c:d@h2/x",
      "no password @ all",
      "a:b@c:d@e",
      "ftp://host/path@x",
      "://x:y@z",
      "x@y",
      "@",
      "u:p@h",
    ],
    env: { HOME: "/home/tester/", A: "a", A_1: "one", EMPTY: "" },
    expandvars: [
      "$A",
      "${A}",
      "$A_1x",
      "${A}_1",
      "$NOPE",
      "${NOPE}",
      "$",
      "${",
      "${}",
      "$$A",
      "a$A$A",
      "$EMPTY|",
      "${A",
      "$1",
      "é$A",
    ],
    expanduser: ["~", "~/x", "~root", "~root/x", "~nosuchuser_x/y", "x~", "~/"],
    normpath: [
      "",
      ".",
      "/",
      "//",
      "///",
      "//a",
      "/a/./b/../c/",
      "a/../..",
      "../a",
      "a//b",
      "/..",
      "/../a",
      "a/b/../../..",
    ],
    boolean: [
      "yes",
      "No",
      " on ",
      "\u3000true\u3000",
      "1",
      "0",
      1,
      0,
      1.5,
      "maybe",
      "",
      "none",
      true,
      false,
    ],
  };
}
