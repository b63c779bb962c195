/** Unit tests of reading the arguments Ansible passes. */
import assert from "node:assert/strict";
import { IntegralFloat } from "./_json.ts";
import {
  isPlainObject,
  ModuleInputError,
  parseArgs,
  readArgsFile,
} from "./_input.ts";

Deno.test("JSON arguments, bare or wrapped as Python modules get them", () => {
  assert.deepEqual(parseArgs('{"a": 1, "_ansible_check_mode": true}'), {
    a: 1,
    _ansible_check_mode: true,
  });
  assert.deepEqual(parseArgs('{"ANSIBLE_MODULE_ARGS": {"a": 1}}'), { a: 1 });
});

Deno.test("JSON arguments keep their numbers as JSON says them", () => {
  const args = parseArgs(
    '{"ANSIBLE_MODULE_ARGS": {"n": 4.0, "big": 18446744073709551617, "i": 4}}',
  );
  assert.deepEqual(args, {
    n: new IntegralFloat(4),
    big: 18446744073709551617n,
    i: 4,
  });
  // An integral float is a number, not a dict of arguments.
  assert.equal(isPlainObject(args.n), false);
  assert.deepEqual(parseArgs('{"ANSIBLE_MODULE_ARGS": 4.0, "a": 1}'), {
    ANSIBLE_MODULE_ARGS: new IntegralFloat(4),
    a: 1,
  });
});

Deno.test("old-style key=value arguments are split like a shell", () => {
  assert.deepEqual(
    parseArgs(`name='two words' path="/a b/\\"c\\"" plain=x\\ y empty=''`),
    { name: "two words", path: '/a b/"c"', plain: "x y", empty: "" },
  );
  assert.throws(() => parseArgs("novalue"), ModuleInputError);
  assert.throws(() => parseArgs("a='open"), /Unbalanced quote/);
});

Deno.test("unreadable or invalid arguments give Ansible's messages", async () => {
  await assert.rejects(
    () => readArgsFile(undefined),
    /No arguments file was given/,
  );
  await assert.rejects(
    () => readArgsFile("/nonexistent/args"),
    /Unable to read the arguments file/,
  );
  assert.throws(
    () => parseArgs("{not json"),
    /Error: Module unable to decode valid JSON on stdin/,
  );
});
