/**
 * Smoke test of the benchmark: `deno task bench --quick` still runs every
 * case, writes valid reports, and leaves no daemon behind (nor the SSH
 * cases' test user); with CI=true no case may skip. It checks that
 * the benchmark works, not what it measures (CI machines are too noisy for
 * that). Results go to a temp directory (`--out`), never over the committed
 * ones. Also: `--help`, and a command line it does not understand.
 */
import assert from "node:assert/strict";
import { CASE_IDS, USAGE } from "./bench/bench.ts";
import type { Results } from "./bench/_report.ts";
import {
  processesMentioning,
  ROOT,
  stopDaemonsUnder,
} from "./_test_harness.ts";

Deno.test("deno task bench --quick runs every case and leaves no daemon", async () => {
  // The benchmark's workspace goes below `out` too (TMPDIR), so that any
  // process it left behind would mention `out` on its command line. Short,
  // as the daemons' socket paths below it must fit in 107 bytes.
  const out = await Deno.makeTempDir({ dir: "/tmp", prefix: "bs-" });
  try {
    const run = await new Deno.Command(Deno.execPath(), {
      args: ["task", "bench", "--quick", "--out", out],
      cwd: ROOT,
      env: { TMPDIR: out },
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stderr = new TextDecoder().decode(run.stderr);
    assert.equal(run.code, 0, `the benchmark failed:\n${stderr.slice(-4000)}`);

    const results: Results = JSON.parse(
      await Deno.readTextFile(`${out}/results.json`),
    );
    assert.equal(results.meta.quick, true);
    assert.deepEqual(results.cases.map((c) => c.id), CASE_IDS);
    for (const c of results.cases) {
      assert.ok(
        ["PASS", "MISS", "REF", "SKIP"].includes(c.status),
        `${c.id}: status ${c.status} (${c.note})`,
      );
      if (c.status === "SKIP") assert.ok(c.note, `${c.id} skipped silently`);
      // CI installs Ansible, openssh-server and Mitogen (.ci/install_*.sh):
      // there a skip is a broken install, not a missing optional tool.
      if (Deno.env.get("CI") === "true") {
        assert.notEqual(c.status, "SKIP", `${c.id} skipped in CI: ${c.note}`);
      } else {
        assert.ok(
          typeof c.value === "number" && Number.isFinite(c.value),
          `${c.id}: value ${c.value}`,
        );
      }
      if (c.status === "PASS" || c.status === "MISS") assert.ok(c.target);
    }

    const markdown = await Deno.readTextFile(`${out}/results.md`);
    // The reports are run through `deno fmt`, which pads table cells.
    assert.match(markdown, /\|\s*case\s*\|\s*measured\s*\|\s*target\s*\|/);
    for (const c of results.cases) {
      const name = c.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      assert.match(markdown, new RegExp(`\\| ${name}\\s+\\|`), c.name);
      // A case's table of variants is printed with it.
      const title = (c.details?.matrix as { title?: string } | undefined)
        ?.title;
      if (title) {
        assert.ok(
          markdown.replace(/\s+/g, " ").includes(title),
          `${c.id}: no table "${title}"`,
        );
      }
    }
    const svg = await Deno.readTextFile(`${out}/results.svg`);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg.trimEnd(), /<\/svg>$/);

    assert.deepEqual(await processesMentioning(out), [], "processes survived");
    // The SSH cases add a user (and its home) for the run and remove it.
    assert.deepEqual(await usersOf(out), [], "the SSH test user survived");
  } finally {
    await stopDaemonsUnder(out);
    await Deno.remove(out, { recursive: true });
  }
});

/** Test users whose comment names a directory below `dir`: this run's. */
async function usersOf(dir: string): Promise<string[]> {
  const passwd = await Deno.readTextFile("/etc/passwd").catch(() => "");
  return passwd.split("\n").map((line) => line.split(":"))
    .filter((fields) => fields[4]?.includes(`${dir}/`))
    .map((fields) => fields[0]);
}

/** Runs `bench/bench.ts ARGS` to its end: what it printed and its exit code. */
async function bench(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-all", "bench/bench.ts", ...args],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  return {
    code: run.code,
    stdout: decoder.decode(run.stdout),
    stderr: decoder.decode(run.stderr),
  };
}

Deno.test("deno task bench --help prints the usage; a bad command line gets it with the reason and exit 2, no stack", async () => {
  const help = await bench(["--help"]);
  assert.equal(help.code, 0, help.stderr);
  assert.equal(help.stdout, `${USAGE}\n`);
  assert.equal(help.stderr, "");
  for (const option of ["--quick", "--out", "--only", "--seed", "--runtime"]) {
    assert.match(USAGE, new RegExp(`^  ${option}\\b`, "m"));
  }
  const wrong: [string[], string][] = [
    [["--bogus"], "Unknown option '--bogus'"],
    [["--quick", "--out"], "Option '--out <value>' argument missing"],
    [["--only", "process,nope"], "Unknown group nope; groups are process,"],
    [["--seed", "x"], "The seed must be a whole number: x"],
  ];
  for (const [args, reason] of wrong) {
    const run = await bench(args);
    assert.equal(run.code, 2, `${args.join(" ")}: ${run.stderr}`);
    assert.equal(run.stdout, "");
    assert.ok(
      run.stderr.startsWith(`bench: ${reason}`),
      `${args.join(" ")}: ${run.stderr}`,
    );
    assert.ok(run.stderr.includes(USAGE), run.stderr);
    assert.doesNotMatch(run.stderr, /^\s+at /m, "a stack trace");
  }
});
