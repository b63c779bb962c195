/**
 * Parity through real module processes: a subset of the parity cases
 * (every hand-written result case, a third of the other hand-written ones,
 * a fifth of the generated ones) runs as Ansible runs a module, once
 * in-process and once through the turbo daemon, and each printed result
 * must be what ansible-core's `AnsibleModule` printed for the same case
 * (less the differences `expectedResult` states).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  runAsAnsible,
  type Sandbox,
  sandbox,
  skipUnless,
} from "./_test_harness.ts";
import { IntegralFloat, parseJson, stringifyJson } from "./_json.ts";
import {
  type ParityCase,
  splitArgs,
  TEST_ENV,
} from "./testdata/parity/cases.ts";
import {
  allCases,
  ansibleAvailable,
  ansibleResults,
  expectedResult,
  passedToExit,
  type PyOutcome,
} from "./testdata/parity/ansible.ts";

const FIXTURE = "testdata/parity/module.ts";
const DISABLED_WARNING =
  "Turbo mode is disabled by ANSIBLE_TURBO_DISABLE; the module ran without its daemon";
/** Module processes running at once (the machine may have two CPUs). */
const CONCURRENCY = 6;

const MODES = [
  { name: "in-process", env: { ANSIBLE_TURBO_DISABLE: "1" } },
  { name: "turbo", env: {} },
] as const;

function processCases(): { c: ParityCase; index: number }[] {
  const picked: { c: ParityCase; index: number }[] = [];
  let other = 0;
  let generated = 0;
  for (const [index, c] of allCases().entries()) {
    // Python fails before validation there: not a comparable result.
    if (c.skipParams) continue;
    const take = c.generated
      ? generated++ % 5 === 0
      : c.name.startsWith("result:") || other++ % 3 === 0;
    if (take) picked.push({ c, index });
  }
  return picked;
}

async function runCase(
  c: ParityCase,
  { box, env }: { box: Sandbox; env: Record<string, string> },
): Promise<{ code: number; result: Record<string, unknown> }> {
  // One file per case, named by the task's environment.
  const file = join(box.dir, `case-${crypto.randomUUID()}.json`);
  await Deno.writeTextFile(
    file,
    stringifyJson({
      spec: c.spec,
      rules: c.rules ?? {},
      supportsCheckMode: c.supportsCheckMode ?? false,
      result: c.result,
      fail: c.fail,
    }),
  );
  const { user, internal } = splitArgs(c);
  const outcome = await runAsAnsible(FIXTURE, {
    sandbox: box,
    args: withRawBigints(user),
    internal,
    moduleName: c.moduleName ?? "hello",
    env: { ...TEST_ENV, ...env, PARITY_CASE_FILE: file },
  });
  assert.ok(
    outcome.result,
    `case "${c.name}": no JSON result; code ${outcome.code}\nstdout: ${outcome.stdout}\nstderr: ${outcome.stderr}`,
  );
  // Read again as Ansible reads it, numbers exact (4.0, big ints).
  const line = outcome.stdout.trimEnd().split("\n").findLast((l) =>
    l.startsWith("{")
  );
  return {
    code: outcome.code,
    result: parseJson(line!) as Record<string, unknown>,
  };
}

/** The harness writes args with JSON.stringify: big ints go in as raw JSON. */
function withRawBigints(value: unknown): Record<string, unknown> {
  const raw = (v: unknown): unknown => {
    if (typeof v === "bigint") {
      return (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON(
        v.toString(),
      );
    }
    if (Array.isArray(v)) return v.map(raw);
    if (
      typeof v === "object" && v !== null && !(v instanceof IntegralFloat)
    ) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, raw(x)]));
    }
    return v;
  };
  return raw(value) as Record<string, unknown>;
}

/** Our result less the warning that in-process mode adds on purpose. */
function withoutDisabledWarning(
  result: Record<string, unknown>,
  { c, py }: { c: ParityCase; py: PyOutcome },
): Record<string, unknown> {
  const warnings = result.warnings as string[] | undefined;
  assert.equal(warnings?.[0], DISABLED_WARNING, `case "${c.name}": warning`);
  const rest = warnings.slice(1);
  const given = passedToExit(c, py);
  if (rest.length || Object.hasOwn(given, "warnings")) {
    // The key stays where it was.
    return Object.fromEntries(
      Object.entries(result).map(([k, v]) => [k, k === "warnings" ? rest : v]),
    );
  }
  const { warnings: _warnings, ...out } = result;
  return out;
}

async function pool<T>(
  items: readonly T[],
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

Deno.test({
  name: "in-process and turbo modules print what AnsibleModule prints",
  ignore: skipUnless(
    await available(),
    "no python3 with ansible-core 2.14 for the process parity test",
  ),
  async fn() {
    const picked = processCases();
    const failing = picked.filter(({ c }) => c.fail).length;
    const noLog = picked.filter(({ c }) =>
      stringifyJson(c.spec).includes('"no_log":true')
    ).length;
    console.log(
      `parity: ${picked.length} cases through real processes (${noLog} with no_log, ${failing} failing on request), twice each`,
    );
    assert.ok(picked.length >= 40, `only ${picked.length} cases`);
    const { results, problem } = await ansibleResults();
    assert.ok(
      results,
      `python with ansible-core 2.14 is required:\n${problem}`,
    );
    await using box = await sandbox();
    const failures: string[] = [];
    // Arguments reach the daemon as the args file's text and results come
    // back as the text the module prints: numbers stay exact both ways.
    for (const mode of MODES) {
      await pool(picked, async ({ c, index }) => {
        const py: PyOutcome = results[index];
        try {
          assert.equal(py.crash, undefined, `ansible-core crashed`);
          const ours = await runCase(c, { box, env: mode.env });
          assert.equal(ours.code, py.code, `case "${c.name}": exit code`);
          const result = mode.name === "in-process"
            ? withoutDisabledWarning(ours.result, { c, py })
            : ours.result;
          const expected = expectedResult(c, { py, ours: result });
          assert.deepEqual(result, expected, `case "${c.name}": result`);
          assert.equal(
            stringifyJson(result),
            stringifyJson(expected),
            `case "${c.name}": key order`,
          );
        } catch (e) {
          failures.push(
            `${mode.name}: ${e instanceof Error ? e.message : String(e)}`,
          );
        }
      });
    }
    assert.deepEqual(failures, [], `${failures.length} runs differ`);
  },
});

function available(): Promise<boolean> {
  return ansibleAvailable();
}
