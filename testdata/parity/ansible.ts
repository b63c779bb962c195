/**
 * ansible-core's side of the parity suite: every case runs through the real
 * `AnsibleModule` of ansible-core 2.14 (the Debian package CI installs), in
 * one batched python3 process, and we keep what it validated and the JSON
 * `exit_json`/`fail_json` printed. Also the one place that states how our
 * results differ from that JSON on purpose.
 *
 * @module
 */

import { IntegralFloat, parseJson, stringifyJson } from "../../_json.ts";
import { ANSIBLE_219_DIR } from "../ansible/versions.ts";
import {
  generateCases,
  HAND_WRITTEN,
  moduleArgs,
  type ParityCase,
  paritySeed,
  TEST_ENV,
} from "./cases.ts";

/**
 * How many cases {@linkcode allCases} generates on top of the hand-written
 * ones.
 *
 * @example
 * ```ts
 * import { GENERATED_COUNT } from "./ansible.ts";
 * console.assert(GENERATED_COUNT >= 100);
 * ```
 */
export const GENERATED_COUNT = 200;

let everyCase: ParityCase[] | undefined;

/**
 * The hand-written cases followed by the generated ones (the seed is
 * printed once, so a failing run can be repeated with `PARITY_SEED`).
 *
 * @example
 * ```ts
 * import { allCases } from "./ansible.ts";
 * console.log(allCases().length);
 * ```
 */
export function allCases(): ParityCase[] {
  if (!everyCase) {
    const seed = paritySeed();
    console.log(
      `parity: ${HAND_WRITTEN.length} hand-written cases, ${GENERATED_COUNT} generated with PARITY_SEED=${seed}`,
    );
    everyCase = [...HAND_WRITTEN, ...generateCases(seed, GENERATED_COUNT)];
  }
  return everyCase;
}

/**
 * What ansible-core did with one case.
 *
 * @example
 * ```ts
 * import type { PyOutcome } from "./ansible.ts";
 * const failed = (o: PyOutcome) => o.code === 1;
 * ```
 */
export interface PyOutcome {
  /** Set when AnsibleModule raised instead of exiting (a traceback). */
  crash?: string;
  /** "init": AnsibleModule exited while being built (failure, check mode). */
  stage: "init" | "run";
  /** The module's exit code. */
  code: number;
  /** The failure message of the constructor, before no_log scrubbing. */
  error: string | null;
  /** Every validation error, in order. */
  errors: string[];
  /** `module.params` once built (or when it failed). */
  params: Record<string, unknown>;
  /** Warnings and deprecations of the constructor (None fields dropped). */
  warnings: string[];
  deprecations: {
    msg: string;
    version?: string;
    date?: string;
    collection_name?: string;
  }[];
  /** `str()` of each no_log value, sorted. */
  noLog: string[];
  /** The JSON the module printed. */
  output: Record<string, unknown>;
}

/** The harness: AnsibleModule as AnsiballZ runs it, one case after another. */
const HARNESS = String.raw`
import contextlib, io, json, sys
sys.path.insert(0, sys.argv[3])
from ansible.module_utils import basic
from ansible.module_utils.basic import AnsibleModule, env_fallback
from ansible.module_utils.common import warnings as _warnings
from ansible.release import __version__

STATE = {}


def snapshot(module, msg):
    if 'snap' in STATE:
        return
    validation = getattr(module, 'validation_result', None)
    STATE['snap'] = {
        'errors': validation.error_messages if validation is not None else [msg],
        'params': json.loads(json.dumps(module.params)),
        'warnings': list(_warnings.get_warning_messages()),
        'deprecations': [dict((k, v) for k, v in d.items() if v is not None)
                         for d in _warnings.get_deprecation_messages()],
        'noLog': sorted(str(v) for v in module.no_log_values),
    }


class Module(AnsibleModule):
    def __init__(self, *args, **kwargs):
        super(Module, self).__init__(*args, **kwargs)
        snapshot(self, None)

    def _return_formatted(self, kwargs):
        if 'snap' not in STATE:
            STATE['init_msg'] = kwargs.get('msg')
        snapshot(self, kwargs.get('msg'))
        super(Module, self)._return_formatted(kwargs)

    def log(self, msg, log_args=None):
        pass


def upper(value):
    if not isinstance(value, str):
        raise TypeError('expected a string')
    return value.upper()


def port(value):
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
        raise ValueError('not a port number')
    return value


FUNCS = {'upper': upper, 'port': port}
RULES = {'mutuallyExclusive': 'mutually_exclusive', 'requiredTogether': 'required_together',
         'requiredOneOf': 'required_one_of', 'requiredIf': 'required_if', 'requiredBy': 'required_by'}


def convert(spec):
    out = {}
    for name, entry in spec.items():
        entry = dict(entry)
        for field in ('type', 'elements'):
            value = entry.get(field)
            if isinstance(value, str) and value.startswith('$fn:'):
                entry[field] = FUNCS[value[4:]]
        fallback = entry.get('fallback')
        if fallback and fallback[0] == 'env':
            entry['fallback'] = (env_fallback,) + tuple(fallback[1:])
        if entry.get('options') is not None:
            entry['options'] = convert(entry['options'])
        out[name] = entry
    return out


results = []
with open(sys.argv[1]) as f:
    cases = json.load(f)
for case in cases:
    STATE.clear()
    _warnings._global_warnings.clear()
    _warnings._global_deprecations.clear()
    basic._ANSIBLE_ARGS = json.dumps({'ANSIBLE_MODULE_ARGS': case['args']}).encode('utf-8')
    if hasattr(basic, '_ANSIBLE_PROFILE'):
        # 2.19 decodes the arguments by the module's serialization profile.
        basic._ANSIBLE_PROFILE = 'legacy'
    kwargs = dict((RULES[k], v) for k, v in case['rules'].items())
    kwargs['supports_check_mode'] = case['supportsCheckMode']
    stage, code = 'init', None
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            try:
                module = Module(argument_spec=convert(case['spec']), **kwargs)
                stage = 'run'
                if case.get('fail') is not None:
                    module.fail_json(**case['fail'])
                module.exit_json(**(case.get('result') or {}))
            except SystemExit as e:
                code = e.code
    except Exception as e:
        results.append({'crash': '%s: %s' % (type(e).__name__, e)})
        continue
    result = dict(STATE['snap'])
    result.update({
        'stage': stage,
        'code': code,
        'error': STATE.get('init_msg') if stage == 'init' and code == 1 else None,
        'output': json.loads(out.getvalue().strip().splitlines()[-1]),
    })
    results.append(result)
with open(sys.argv[2], 'w') as f:
    json.dump({'version': __version__, 'results': results}, f)
`;

const PYTHONS = [
  Deno.env.get("ANSIBLE_TEST_PYTHON") ?? "python3",
  "/usr/bin/python3",
];

/** Where Debian's ansible-core 2.14 package puts the `ansible` package. */
const DIST_PACKAGES_214 = "/usr/lib/python3/dist-packages";

/**
 * The `dist-packages` directory of ansible-core 2.19, as
 * `.ci/install_ansible.sh` unpacks it (`$ANSIBLE_219_DIR`, else
 * `.cache/ansible-2.19/root`), and whether its AnsibleModule is there.
 *
 * @example
 * ```ts ignore
 * import { ansible219 } from "./ansible.ts";
 * const { root, present } = await ansible219();
 * ```
 */
export async function ansible219(): Promise<
  { root: string; present: boolean }
> {
  const root = `${ANSIBLE_219_DIR}/usr/lib/python3/dist-packages`;
  try {
    await Deno.stat(`${root}/ansible/module_utils/basic.py`);
    return { root, present: true };
  } catch {
    return { root, present: false };
  }
}

/**
 * Runs `cases` through ansible-core in one python3 process, in a temp
 * directory that is always removed: 2.14 (Debian's package) unless `root`
 * names another version's `dist-packages`. `results` is undefined (and
 * `problem` says why) when no python with ansible-core could run it.
 * Numbers cross both ways as JSON says them (`4.0`, big ints).
 *
 * @example
 * ```ts ignore
 * import { runAnsible } from "./ansible.ts";
 * const { results, version } = await runAnsible([{ name: "x", spec: {}, args: {} }]);
 * ```
 */
export async function runAnsible(
  cases: readonly ParityCase[],
  options: { root?: string } = {},
): Promise<{ results?: PyOutcome[]; version?: string; problem: string }> {
  const tmp = await Deno.makeTempDir({ prefix: "ansible-turbo-parity-" });
  let problem = "";
  try {
    const script = `${tmp}/harness.py`;
    const input = `${tmp}/cases.json`;
    const output = `${tmp}/results.json`;
    await Deno.writeTextFile(script, HARNESS);
    await Deno.writeTextFile(
      input,
      stringifyJson(cases.map((c) => ({
        spec: c.spec,
        args: moduleArgs(c),
        rules: c.rules ?? {},
        supportsCheckMode: c.supportsCheckMode ?? false,
        result: c.result,
        fail: c.fail,
      }))),
    );
    for (const python of PYTHONS) {
      let out: Deno.CommandOutput;
      try {
        out = await new Deno.Command(python, {
          args: [script, input, output, options.root ?? DIST_PACKAGES_214],
          // Python prints the BOOLEANS set in hash order; pin it.
          env: {
            ...TEST_ENV,
            PYTHONHASHSEED: "0",
            PYTHONDONTWRITEBYTECODE: "1",
          },
          stdout: "piped",
          stderr: "piped",
        }).output();
      } catch (e) {
        problem += `${python}: ${e instanceof Error ? e.message : e}\n`;
        continue;
      }
      if (!out.success) {
        problem += `${python}: ${
          new TextDecoder().decode(out.stderr).trim().split("\n").pop()
        }\n`;
        continue;
      }
      const { version, results } = parseJson(
        await Deno.readTextFile(output),
      ) as { version: string; results: PyOutcome[] };
      return { results, version, problem };
    }
    return { problem };
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

let memo:
  | Promise<{ results?: PyOutcome[]; version?: string; problem: string }>
  | undefined;

/**
 * {@linkcode runAnsible} over {@linkcode allCases}, run once per test
 * process however many test files ask (the single python subprocess).
 *
 * @example
 * ```ts ignore
 * import { ansibleResults } from "./ansible.ts";
 * const { results } = await ansibleResults();
 * ```
 */
export function ansibleResults(): Promise<
  { results?: PyOutcome[]; version?: string; problem: string }
> {
  memo ??= runAnsible(allCases());
  return memo;
}

/**
 * Whether python3 with ansible-core can be run here.
 *
 * @example
 * ```ts ignore
 * import { ansibleAvailable } from "./ansible.ts";
 * if (!(await ansibleAvailable())) console.log("no ansible-core");
 * ```
 */
export async function ansibleAvailable(): Promise<boolean> {
  for (const python of PYTHONS) {
    try {
      const out = await new Deno.Command(python, {
        args: [
          "-c",
          "import sys; sys.path.insert(0, '/usr/lib/python3/dist-packages'); import ansible.module_utils.basic",
        ],
        stdout: "null",
        stderr: "null",
      }).output();
      if (out.success) return true;
    } catch {
      // Not installed; try the next candidate.
    }
  }
  return false;
}

const NO_LOG_MASK = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER";

/**
 * ansible-core's printed result turned into the one we print on purpose
 * (each difference is in the README's "AnsibleModule parity"):
 *
 * - `changed: false` is added to a successful result that has none (the
 *   controller does the same to Python's);
 * - under `_ansible_no_log` the result carries no `invocation`;
 * - booleans and null are never scrubbed (2.14 turns `true` into the marker
 *   when a no_log value is part of "True"; 2.19 keeps them);
 * - a `float` option's value is a plain number in `invocation` (see
 *   {@linkcode expectedParams}).
 *
 * `ours` is our result, needed to put back what 2.14 masked.
 *
 * @example
 * ```ts ignore
 * import { expectedResult } from "./ansible.ts";
 * const expected = expectedResult(theCase, { py: pyOutcome, ours: ourResult });
 * ```
 */
export function expectedResult(
  c: ParityCase,
  opts: { py: PyOutcome; ours: unknown },
): Record<string, unknown> {
  const { py, ours } = opts;
  // A copy that keeps big ints and integral floats as they are.
  const output = parseJson(stringifyJson(py.output));
  const expected = unmask(output, {
    ours,
    secrets: py.noLog,
  }) as Record<string, unknown>;
  const invocation = expected.invocation;
  if (isObject(invocation) && isObject(invocation.module_args)) {
    // Printed, a plain number beyond 2^53 is a float again.
    invocation.module_args = withPlainFloats(c.spec, invocation.module_args, {
      plain: (v) => Number.isSafeInteger(v) ? v : new IntegralFloat(v),
    });
  }
  const noLog = moduleArgs(c)._ansible_no_log === true;
  const given = passedToExit(c, py);
  if (noLog && !Object.hasOwn(given, "invocation")) delete expected.invocation;
  if (py.code === 0 && !Object.hasOwn(expected, "changed")) {
    expected.changed = false;
  }
  return expected;
}

/**
 * ansible-core's `module.params` as we hand them over on purpose: a `float`
 * option (and each `float` element) is a plain `number`, where Python keeps
 * a float that prints as `4.0` when integral (we print `4`; a plain number
 * beyond 2^53 prints as the float it is). Everything else, integral floats
 * under `raw` or inside a `dict` included, is compared as is.
 *
 * @example
 * ```ts ignore
 * import { expectedParams } from "./ansible.ts";
 * const params = expectedParams(theCase, pyOutcome.params);
 * ```
 */
export function expectedParams(
  c: ParityCase,
  params: Record<string, unknown>,
): Record<string, unknown> {
  return withPlainFloats(c.spec, params, { plain: (v) => v });
}

/** `params` with each integral float of a `float` option turned by `plain`. */
function withPlainFloats(
  spec: Record<string, unknown>,
  params: Record<string, unknown>,
  opts: { plain: (value: number) => unknown },
): Record<string, unknown> {
  const out = { ...params };
  const plain = (v: unknown) =>
    v instanceof IntegralFloat ? opts.plain(v.valueOf()) : v;
  for (const [name, raw] of Object.entries(spec)) {
    if (!Object.hasOwn(out, name) || !isObject(raw)) continue;
    const value = out[name];
    if (raw.type === "float") out[name] = plain(value);
    else if (raw.elements === "float" && Array.isArray(value)) {
      out[name] = value.map(plain);
    } else if (isObject(raw.options)) {
      const sub = raw.options;
      if (isObject(value)) out[name] = withPlainFloats(sub, value, opts);
      else if (Array.isArray(value)) {
        out[name] = value.map((v) =>
          isObject(v) ? withPlainFloats(sub, v, opts) : v
        );
      }
    }
  }
  return out;
}

/**
 * The keyword arguments the module itself passed to `exit_json`/`fail_json`
 * (none when AnsibleModule exited while being built).
 *
 * @example
 * ```ts ignore
 * import { passedToExit } from "./ansible.ts";
 * const hadWarnings = Object.hasOwn(passedToExit(theCase, pyOutcome), "warnings");
 * ```
 */
export function passedToExit(
  c: ParityCase,
  py: PyOutcome,
): Record<string, unknown> {
  return py.stage === "run" ? c.fail ?? c.result ?? {} : {};
}

function unmask(
  py: unknown,
  opts: { ours: unknown; secrets: string[] },
): unknown {
  const { ours, secrets } = opts;
  if (
    py === NO_LOG_MASK &&
    (typeof ours === "boolean" || ours === null) &&
    secrets.some((s) =>
      (ours === null ? "None" : ours ? "True" : "False").includes(s)
    )
  ) {
    return ours;
  }
  if (Array.isArray(py) && Array.isArray(ours)) {
    return py.map((v, i) => unmask(v, { ours: ours[i], secrets }));
  }
  if (isObject(py) && isObject(ours)) {
    for (const k of Object.keys(py)) {
      py[k] = unmask(py[k], { ours: ours[k], secrets });
    }
  }
  return py;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) &&
    !(v instanceof IntegralFloat);
}
