/**
 * What a module prints: its own JSON through `Deno.stdout`, `Deno.stderr`,
 * every console method, large and odd output. A variant that ends without
 * a result (exit 1) makes its output part of what Ansible shows
 * (`module_stdout`, `module_stderr`).
 *
 * @module
 */
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

const encoder = new TextEncoder();
const RESULT = { changed: false, printed: "by the module itself" };

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./output.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const m = await AnsibleModule.create({
    argumentSpec: {
      variant: { type: "str", required: true },
      megabytes: { type: "int", default: 0 },
    },
  });
  switch (m.params.variant) {
    case "stdout_write_sync":
      Deno.stdout.writeSync(encoder.encode(`${JSON.stringify(RESULT)}\n`));
      return;
    case "stdout_write":
      await Deno.stdout.write(encoder.encode(`${JSON.stringify(RESULT)}\n`));
      return;
    case "stdout_writable": {
      const writer = Deno.stdout.writable.getWriter();
      await writer.write(encoder.encode(`${JSON.stringify(RESULT)}\n`));
      writer.releaseLock();
      return;
    }
    case "stderr_then_exit":
      Deno.stderr.writeSync(encoder.encode("written to Deno.stderr\n"));
      Deno.exit(2);
      break;
    case "stderr_then_result":
      Deno.stderr.writeSync(encoder.encode("written to Deno.stderr\n"));
      m.exitJson({ after_stderr: true });
      break;
    case "console_streams":
      console.log("log %s is %d%%, %i, %f, %j", "x", 42.5, 42.9, 1.5, {
        a: 1,
      });
      console.info("info", { nested: { deep: [1, 2, 3] } }, [1, "2"]);
      console.debug("debug", 1n, Symbol("s"), null, undefined);
      console.warn("warn %o", { a: [1, { b: 2 }] });
      console.error("error", new Map([["k", 1]]), new Set([1]));
      Deno.exit(1);
      break;
    case "console_assert":
      console.assert(1 === 1, "not printed");
      console.assert(false, "assertion %s", "message");
      Deno.exit(1);
      break;
    case "console_group":
      console.group("group");
      console.log("inside");
      console.groupEnd();
      console.log("outside");
      Deno.exit(1);
      break;
    case "console_count":
      console.count();
      console.count("label");
      console.count("label");
      console.countReset("label");
      console.count("label");
      Deno.exit(1);
      break;
    case "console_time":
      console.time("timer");
      console.timeLog("timer", "halfway");
      console.timeEnd("timer");
      Deno.exit(1);
      break;
    case "console_table":
      console.table([{ a: 1, b: "x" }, { a: 2, b: "y" }]);
      Deno.exit(1);
      break;
    case "console_dir":
      console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 });
      console.dirxml({ x: 1 });
      Deno.exit(1);
      break;
    case "console_trace":
      console.trace("traced");
      Deno.exit(1);
      break;
    case "console_megabytes": {
      const line = "x".repeat(1023);
      const lines = Number(m.params.megabytes) * 1024;
      for (let i = 0; i < lines; i++) console.log(line);
      m.exitJson({ lines });
      break;
    }
    case "junk_without_newline":
      Deno.stdout.writeSync(encoder.encode("junk without a newline"));
      m.exitJson({ after_junk: true });
      break;
    case "non_utf8":
      Deno.stdout.writeSync(new Uint8Array([0x62, 0x61, 0x64, 0xff, 0xfe, 10]));
      console.log("then text");
      Deno.exit(1);
      break;
    case "nul_and_unicode":
      console.log("nul:\0:end", "é ü 🌍 \u{1f9ea}", "tab\there");
      console.error("stderr: ü \0");
      Deno.exit(1);
      break;
    case "long_line":
      console.log("y".repeat(1_000_000));
      m.exitJson({ long: "z".repeat(1_000_000) });
      break;
    case "unicode_result":
      m.exitJson({ text: "héllo wörld 🌍 \u00a0nbsp ℃ 日本語", emoji: "🧪" });
      break;
    case "line_separator_in_result":
      // Python's splitlines() splits at U+2028, so Ansible cannot parse this.
      m.exitJson({ text: "before\u2028after" });
      break;
    case "unload_output":
      globalThis.addEventListener("unload", () => {
        console.log("printed by an unload listener");
      });
      m.exitJson({ unload_listener: true });
      break;
  }
}

if (import.meta.main) await main();
