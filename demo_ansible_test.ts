/**
 * `deno task demo:ansible` (`examples/demo_ansible.ts`) under real
 * `ansible-playbook` 2.14 and 2.19: the zero-spawn column is served by the
 * action plugin (no module process per task, one login), the other columns
 * count what they should, and nothing is left behind; when the plugin falls
 * back, the demo says so, withholds the figures and exits with status 1.
 *
 * @module
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { processesMentioning, ROOT } from "./_test_harness.ts";
import {
  type AnsibleDemoFigures,
  formatAnsibleDemo,
  type PlaybookFigures,
  runAnsibleDemo,
  zeroSpawnFellBack,
} from "./examples/demo_ansible.ts";
import {
  ansibleVersions,
  CI,
  requireAnsible,
} from "./testdata/ansible/harness.ts";

/** Whether `pid` is a live process (a zombie waiting for init is not). */
async function running(pid: number): Promise<boolean> {
  try {
    return !/^\d+ \(.*\) Z/.test(await Deno.readTextFile(`/proc/${pid}/stat`));
  } catch {
    return false;
  }
}

function figuresOf(zeroSpawnRuns: number): AnsibleDemoFigures {
  const run = (
    wallMs: number,
    authentications: number,
    processes: PlaybookFigures["processes"],
  ): PlaybookFigures => ({
    wallMs,
    pids: [1],
    authentications,
    processes,
  });
  return {
    tasks: 20,
    version: "ansible-playbook [core 2.14.18]",
    baseline: run(1000, 0, { run: 0, locate: 0 }),
    plain: run(9000, 20, { run: 20, locate: 0 }),
    turbo: run(3000, 1, { run: 20, locate: 0 }),
    zeroSpawn: run(1500, 1, { run: zeroSpawnRuns, locate: 1 }),
    locateAnswers: zeroSpawnRuns ? 0 : 1,
    fallbackReasons: zeroSpawnRuns
      ? ["ansible-turbo: the module runs the stock way (the task uses become)"]
      : [],
  };
}

Deno.test("the report: four columns, the ratios, and the zero-spawn check", () => {
  const figures = figuresOf(0);
  assert.equal(zeroSpawnFellBack(figures), undefined);
  const text = formatAnsibleDemo(figures);
  assert.match(
    text,
    /\| 20 tasks +\| debug \(Ansible alone\) \| slow_init plain \| +turbo \| +zero-spawn \|/,
  );
  assert.match(
    text,
    /\| wall time +\| +1\.00 s \| +9\.00 s \| 3\.00 s \| +1\.50 s \|/,
  );
  assert.match(
    text,
    /\| module processes +\| +0 \| +20 \| +20 \| 0 \+ 1 locate \|/,
  );
  assert.match(
    text,
    /^ratios: turbo \/ plain 0\.33, zero-spawn \/ plain 0\.17, zero-spawn per task \/ debug per task 1\.50 \(75 ms vs 50 ms\)$/m,
  );
  // Modules' share: plain 8000 ms, turbo 2000 ms, zero-spawn 500 ms.
  assert.match(text, /turbo 4\.0x, zero-spawn 16\.0x faster than plain/);
  assert.match(text, /^zero-spawn checked: no module process ran a task/m);
  assert.doesNotMatch(text, /FELL BACK/);
});

Deno.test("the report of a zero-spawn run that fell back withholds its figures", () => {
  const figures = figuresOf(20);
  const reason = zeroSpawnFellBack(figures);
  assert.ok(reason);
  assert.match(
    reason,
    /^ZERO-SPAWN FELL BACK: 20 of 20 tasks ran a module process: .*stock path; the plugin kept no new locate answer/,
  );
  assert.match(reason, /\n {2}plugin: ansible-turbo: .*become\)$/);
  const text = formatAnsibleDemo(figures);
  assert.match(text, /\| zero-spawn \(FELL BACK\) \|/);
  assert.match(text, /\| wall time +\| .* \| +- \|/);
  assert.match(text, /\| logins +\| .* \| +- \|/);
  assert.match(text, /\| module processes +\| .* \| +20 \+ 1 locate \|/);
  assert.doesNotMatch(text, /ratios|zero-spawn checked|1\.50 s/);
  assert.ok(text.endsWith(`!!! ${reason}`));
});

for (const ansible of await ansibleVersions()) {
  Deno.test({
    name:
      `ansible-core ${ansible.label}: the demo's zero-spawn run has no module process per task`,
    ignore: ansible.missing !== undefined && !CI,
    async fn() {
      requireAnsible(ansible);
      const figures = await runAnsibleDemo({ tasks: 2, ansible });
      assert.equal(zeroSpawnFellBack(figures), undefined);
      assert.match(figures.version, new RegExp(`core ${ansible.label}\\.`));
      const { baseline, plain, turbo, zeroSpawn } = figures;
      assert.deepEqual(
        [baseline, plain, turbo, zeroSpawn].map((f) => f.processes),
        [
          { run: 0, locate: 0 },
          { run: 2, locate: 0 },
          { run: 2, locate: 0 },
          { run: 0, locate: 1 },
        ],
      );
      assert.deepEqual(
        [baseline, plain, turbo, zeroSpawn].map((f) => f.authentications),
        [0, 2, 1, 1],
      );
      assert.equal(plain.pids.length, 2, "a process per plain task");
      assert.equal(turbo.pids.length, 1, "one daemon serves turbo");
      assert.equal(zeroSpawn.pids.length, 1, "one daemon serves zero-spawn");
      assert.notEqual(zeroSpawn.pids[0], turbo.pids[0], "a daemon of its own");
      assert.equal(figures.locateAnswers, 1);
      // The demo stopped both daemons before returning.
      for (const pid of [turbo.pids[0], zeroSpawn.pids[0]]) {
        assert.equal(await running(pid), false, `daemon ${pid}`);
      }
    },
  });
}

const [ansible214] = await ansibleVersions();

Deno.test({
  name:
    "ansible-core 2.14: a fallen-back zero-spawn run is reported, exits 1, and leaves nothing",
  ignore: ansible214.missing !== undefined && !CI,
  async fn() {
    requireAnsible(ansible214);
    // The demo's temp directory goes below `tmp`, so that anything it left
    // would be found there. Short: daemons' socket paths must fit.
    const tmp = await Deno.makeTempDir({ dir: "/tmp", prefix: "dz-" });
    try {
      const run = await new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "-A",
          join(ROOT, "examples/demo_ansible.ts"),
          "--tasks",
          "2",
          "--ansible-playbook",
          ansible214.command[0],
        ],
        // Kept remote files: a case where the plugin must take the stock path.
        env: { TMPDIR: tmp, ANSIBLE_KEEP_REMOTE_FILES: "1" },
        stdin: "null",
        stdout: "piped",
        stderr: "piped",
      }).output();
      const stdout = new TextDecoder().decode(run.stdout);
      const stderr = new TextDecoder().decode(run.stderr);
      assert.equal(run.code, 1, `${stdout}\n${stderr}`);
      assert.match(stdout, /\| zero-spawn \(FELL BACK\) \|/);
      assert.match(
        stdout,
        /!!! ZERO-SPAWN FELL BACK: 2 of 2 tasks ran a module process/,
      );
      assert.match(
        stdout,
        /plugin: ansible-turbo: the module runs the stock way \(remote files are kept\)/,
      );
      assert.doesNotMatch(stdout, /ratios:/);
      assert.deepEqual(await Array.fromAsync(Deno.readDir(tmp)), []);
      assert.deepEqual(await processesMentioning(tmp), []);
    } finally {
      await Deno.remove(tmp, { recursive: true });
    }
  },
});
