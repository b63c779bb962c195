/**
 * Turbo must be indistinguishable from a plain run: every case of the
 * corpus (`testdata/equivalence/cases.ts`) runs plain and turbo through real
 * module processes, and what Ansible makes of each run must be the same.
 * The port of Ansible's parsing that defines "what Ansible makes" is itself
 * checked against real `ansible-playbook`.
 */
import assert from "node:assert/strict";
import {
  type Case,
  checkEquivalence,
  comparable,
  CORPUS,
  failures,
  formatReport,
  type Observation,
  plainWay,
  turboWay,
  type Way,
} from "./_equivalence.ts";
import { ansibleView } from "./testdata/equivalence/ansible_view.ts";
import {
  ansibleMissing,
  registeredByAnsible,
  SAMPLES,
  withoutSpace,
} from "./testdata/equivalence/controller_check.ts";

const CI = Deno.env.get("CI") === "true";
/** Comma-separated case names, to run only those while fixing them. */
const ONLY = Deno.env.get("EQUIVALENCE_CASES")?.split(",").filter(Boolean);

Deno.test("plain and turbo runs of every corpus case look the same to Ansible", async () => {
  assert.ok(CORPUS.length >= 45, `the corpus has ${CORPUS.length} cases`);
  const cases = ONLY ? CORPUS.filter((c) => ONLY.includes(c.name)) : CORPUS;
  if (ONLY) {
    assert.ok(!CI, "EQUIVALENCE_CASES narrows the suite: not in CI");
    assert.equal(cases.length, ONLY.length, `unknown case in ${ONLY}`);
  }
  const report = await checkEquivalence(plainWay(), turboWay(), { cases });
  console.log(formatReport(report, { lines: 4 }));
  for (const c of report.cases) {
    if (c.status === "now-equal") {
      console.warn(`WARNING: ${c.name} is now equal: remove its diverges mark`);
    }
  }
  const failed = failures(report);
  assert.deepEqual(
    failed.map((c) => c.name),
    [],
    `cases that differ:\n${
      failed.map((c) => `${c.name} (${c.status}):\n  ${c.diffs.join("\n  ")}`)
        .join("\n")
    }`,
  );
  // A turbo run that fell back to in-process compares nothing.
  const fellBack = report.cases.flatMap((c) =>
    c.notes.filter((n) => n.includes(`${report.candidate}:`)).map((n) =>
      `${c.name}: ${n}`
    )
  );
  assert.deepEqual(fellBack, [], "turbo runs that no daemon served");
});

Deno.test("the view is what ansible-core 2.14 registers and warns", async (t) => {
  const missing = await ansibleMissing();
  if (missing) {
    if (CI) assert.fail(`ansible-core 2.14 is required in CI: ${missing}`);
    console.log(`skipped: ${missing}`);
    return;
  }
  const seen = await registeredByAnsible(SAMPLES);
  for (const [i, sample] of SAMPLES.entries()) {
    await t.step(sample.name, () => {
      const view = ansibleView({
        stdout: sample.stdout,
        stderr: sample.stderr ?? "",
        rc: sample.rc ?? 0,
      });
      const real = seen[i];
      // A controller crash's traceback is the controller's own.
      if (String(real.result.msg).startsWith("Unexpected failure")) {
        delete real.result.exception;
      }
      assert.deepEqual(view.result, real.result);
      assert.deepEqual(view.warnings.map(withoutSpace), real.warnings);
    });
  }
});

Deno.test("the judge tells each status apart", async () => {
  const cases: Case[] = [
    { name: "same", module: "m.ts" },
    { name: "differs", module: "m.ts" },
    { name: "marked, differs", module: "m.ts", diverges: "being fixed" },
    { name: "marked, equal", module: "m.ts", diverges: "was being fixed" },
    { name: "limit, differs", module: "m.ts", knownLimit: "by design" },
    { name: "limit, equal", module: "m.ts", knownLimit: "by design" },
    { name: "two runs", module: "m.ts", runs: 2 },
  ];
  const differing = new Set(["differs", "marked, differs", "limit, differs"]);
  const way = (name: string): Way => ({
    name,
    run: (all) =>
      Promise.resolve(
        all.flatMap((c) =>
          Array.from({ length: c.runs === 2 ? 2 : 1 }, (_, run) => ({
            case: c.name,
            run,
            rc: 0,
            view: {
              result: {
                value: differing.has(c.name) || (run === 1) ? name : "same",
              },
              warnings: [],
            },
          }))
        ),
      ),
  });
  const report = await checkEquivalence(way("a"), way("b"), { cases });
  assert.deepEqual(
    report.cases.map((c) => [c.name, c.status, c.diffs]),
    [
      ["same", "equal", []],
      ["differs", "diverges", ['run 0: result.value: "a" | "b"']],
      ["marked, differs", "expected-divergence", [
        'run 0: result.value: "a" | "b"',
      ]],
      ["marked, equal", "now-equal", []],
      ["limit, differs", "known-limit", ['run 0: result.value: "a" | "b"']],
      ["limit, equal", "limit-lost", []],
      ["two runs", "diverges", ['run 1: result.value: "a" | "b"']],
    ],
  );
  assert.deepEqual(failures(report).map((c) => c.name), [
    "differs",
    "limit, equal",
    "two runs",
  ]);
  await assert.rejects(
    checkEquivalence(
      way("a"),
      { name: "lazy", run: () => Promise.resolve([]) },
      {
        cases,
      },
    ),
    /did not report run 0 of same/,
  );
});

Deno.test("what is set aside: pid, volatile paths, the fallback warning, deep frames", () => {
  const observation = (result: Record<string, unknown>): Observation => ({
    case: "c",
    run: 0,
    rc: 1,
    view: { result, warnings: [] },
  });
  const c: Case = {
    name: "c",
    module: "m.ts",
    volatile: ["at.when"],
    scrub: [/\d+ms/g],
  };
  const plain = comparable(
    observation({
      pid: 10,
      at: { when: 1, where: "here" },
      took: "took 5ms",
      exception: "Error: x\n    at main (file:///m.ts:1:1)\n    at top",
    }),
    c,
  );
  const turbo = comparable(
    observation({
      pid: 20,
      at: { when: 2, where: "here" },
      took: "took 7ms",
      warnings: [
        "Turbo mode could not be used, so the module ran without its daemon: x",
      ],
      exception:
        "Error: x\n    at main (file:///m.ts:1:1)\n    at Daemon.run (file:///d.ts)",
    }),
    c,
  );
  assert.deepEqual(plain, turbo);
  const other = comparable(observation({ at: { where: "there" } }), c);
  assert.notDeepEqual(plain, other);
});
