/**
 * What a module learns about its own process: `Deno.args`,
 * `Deno.mainModule`, `import.meta`, its own file, `node:process`
 * (`argv`, `exit()`, `exitCode`), signal and unload listeners, stdin.
 *
 * @module
 */
import process from "node:process";
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

// A marker the module finds in its own file.
const MARKER = "process_api own-file marker";

function base(pathOrUrl: string): string {
  return pathOrUrl.slice(pathOrUrl.lastIndexOf("/") + 1);
}

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./process_api.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const m = await AnsibleModule.create({
    argumentSpec: {
      variant: { type: "str", required: true },
      code: { type: "int" },
    },
  });
  switch (m.params.variant) {
    case "deno_args":
      m.exitJson({ count: Deno.args.length, first: base(Deno.args[0] ?? "") });
      break;
    case "main_module":
      m.exitJson({
        main_module: base(Deno.mainModule),
        is_this_file: Deno.mainModule === import.meta.url,
      });
      break;
    case "import_meta":
      m.exitJson({
        url: base(import.meta.url),
        filename: base(import.meta.filename ?? ""),
        dirname_matches: import.meta.dirname === Deno.cwd() ||
          import.meta.filename?.startsWith(`${import.meta.dirname}/`),
      });
      break;
    case "own_file": {
      const byUrl = await Deno.readTextFile(new URL(import.meta.url));
      const byName = await Deno.readTextFile(import.meta.filename!);
      m.exitJson({
        same: byUrl === byName,
        has_marker: byUrl.includes(MARKER),
        first_line: byUrl.split("\n")[0],
      });
      break;
    }
    case "process_argv":
      m.exitJson({
        count: process.argv.length,
        script: base(process.argv[1] ?? ""),
      });
      break;
    case "process_exit":
      console.log("exiting through node:process");
      if (m.params.code === null) process.exit();
      process.exit(Number(m.params.code));
      break;
    case "process_exit_code":
      process.exitCode = 6;
      console.log(JSON.stringify({ exit_code_set: 6 }));
      return;
    case "signal_listeners": {
      const handler = () => {};
      Deno.addSignalListener("SIGUSR1", handler);
      Deno.addSignalListener("SIGHUP", handler);
      Deno.removeSignalListener("SIGUSR1", handler);
      Deno.removeSignalListener("SIGHUP", handler);
      m.exitJson({ listeners: "added and removed" });
      break;
    }
    case "stdin": {
      const chunks: Uint8Array[] = [];
      for await (const chunk of Deno.stdin.readable) chunks.push(chunk);
      m.exitJson({
        bytes: chunks.reduce((n, c) => n + c.length, 0),
        terminal: Deno.stdin.isTerminal(),
      });
      break;
    }
  }
}

if (import.meta.main) await main();
