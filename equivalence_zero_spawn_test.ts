/**
 * Zero-spawn must be indistinguishable from a plain run: every case of the
 * equivalence corpus that a playbook can express runs through real
 * `ansible-playbook` twice, plain (the stock path, a process per task) and
 * routed to `ansible_turbo.deno.turbo` (no process per task), on
 * ansible-core 2.14 and 2.19, and what Ansible registered and warned must
 * be the same, but for the documented differences of zero-spawn.
 */
import assert from "node:assert/strict";
import {
  type Case,
  checkEquivalence,
  CORPUS,
  failures,
  formatReport,
} from "./_equivalence.ts";
import {
  ansibleVersions,
  CI,
  requireAnsible,
} from "./testdata/ansible/harness.ts";
import {
  ansiblePlainWay,
  inexpressible,
  zeroSpawnWay,
} from "./testdata/equivalence/zero_spawn_way.ts";

/** What zero-spawn changes by design, by case (the collection README's list). */
const ZERO_SPAWN_LIMITS: Record<string, string> = {
  tmpdir_given:
    "no per-task temp directory: Ansible sends _ansible_tmpdir null (as when it pipelines), so module.tmpdir is made below remote_tmp",
  deno_args: "no arguments file: Deno.args is empty",
  process_argv:
    "no arguments file, no temp copy: process.argv is the runtime, the module's own file and nothing more",
  main_module:
    "no temp copy: Deno.mainModule is the module's own file, not AnsiballZ_<name>",
  import_meta:
    "no temp copy: import.meta names the module's own file, not AnsiballZ_<name>",
};

/** The corpus with zero-spawn's own limits marked. */
function zeroSpawnCases(): Case[] {
  return CORPUS.filter((c) => inexpressible(c) === undefined).map((c) => {
    const limit = ZERO_SPAWN_LIMITS[c.name];
    if (limit === undefined) return c;
    const { diverges: _d, knownLimit: _k, ...rest } = c;
    return { ...rest, knownLimit: limit };
  });
}

for (const ansible of await ansibleVersions()) {
  Deno.test({
    name:
      `zero-spawn through ansible-core ${ansible.label} looks like a plain run`,
    ignore: ansible.missing !== undefined && !CI,
    async fn() {
      requireAnsible(ansible);
      const cases = zeroSpawnCases();
      const skipped = CORPUS.filter((c) => inexpressible(c) !== undefined);
      const zeroSpawn = zeroSpawnWay(ansible);
      const report = await checkEquivalence(
        ansiblePlainWay(ansible),
        zeroSpawn,
        { cases },
      );
      console.log(formatReport(report, { lines: 4 }));
      for (const c of skipped) {
        console.log(`not run: ${c.name} (${inexpressible(c)})`);
      }
      const failed = failures(report);
      assert.deepEqual(
        failed.map((c) => c.name),
        [],
        `cases that differ:\n${
          failed.map((c) =>
            `${c.name} (${c.status}):\n  ${c.diffs.join("\n  ")}`
          )
            .join("\n")
        }`,
      );
      // No routed run took the stock path or fell back to in-process, but
      // the module that throws before create(): it cannot say where its
      // daemon is, so it runs the stock way.
      assert.deepEqual(
        zeroSpawn.processes().filter((l) => l.startsWith("run ")),
        ["run early_throw.ts"],
      );
      const fellBack = report.cases.flatMap((c) => c.notes);
      assert.deepEqual(fellBack, []);
      assert.ok(skipped.length <= 3, `${skipped.length} cases not run`);
    },
  });
}
