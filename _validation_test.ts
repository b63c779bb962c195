/**
 * Differential tests of argument validation and result shaping against
 * ansible-core 2.14's own `AnsibleModule`: every parity case (hand-written
 * and generated, see `testdata/parity/cases.ts`) runs through it in one
 * batched python3 process and through our validation and module object,
 * and the params, messages, warnings, deprecations, no_log values and the
 * printed result JSON must be the same.
 */
import assert from "node:assert/strict";
import {
  type ArgumentSpec,
  validateArguments,
  type ValidationResult,
} from "./_validation.ts";
import * as wide from "./testdata/wide_spec.ts";
import { IntegralFloat, parseJson, stringifyJson } from "./_json.ts";
import {
  setTaskLookup,
  type TaskContext,
  type TaskOutcome,
} from "./_context.ts";
import { AnsibleTurboModule, removeValues } from "./_module.ts";
import {
  EmbeddedModuleFailure,
  EmbeddedModuleSuccess,
  type ModuleResult,
} from "./errors.ts";
import {
  HAND_WRITTEN,
  moduleArgs,
  NEWER_CONTROLLER,
  type ParityCase,
  TEST_ENV,
} from "./testdata/parity/cases.ts";
import { resolveSpec } from "./testdata/parity/spec.ts";
import {
  allCases,
  ansible219,
  ansibleAvailable,
  ansibleResults,
  expectedParams,
  expectedResult,
  type PyOutcome,
  runAnsible,
} from "./testdata/parity/ansible.ts";
import { skipUnless } from "./_test_harness.ts";

const CASES: readonly ParityCase[] = HAND_WRITTEN;

/** A case's arguments as a module reads them from the args file. */
function argsFile(c: ParityCase): Record<string, unknown> {
  return parseJson(stringifyJson(moduleArgs(c))) as Record<string, unknown>;
}

function runOurs(c: ParityCase): ValidationResult {
  const args = argsFile(c);
  return validateArguments(resolveSpec(c.spec), args, {
    ...c.rules,
    // As validated() does: no no_log warning when skipping for check mode.
    logInvocation: !(args._ansible_check_mode === true &&
      !c.supportsCheckMode),
  });
}

function withTestEnv<T>(fn: () => T): T {
  const saved = new Map<string, string | undefined>();
  for (const [k, v] of Object.entries(TEST_ENV)) {
    saved.set(k, Deno.env.get(k));
    Deno.env.set(k, v);
  }
  try {
    return fn();
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) Deno.env.delete(k);
      else Deno.env.set(k, v);
    }
  }
}

// The module object as the daemon builds it for a task: the real create(),
// validated() and formatResult(), with exitJson/failJson throwing the result.
let serving: TaskContext | undefined;
setTaskLookup(() => serving);

/** A task as the daemon gives one to create(), keeping only its outcome. */
function taskFor(
  args: Record<string, unknown>,
  conclude: (outcome: TaskOutcome) => void,
): TaskContext {
  return {
    args,
    argv: [],
    env: Deno.env.toObject(),
    cwd: Deno.cwd(),
    moduleUrl: "file:///parity/hello.ts",
    concluded: false,
    exited: false,
    ended: false,
    write() {},
    writeText() {},
    conclude,
    crash: () => false,
    atEnd() {},
  };
}

/** The result our module prints for a case, as JSON would carry it. */
async function runModule(
  c: ParityCase,
): Promise<{ result: Record<string, unknown>; failed: boolean }> {
  let outcome: TaskOutcome | undefined;
  const task = taskFor(argsFile(c), (first) => (outcome ??= first));
  serving = task;
  try {
    const module = await AnsibleTurboModule.create({
      argumentSpec: resolveSpec(c.spec),
      ...c.rules,
      supportsCheckMode: c.supportsCheckMode,
    });
    if (c.fail) module.failJson(c.fail as ModuleResult & { msg: string });
    module.exitJson(c.result ?? {});
  } catch (e) {
    if (
      !(e instanceof EmbeddedModuleSuccess ||
        e instanceof EmbeddedModuleFailure)
    ) throw e;
  } finally {
    serving = undefined;
  }
  assert.ok(outcome?.result, `case "${c.name}": no outcome`);
  return {
    // What the module prints, read back as Ansible reads it.
    result: parseJson(stringifyJson(outcome.result)) as Record<
      string,
      unknown
    >,
    failed: outcome.code !== 0,
  };
}

function compareValidation(
  c: ParityCase,
  { ours, py }: { ours: ValidationResult; py: PyOutcome },
): void {
  const label = `case "${c.name}"`;
  assert.equal(ours.error ?? null, py.error, `${label}: error`);
  assert.deepEqual(ours.errors, py.errors, `${label}: errors`);
  if (!c.skipParams) {
    const expected = expectedParams(c, py.params);
    assert.deepEqual(ours.params, expected, `${label}: params`);
    // Same keys in the same order as module.params, numbers printed alike.
    assert.equal(
      stringifyJson(ours.params),
      stringifyJson(expected),
      `${label}: key order`,
    );
  }
  assert.deepEqual(ours.warnings, py.warnings, `${label}: warnings`);
  assert.deepEqual(
    ours.deprecations,
    py.deprecations,
    `${label}: deprecations`,
  );
  assert.deepEqual(
    [...ours.noLogValues].sort(),
    py.noLog,
    `${label}: noLogValues`,
  );
}

function compareResult(
  c: ParityCase,
  { ours, py }: {
    ours: { result: Record<string, unknown>; failed: boolean };
    py: PyOutcome;
  },
): void {
  const label = `case "${c.name}"`;
  assert.equal(ours.failed, py.code === 1, `${label}: failed`);
  const expected = expectedResult(c, { py, ours: ours.result });
  assert.deepEqual(ours.result, expected, `${label}: result`);
  assert.equal(
    stringifyJson(ours.result),
    stringifyJson(expected),
    `${label}: result key order`,
  );
}

Deno.test({
  name: "differential: every case matches ansible-core's AnsibleModule",
  ignore: skipUnless(
    await available(),
    "no python3 with ansible-core 2.14 for the differential test",
  ),
  async fn() {
    const cases = allCases();
    const generated = cases.filter((c) => c.generated).length;
    assert.ok(
      cases.length - generated >= 150 && generated >= 100 &&
        cases.length >= 200,
      `only ${cases.length - generated} + ${generated} cases`,
    );
    const { results, version, problem } = await ansibleResults();
    assert.ok(
      results,
      `python with ansible-core 2.14 is required:\n${problem}`,
    );
    assert.match(
      String(version),
      /^2\.14\./,
      "messages are ansible-core 2.14's",
    );
    assert.equal(results.length, cases.length);
    const saved = new Map<string, string | undefined>();
    for (const [k, v] of Object.entries(TEST_ENV)) {
      saved.set(k, Deno.env.get(k));
      Deno.env.set(k, v);
    }
    try {
      // Every failing case is reported, not only the first.
      const failures: string[] = [];
      for (const [i, c] of cases.entries()) {
        const py: PyOutcome = results[i];
        try {
          assert.equal(
            py.crash,
            undefined,
            `case "${c.name}": ansible-core crashed`,
          );
          if (!c.generated) {
            // The recorded literals must still be what ansible-core says.
            assert.equal(
              EXPECTED_ERROR[c.name],
              py.error,
              `case "${c.name}": EXPECTED_ERROR is stale`,
            );
          }
          compareValidation(c, { ours: runOurs(c), py });
          if (!c.skipParams) {
            compareResult(c, { ours: await runModule(c), py });
          }
        } catch (e) {
          failures.push(e instanceof Error ? e.message : String(e));
        }
      }
      assert.deepEqual(failures, [], `${failures.length} cases differ`);
    } finally {
      for (const [k, v] of saved) {
        if (v === undefined) Deno.env.delete(k);
        else Deno.env.set(k, v);
      }
    }
  },
});

Deno.test({
  name:
    "differential: _ansible_ignore_unknown_opts as ansible-core 2.19 honours it",
  ignore: skipUnless(
    await available219(),
    "no ansible-core 2.19 (run .ci/install_ansible.sh)",
  ),
  async fn() {
    const { root, present } = await ansible219();
    assert.ok(present, `ansible-core 2.19 is required in ${root}`);
    const { results, version, problem } = await runAnsible(NEWER_CONTROLLER, {
      root,
    });
    assert.ok(
      results,
      `python with ansible-core 2.19 is required:\n${problem}`,
    );
    assert.match(String(version), /^2\.19\./);
    // 2.19 writes one space where 2.14 writes two ("boolean.  Valid").
    const words = (m: string | null | undefined) =>
      m == null ? null : m.replace(/\s+/g, " ");
    withTestEnv(() => {
      for (const [i, c] of NEWER_CONTROLLER.entries()) {
        const py: PyOutcome = results[i];
        const ours = runOurs(c);
        const label = `case "${c.name}"`;
        assert.equal(py.crash, undefined, `${label}: ansible-core crashed`);
        assert.equal(words(ours.error), words(py.error), `${label}: error`);
        assert.deepEqual(ours.errors.map(words), py.errors.map(words), label);
        assert.deepEqual(ours.warnings, py.warnings, `${label}: warnings`);
        if (!c.skipParams) {
          assert.deepEqual(ours.params, expectedParams(c, py.params), label);
        }
      }
    });
  },
});

async function available219(): Promise<boolean> {
  return (await ansible219()).present && await ansibleAvailable();
}

function available(): Promise<boolean> {
  return ansibleAvailable();
}

/** `error` per hand-written case, as ansible-core 2.14 reported it (null: valid). */
const EXPECTED_ERROR: Record<string, string | null> = {
  "str converts non-strings with Python str()": null,
  "str conversion ignores _ansible_string_conversion_action in 2.14": null,
  "int accepts Python int() strings": null,
  "int rejects a float string":
    "argument 'a' is of type <class 'str'> and we were unable to convert to int: <class 'str'> cannot be converted to an int",
  "int rejects a float and a list":
    "argument 'a' is of type <class 'float'> and we were unable to convert to int: <class 'float'> cannot be converted to an int",
  "float accepts Python float() strings": null,
  "float rejects junk":
    "argument 'a' is of type <class 'str'> and we were unable to convert to float: <class 'str'> cannot be converted to a float",
  "bool accepts Ansible boolean strings and numbers": null,
  "bool rejects an unknown string":
    "argument 'flag' is of type <class 'str'> and we were unable to convert to bool: The value 'maybe' is not a valid boolean.  Valid booleans include: 0, 'y', 'true', 1, 'f', 'n', 'off', 't', '0', 'no', 'false', '1', 'on', 'yes'",
  "bool rejects a list and a number":
    "argument 'a' is of type <class 'list'> and we were unable to convert to bool: <class 'list'> cannot be converted to a bool",
  "list splits strings on commas and wraps numbers": null,
  "list rejects a dict":
    "argument 'a' is of type <class 'dict'> and we were unable to convert to list: <class 'dict'> cannot be converted to a list",
  "dict parses JSON and k=v strings": null,
  "dict parses a Python literal": null,
  "dict leaves strings safe_eval refuses unevaluated": null,
  "dict rejects a bare word":
    "argument 'a' is of type <class 'str'> and we were unable to convert to dict: dictionary requested, could not parse JSON or key=value",
  "dict rejects a k=v field without =":
    "argument 'a' is of type <class 'str'> and we were unable to convert to dict: dictionary update sequence element #1 has length 1; 2 is required",
  "dict rejects broken JSON":
    "argument 'a' is of type <class 'str'> and we were unable to convert to dict: unable to evaluate string as dictionary",
  "dict rejects a list":
    "argument 'a' is of type <class 'list'> and we were unable to convert to dict: <class 'list'> cannot be converted to a dict",
  "path expands variables and user homes": null,
  "raw keeps values as they are": null,
  "jsonarg and json dump containers and strip strings": null,
  "jsonarg rejects a number":
    "argument 'a' is of type <class 'int'> and we were unable to convert to jsonarg: <class 'int'> cannot be converted to a json string",
  "bytes converts human sizes": null,
  "bytes rejects bit units":
    "argument 'a' is of type <class 'str'> and we were unable to convert to bytes: <class 'str'> cannot be converted to a Byte value",
  "bits converts and rejects":
    "argument 'b' is of type <class 'str'> and we were unable to convert to bits: <class 'str'> cannot be converted to a Bit value",
  "custom callable type": null,
  "custom callable type error names the callable":
    "argument 'a' is of type <class 'int'> and we were unable to convert to upper: expected a string",
  "unknown type name":
    "argument 'a' is of type <class 'str'> and we were unable to convert to nope: 'NoneType' object is not callable",
  "missing required arguments are sorted":
    "missing required arguments: alpha, zeta",
  "explicit null satisfies required": null,
  "required with a default is an internal error":
    "internal error: required and default are mutually exclusive for a",
  "defaults fill unset options, null otherwise": null,
  "choices mismatch":
    "value of state must be one of: present, absent, got: gone",
  "choices compare after type conversion": null,
  "choices on a list":
    "value of x must be one or more of: a, b. Got no match for: c, d",
  "choices map 'False' back to a boolean choice":
    "value of b must be one of: True, yes, got: True",
  "choices reject explicit null":
    "value of state must be one of: present, absent, got: None",
  "choices message prints non-string choices":
    "value of level must be one of: 1, 2, got: 7",
  "alias is resolved to the canonical name": null,
  "alias and name both given: alias wins, warning": null,
  "two aliases given": null,
  "deprecated alias": null,
  "unsupported lists supported names and aliases":
    "Unsupported parameters for (hello) module: colour, shape. Supported parameters include: name, path, state (dest, n, nm).",
  "mutually exclusive through an alias":
    "parameters are mutually exclusive: src|content",
  "elements int with a bad element drops it":
    "Elements value for option 'ports' is of type <class 'str'> and we were unable to convert to int: <class 'str'> cannot be converted to an int",
  "elements str converts": null,
  "elements on a non-list type":
    "Invalid type str for option 'xy', elements value check is supported only with 'list' type",
  "elements dict parses k=v strings": null,
  "elements bool error message":
    "Elements value for option 'flags' is of type <class 'str'> and we were unable to convert to bool: The value 'perhaps' is not a valid boolean.  Valid booleans include: 0, 'y', 'true', 1, 'f', 'n', 'off', 't', '0', 'no', 'false', '1', 'on', 'yes'",
  "nested options convert and default": null,
  "nested options from a k=v string": null,
  "nested missing required": "missing required arguments: host found in server",
  "nested type error":
    "argument 'port' is of type <class 'str'> found in 'server'. and we were unable to convert to int: <class 'str'> cannot be converted to an int",
  "nested choices error":
    "value of proto must be one of: http, https, got: ftp found in server",
  "nested unsupported":
    "Unsupported parameters for (hello) module: server.bogus, server.extra. Supported parameters include: host, port, proto.",
  "nested unset dict stays null": null,
  "list of dicts with alias warnings and indexes": null,
  "list of dicts with errors in two elements":
    "missing required arguments: name found in items",
  "deep nesting context":
    "argument 'leaf' is of type <class 'str'> found in 'outer -> inner'. and we were unable to convert to int: <class 'str'> cannot be converted to an int",
  "apply_defaults builds the sub dict": null,
  "nested rules carry the context":
    "parameters are mutually exclusive: a|b found in conn",
  "nested required_one_of alone":
    "one of the following is required: a, b found in conn",
  "nested value that is not a dict":
    "dictionary requested, could not parse JSON or key=value",
  "nested removed_in_version deprecation and no_log": null,
  "no_log values are collected from every shape": null,
  "password-like names without no_log warn": null,
  "_ansible_no_log suppresses the no_log warning": null,
  "no no_log warning when validation fails":
    "argument 'n' is of type <class 'str'> and we were unable to convert to int: <class 'str'> cannot be converted to an int",
  "env fallback fills a no_log option": null,
  "unsupported names are sorted":
    "Unsupported parameters for (hello) module: aa, zz. Supported parameters include: a, b.",
  "another error comes before unsupported":
    "argument 'a' is of type <class 'str'> and we were unable to convert to int: <class 'str'> cannot be converted to an int",
  "moduleName option names the module":
    "Unsupported parameters for (acme.tools.widget) module: b. Supported parameters include: a.",
  "_ansible_ keys are never parameters": null,
  "an invalid _ansible_ boolean fails first":
    "The value 'maybe' is not a valid boolean.  Valid booleans include: 0, 'y', 'true', 1, 'f', 'n', 'off', 't', '0', 'no', 'false', '1', 'on', 'yes'",
  "mutually exclusive lists every violated group":
    "parameters are mutually exclusive: a|b, c|d|e",
  "required together": "parameters are required together: a, b",
  "required together counts defaults": "parameters are required together: a, b",
  "required one of": "one of the following is required: a, b",
  "required if (all)":
    "state is present but all of the following are missing: path, mode",
  "required if (any)":
    "state is present but any of the following are missing: a, b",
  "required if (any) satisfied by one": null,
  "required if compares converted values":
    "count is 3 but all of the following are missing: reason",
  "required by with a string and a list":
    "missing parameter(s) required by 'owner': group, seuser",
  "required by skips null values": null,
  "errors keep ansible-core's order": "parameters are mutually exclusive: a|b",
  "valid spec with every rule satisfied": null,
  "removed_in_version and removed_at_date": null,
  "str uses Python float and string repr": null,
  "choices message prints a dict value":
    "value of a must be one of: x, got: {'k': [1, True]}",
  "null values still count for mutually exclusive and required one of":
    "parameters are mutually exclusive: a|b",
  "list choices check converted int elements": null,
  "elements with a custom callable":
    "Elements value for option 'names' is of type <class 'int'> and we were unable to convert to upper: expected a string",
  "nested alias warning and deprecated alias use the dotted prefix": null,
  "nested required with default is reported":
    "internal error: required and default are mutually exclusive for host",
  "dict type with a list of dicts validates each dict":
    "argument 'server' is of type <class 'list'> and we were unable to convert to dict: <class 'list'> cannot be converted to a dict",
  "list of dicts with a non-dict element":
    "Value '5' in the sub parameter field 'servers' must by a list, not 'int'",
  "apply_defaults on a list of dicts": null,
  "nested deprecations under a list": null,
  "required_by counts non-null defaults":
    "missing parameter(s) required by 'b': c",
  "unsupported alongside an alias":
    "Unsupported parameters for (hello) module: nope. Supported parameters include: name (n).",
  "bytes with odd inputs": null,
  "bytes rejects a bool":
    "argument 'a' is of type <class 'bool'> and we were unable to convert to bytes: <class 'bool'> cannot be converted to a Byte value",
  "int rejects empty and underscore-edged strings":
    "argument 'a' is of type <class 'str'> and we were unable to convert to int: <class 'str'> cannot be converted to an int",
  "bool accepts every Ansible boolean string in any case": null,
  "bool rejects a float and an empty string":
    "argument 'a' is of type <class 'float'> and we were unable to convert to bool: The value '1.5' is not a valid boolean.  Valid booleans include: 0, 'y', 'true', 1, 'f', 'n', 'off', 't', '0', 'no', 'false', '1', 'on', 'yes'",
  "str conversion with _ansible_string_conversion_action error": null,
  "str conversion with _ansible_string_conversion_action ignore": null,
  "int passes large and negative values and a bool": null,
  "float converts ints and strings with exponents": null,
  "float rejects a list":
    "argument 'a' is of type <class 'list'> and we were unable to convert to float: <class 'list'> cannot be converted to a float",
  "list of a single word and of an empty string": null,
  "dict from JSON with nesting and from quoted k=v": null,
  "dict rejects a number":
    "argument 'a' is of type <class 'int'> and we were unable to convert to dict: <class 'int'> cannot be converted to a dict",
  "path leaves a plain path and converts a bool": null,
  "jsonarg keeps unicode escaped and nested order": null,
  "json rejects a bool":
    "argument 'a' is of type <class 'bool'> and we were unable to convert to json: <class 'bool'> cannot be converted to a json string",
  "bits and bytes accept plain numbers and long unit names": null,
  "bytes rejects an unknown unit":
    "argument 'a' is of type <class 'str'> and we were unable to convert to bytes: <class 'str'> cannot be converted to a Byte value",
  "raw keeps null inside containers": null,
  "custom type function in nested options":
    "argument 'port' is of type <class 'int'> found in 'conn'. and we were unable to convert to port: not a port number",
  "elements float and path convert each element": null,
  "elements bytes with one bad element":
    "Elements value for option 'sizes' is of type <class 'str'> and we were unable to convert to bytes: <class 'str'> cannot be converted to a Byte value",
  "elements raw keeps values": null,
  "elements dict with options, defaults and aliases": null,
  "elements dict with options and a bad element type": null,
  "elements on a dict type":
    "Invalid type dict for option '{'k': 'v'}', elements value check is supported only with 'list' type",
  "required given through an alias": null,
  "defaults are converted to the option's type": null,
  "an invalid default is reported like an argument":
    "argument 'a' is of type <class 'str'> and we were unable to convert to int: <class 'str'> cannot be converted to an int",
  "choices with ints given as strings before conversion":
    "value of n must be one of: 1, 2, got: 1",
  "choices map 'True' back when one boolean-like choice": null,
  "choices on a list with several misses keeps order":
    "value of x must be one or more of: a, b, c. Got no match for: d, e, d",
  "choices on a default value": "value of s must be one of: a, b, got: c",
  "deprecated alias with a collection and a version, unused": null,
  "alias clash warning and unsupported together":
    "Unsupported parameters for (hello) module: stat. Supported parameters include: name, state (n).",
  "nested required_if with any":
    "mode is auth but any of the following are missing: key, password found in conn",
  "nested required_by alone":
    "missing parameter(s) required by 'user': group found in conn",
  "nested required_together alone":
    "parameters are required together: cert, key found in conn",
  "nested rules inside a list of dicts":
    "parameters are mutually exclusive: port|range found in rules",
  "nested unsupported in a list element":
    "Unsupported parameters for (hello) module: rules.prot. Supported parameters include: port.",
  "nested env fallback and no_log": null,
  "nested apply_defaults two levels deep": null,
  "nested dict from JSON string": null,
  "nested null under apply_defaults becomes the defaults": null,
  "required_if with a list requirement of one":
    "state is absent but all of the following are missing: path",
  "required_if does not apply to another value": null,
  "required_if on a bool value given as yes":
    "force is True but all of the following are missing: why",
  "required_one_of satisfied by a default": null,
  "mutually exclusive and required one of both fail":
    "parameters are mutually exclusive: a|b",
  "required together with three names":
    "parameters are required together: a, b, c",
  "required by with two keys, first fails":
    "missing parameter(s) required by 'a': b",
  "missing required and unsupported together":
    "missing required arguments: name",
  "result: no_log value masked everywhere it appears": null,
  "result: numbers containing a no_log value become the marker": null,
  "result: a no_log default is scrubbed": null,
  "result: no_log list and dict values are scrubbed one by one": null,
  "result: a no_log bool or empty value is no secret": null,
  "result: bools and null under a secret inside 'True' (2.19 keeps them)": null,
  "result: exit_json without changed": null,
  "result: fail_json with extra fields, msg scrubbed": null,
  "result: warnings given as a list and as a string": null,
  "result: a single warning string": null,
  "result: an empty warnings list stays": null,
  "result: deprecations in every form": null,
  "result: a deprecation string outside a list": null,
  "result: an invocation given by the module is kept": null,
  "result: _ansible_no_log hides the invocation": null,
  "result: check mode skips a module without check mode support": null,
  "result: check mode runs a module that supports it": null,
  "result: a failed validation masks no_log values in msg and args":
    "argument 'n' is of type <class 'str'> and we were unable to convert to int: <class 'str'> cannot be converted to an int",
  "result: invocation of a failed validation keeps unconverted values":
    "argument 'm' is of type <class 'str'> and we were unable to convert to int: <class 'str'> cannot be converted to an int",
  "result: env fallback secret scrubbed": null,
  "result: no_log in a list of dicts": null,
  "result: password-like name warning next to result warnings": null,
  "result: unicode and quotes survive scrubbing": null,
  "result: fail_json with a no_log number in msg": null,
  // Issue 12: numbers as JSON says them, deprecation versions, doc fields.
  "int refuses an integral float, as 2.14 does":
    "argument 'a' is of type <class 'float'> and we were unable to convert to int: <class 'float'> cannot be converted to an int",
  "elements int refuses an integral float":
    "Elements value for option 'ports' is of type <class 'float'> and we were unable to convert to int: <class 'float'> cannot be converted to an int",
  "an integral float keeps its type for every other type": null,
  "bool refuses an integral float other than 0.0 and 1.0":
    "argument 'a' is of type <class 'float'> and we were unable to convert to bool: The value '4.0' is not a valid boolean.  Valid booleans include: 0, 'y', 'true', 1, 'f', 'n', 'off', 't', '0', 'no', 'false', '1', 'on', 'yes'",
  "jsonarg, dict and int name the float they refuse":
    "argument 'j' is of type <class 'float'> and we were unable to convert to jsonarg: <class 'float'> cannot be converted to a json string",
  "choices compare an integral float equal to an int": null,
  "choices print an integral float as Python does":
    "value of n must be one of: 1, 2, got: 2.0",
  "jsonarg prints integral floats and big ints as json.dumps does": null,
  "dict strings keep number types, from JSON and Python literals": null,
  "big ints keep every digit through every type": null,
  "big ints in error messages":
    "argument 'a' is of type <class 'int'> and we were unable to convert to bool: The value '18446744073709551616' is not a valid boolean.  Valid booleans include: 0, 'y', 'true', 1, 'f', 'n', 'off', 't', '0', 'no', 'false', '1', 'on', 'yes'",
  "choices compare big ints exactly":
    "value of m must be one of: 18446744073709551616, 5, got: 18446744073709551617",
  "required_if compares and prints a big int":
    "n is 18446744073709551616 but all of the following are missing: reason",
  "bytes and bits beyond 2^53 are exact ints": null,
  "result: integral floats and big ints print as Python prints them": null,
  "result: no_log big ints and integral floats are scrubbed": null,
  "result: a failed int option shows the integral float in invocation":
    "argument 'n' is of type <class 'float'> and we were unable to convert to int: <class 'float'> cannot be converted to an int",
  "result: numeric deprecation versions stay numbers": null,
  "documentation fields in a spec are ignored": null,
  "documentation fields add no supported parameter":
    "Unsupported parameters for (hello) module: description. Supported parameters include: conf, name.",
};

// --- recorded expectations (run without python too) ----------------------------

function caseNamed(name: string): ValidationResult {
  const c = CASES.find((x) => x.name === name);
  assert.ok(c, `no case named ${name}`);
  return withTestEnv(() => runOurs(c));
}

Deno.test("every case reports ansible-core's recorded error message", () => {
  const names = CASES.map((c) => c.name);
  assert.equal(new Set(names).size, names.length, "case names must be unique");
  assert.deepEqual(Object.keys(EXPECTED_ERROR).sort(), [...names].sort());
  withTestEnv(() => {
    for (const c of CASES) {
      assert.equal(runOurs(c).error ?? null, EXPECTED_ERROR[c.name], c.name);
    }
  });
});

Deno.test("aliases resolve to the canonical name and warn when both are set", () => {
  const r = caseNamed("alias and name both given: alias wins, warning");
  assert.deepEqual(r.params, { name: "b", n: "b" });
  assert.deepEqual(r.warnings, ["Both option name and its alias n are set."]);
  const nested = caseNamed("list of dicts with alias warnings and indexes");
  assert.deepEqual(nested.params, {
    items: [{ name: "a", size: null }, { name: "c", n: "c", size: 3 }],
  });
  assert.deepEqual(nested.warnings, [
    "Both option items[1].name and its alias items[1].n are set.",
  ]);
});

Deno.test("nested options convert values and apply defaults", () => {
  assert.deepEqual(caseNamed("nested options convert and default").params, {
    server: { host: "h", port: 8080, proto: "http" },
  });
  assert.deepEqual(caseNamed("apply_defaults builds the sub dict").params, {
    conf: { a: "x", b: null },
    plain: null,
  });
});

Deno.test("all errors are kept in ansible-core's order", () => {
  assert.deepEqual(caseNamed("errors keep ansible-core's order").errors, [
    "parameters are mutually exclusive: a|b",
    "missing required arguments: name",
    "argument 'count' is of type <class 'str'> and we were unable to convert to int: <class 'str'> cannot be converted to an int",
    "value of state must be one of: on, off, got: dim",
    "parameters are required together: count, name",
    "state is dim but all of the following are missing: name",
    "bogus. Supported parameters include: a, b, count, name, state.",
  ]);
  assert.deepEqual(caseNamed("deep nesting context").errors, [
    "argument 'leaf' is of type <class 'str'> found in 'outer -> inner'. and we were unable to convert to int: <class 'str'> cannot be converted to an int",
    "value of mode must be one of: a, got: b found in outer -> inner",
    "missing required arguments: leaf found in outer -> inner",
  ]);
});

Deno.test("no_log values are collected and password-like names warn", () => {
  assert.deepEqual(
    [...caseNamed("no_log values are collected from every shape").noLogValues]
      .sort(),
    ["1234", "7", "admin", "dflt", "hunter2", "k1", "k2", "open sesame", "p1"],
  );
  assert.deepEqual(
    caseNamed("password-like names without no_log warn").warnings,
    [
      "Module did not set no_log for api_password",
      "Module did not set no_log for password",
      "Module did not set no_log for pass_phrase",
    ],
  );
  assert.deepEqual(
    caseNamed("_ansible_no_log suppresses the no_log warning").warnings,
    [],
  );
  assert.deepEqual([
    ...caseNamed("env fallback fills a no_log option").noLogValues,
  ], [
    "s3cret-from-env",
  ]);
});

Deno.test("deprecations carry version, date and collection", () => {
  assert.deepEqual(caseNamed("deprecated alias").deprecations, [
    {
      msg:
        "Alias 'old_name' is deprecated. See the module docs for more information",
      version: "3.0.0",
      collection_name: "acme.tools",
    },
    {
      msg:
        "Alias 'legacy' is deprecated. See the module docs for more information",
      date: "2030-01-01",
    },
  ]);
  assert.deepEqual(
    caseNamed("nested removed_in_version deprecation and no_log").deprecations,
    [
      {
        msg:
          `Param 'server["token"]' is deprecated. See the module docs for more information`,
        version: "2.0.0",
        collection_name: "acme.tools",
      },
    ],
  );
});

// --- issue 12: numbers as JSON says them, newer controllers -----------------------

const f = (n: number) => new IntegralFloat(n);

Deno.test("integral floats keep their type; float options hand over numbers", () => {
  const r = caseNamed("an integral float keeps its type for every other type");
  assert.equal(r.error, undefined);
  assert.deepEqual(r.params, {
    s: "4.0",
    l: ["2.0"],
    r: [f(4), f(-0), f(1e16), f(1e300), 1.5, 1e-7],
    fl: 3,
    fls: [1, 2, 3],
    b: true,
    p: "5.0",
    d: { k: f(1), n: [f(0)] },
    by: 4,
    untyped: "7.0",
  });
  assert.equal(
    stringifyJson(r.params.r),
    "[4.0,-0.0,1e+16,1e+300,1.5,1e-7]",
  );
  assert.equal(
    caseNamed("int refuses an integral float, as 2.14 does").error,
    "argument 'a' is of type <class 'float'> and we were unable to convert to int: <class 'float'> cannot be converted to an int",
  );
});

Deno.test("integers beyond 2^53 keep every digit", () => {
  const r = caseNamed("big ints keep every digit through every type");
  assert.equal(r.error, undefined);
  assert.deepEqual(r.params, {
    a: 2n ** 64n + 1n,
    b: 2n ** 64n + 1n,
    c: "-1180591620717411303424",
    // float() of it: the nearest double, a float to Python.
    d: 2 ** 64,
    e: ["18446744073709551616"],
    r: { x: [2n ** 80n, 9007199254740993n] },
    p: "18446744073709551616",
    neg: -(10n ** 21n),
  });
  assert.equal(
    stringifyJson(r.params),
    '{"a":18446744073709551617,"b":18446744073709551617,"c":"-1180591620717411303424","d":1.8446744073709552e+19,"e":["18446744073709551616"],"r":{"x":[1208925819614629174706176,9007199254740993]},"p":"18446744073709551616","neg":-1000000000000000000000}',
  );
  assert.deepEqual(
    caseNamed("choices compare big ints exactly").errors,
    [
      "value of m must be one of: 18446744073709551616, 5, got: 18446744073709551617",
    ],
  );
  assert.deepEqual(
    [
      ...caseNamed("result: no_log big ints and integral floats are scrubbed")
        .noLogValues,
    ].sort(),
    ["1234.0", "18446744073709551617"],
  );
});

Deno.test("numeric deprecation versions stay numbers", () => {
  const versions = caseNamed(
    "result: numeric deprecation versions stay numbers",
  )
    .deprecations.map((d) => d.version);
  assert.deepEqual(versions, [3, f(1), 2, 2.5, f(4)]);
});

Deno.test("_ansible_ignore_unknown_opts ignores unknown options, as 2.17+ do", () => {
  const byName = (name: string) => {
    const c = NEWER_CONTROLLER.find((x) => x.name === name);
    assert.ok(c, name);
    return runOurs(c);
  };
  const ignored = byName("ignore_unknown_opts: unknown options are no error");
  assert.equal(ignored.error, undefined);
  assert.deepEqual(ignored.params, { a: "x", zz: 1 });
  assert.deepEqual(ignored.errors, ["zz. Supported parameters include: a."]);
  const nested = byName(
    "ignore_unknown_opts: unknown nested options are no error",
  );
  assert.equal(nested.error, undefined);
  assert.deepEqual(nested.params, { conf: { x: 1, y: 2 } });
  assert.equal(
    byName("ignore_unknown_opts: another error still fails").error,
    "missing required arguments: a",
  );
  assert.equal(
    byName("ignore_unknown_opts: false keeps them an error").error,
    "Unsupported parameters for (hello) module: zz. Supported parameters include: a.",
  );
  assert.deepEqual(
    byName("ignore_unknown_opts: an unknown password-like option warns")
      .warnings,
    ["Module did not set no_log for password"],
  );
  assert.match(
    byName("ignore_unknown_opts: an invalid value fails first").error ?? "",
    /^The value 'maybe' is not a valid boolean/,
  );
});

Deno.test("documentation fields in a spec are accepted and ignored", () => {
  // A spec literal with them type-checks, and validates as without them.
  const documented: ArgumentSpec = {
    name: {
      type: "str",
      description: ["The name.", "Second line."],
      version_added: "1.2.0",
      version_added_collection: "acme.tools",
      notes: "A note.",
      seealso: [{ module: "acme.tools.other" }],
      suboptions: { x: { description: "X." } },
    },
  };
  const bare: ArgumentSpec = { name: { type: "str" } };
  for (const args of [{ name: 5 }, { name: "n", x: 1 }, {}]) {
    assert.deepEqual(
      validateArguments(documented, args, { moduleName: "m" }),
      validateArguments(bare, args, { moduleName: "m" }),
    );
  }
});

// --- behaviour outside ansible-core 2.14's reach --------------------------------

Deno.test("stringConversionAction opts into the pre-2.11 AnsibleModule messages", () => {
  // 2.14 ignores the setting; these strings follow 2.10's _check_type_str.
  const spec: ArgumentSpec = {
    a: { type: "str" },
    sub: { type: "dict", options: { b: { type: "str" } } },
    tags: { type: "list", elements: "str" },
  };
  const args = { a: 5, sub: { b: true }, tags: [1.5] };
  const warned = validateArguments(spec, args, {
    stringConversionAction: "warn",
  });
  assert.equal(warned.error, undefined);
  assert.deepEqual(warned.params, {
    a: "5",
    sub: { b: "True" },
    tags: ["1.5"],
  });
  assert.deepEqual(warned.warnings, [
    `The value "a: 5" (type int) was converted to "a: '5'" (type string). If this does not look like what you expect, quote the entire value to ensure it does not change.`,
    `The value "tags: 1.5" (type float) was converted to "tags: '1.5'" (type string). If this does not look like what you expect, quote the entire value to ensure it does not change.`,
    `The value "sub.b: True" (type bool) was converted to "sub.b: 'True'" (type string). If this does not look like what you expect, quote the entire value to ensure it does not change.`,
  ]);
  const failed = validateArguments(spec, args, {
    stringConversionAction: "error",
  });
  assert.deepEqual(failed.errors, [
    "argument 'a' is of type <class 'int'> and we were unable to convert to str: Quote the entire value to ensure it does not change.",
    "Elements value for option 'tags' is of type <class 'float'> and we were unable to convert to str: Quote the entire value to ensure it does not change.",
    "argument 'b' is of type <class 'bool'> found in 'sub'. and we were unable to convert to str: Quote the entire value to ensure it does not change.",
  ]);
  const ignored = validateArguments(spec, args);
  assert.deepEqual(ignored.warnings, []);
});

Deno.test("a function fallback returns undefined for 'not found'", () => {
  const seen: unknown[] = [];
  const spec: ArgumentSpec = {
    a: {
      fallback: [(...xs: unknown[]) => (seen.push(xs), "from-fn"), ["x", 1]],
    },
    b: { fallback: [() => undefined] },
    c: { fallback: [() => "unused"] },
  };
  const r = validateArguments(spec, { c: "given" });
  assert.deepEqual(r.params, { c: "given", a: "from-fn", b: null });
  assert.deepEqual(seen, [["x", 1]]);
});

Deno.test("inputs and spec defaults are never mutated", () => {
  const dflt = { host: "h" };
  const spec: ArgumentSpec = {
    server: {
      type: "dict",
      default: dflt,
      options: { host: {}, port: { type: "int", default: 1 } },
    },
    name: { aliases: ["n"] },
    items: { type: "list", elements: "dict", options: { v: { type: "int" } } },
  };
  const args = { n: "x", items: [{ v: "2" }] };
  const before = JSON.stringify(args);
  const r = validateArguments(spec, args);
  assert.equal(r.error, undefined);
  assert.deepEqual(r.params.server, { host: "h", port: 1 });
  assert.deepEqual(r.params.items, [{ v: 2 }]);
  assert.equal(JSON.stringify(args), before);
  assert.deepEqual(dflt, { host: "h" });
});

Deno.test("a __proto__ key stays a plain (unsupported) parameter", () => {
  const args = JSON.parse('{"a": "1", "__proto__": {"polluted": true}}');
  const r = validateArguments({ a: { type: "int" } }, args, {
    moduleName: "hello",
  });
  assert.equal(
    r.error,
    "Unsupported parameters for (hello) module: __proto__. Supported parameters include: a.",
  );
  assert.equal(Object.getPrototypeOf(r.params), Object.prototype);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

Deno.test("moduleName falls back to _ansible_module_name", () => {
  const spec: ArgumentSpec = { a: {} };
  assert.equal(
    validateArguments(spec, { b: 1, _ansible_module_name: "ping" }).error,
    "Unsupported parameters for (ping) module: b. Supported parameters include: a.",
  );
  assert.equal(
    validateArguments(spec, { b: 1, _ansible_module_name: "ping" }, {
      moduleName: "pong",
    })
      .error,
    "Unsupported parameters for (pong) module: b. Supported parameters include: a.",
  );
});

// --- performance -------------------------------------------------------------

Deno.test("the 30-parameter nested spec of the benchmark validates", () => {
  // Its cost is measured by validation_bench.ts, not here: timed tests are
  // noise on a shared machine.
  assert.equal(Object.keys(wide.spec).length, 30);
  const result = validateArguments(wide.spec, wide.args, wide.rules);
  assert.equal(result.error, undefined, result.error);
  assert.equal(result.params.opt1, 42);
  assert.deepEqual(result.noLogValues, new Set(["pw"]));
});

// --- result shaping beyond the differential ----------------------------------------

Deno.test("removeValues scrubs like remove_values, longest secret first", () => {
  const secrets = new Set(["abc", "abcdef", "5", ""]);
  const dated = new Date("2020-05-05T00:00:00Z");
  const input = JSON.parse(
    '{"__proto__": "abcdef", "abc": ["abcdefabc", 15, 1.5, 7, true, null], "d": 0}',
  );
  input.when = dated;
  assert.deepEqual(removeValues(input, secrets), {
    ["__proto__"]: "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
    // Keys stay; the longer secret goes first, so no "def" is left over.
    abc: [
      "****************",
      "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
      "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
      7,
      true,
      null,
    ],
    d: 0,
    // A Date is scrubbed in the form it is printed.
    when: "2020-0********-0********T00:00:00.000Z",
  });
  assert.equal(
    Object.getPrototypeOf(removeValues(input, secrets)),
    Object.prototype,
  );
  assert.equal(removeValues(input, new Set([""])), input);
  // Python's str() of the number is what is searched: 1e-7 is "1e-07".
  assert.equal(
    removeValues([1e-7], new Set(["e-07"]))?.toString(),
    "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
  );
});

Deno.test("failJson without a msg is an error, as in Python", async () => {
  const c: ParityCase = { name: "no msg", spec: {}, args: {} };
  serving = taskFor(moduleArgs(c), () => {});
  try {
    const module = await AnsibleTurboModule.create({});
    assert.throws(
      () => module.failJson({} as ModuleResult & { msg: string }),
      TypeError,
    );
  } finally {
    serving = undefined;
  }
});

Deno.test("deprecations come out in ansible-core 2.14's shape", async () => {
  const { result } = await runModule({
    name: "deprecations",
    spec: { a: { removed_at_date: "2030-01-01" } },
    args: { a: 1 },
    result: {
      deprecations: [{ msg: "both", version: "1", date: "2031-01-01" }],
    },
  });
  assert.deepEqual(result.deprecations, [
    {
      msg: "Param 'a' is deprecated. See the module docs for more information",
      date: "2030-01-01",
      collection_name: null,
    },
    // Python refuses version and date together; we keep the date.
    { msg: "both", date: "2031-01-01", collection_name: null },
  ]);
  assert.equal(result.changed, false);
});
