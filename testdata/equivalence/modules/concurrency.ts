/**
 * Work outside the module's own code: Workers (a result computed in one, a
 * Worker's console output) and subprocesses (their output and exit codes,
 * a child that writes to the module's stdout).
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { AnsibleTurboModule as AnsibleModule } from "../../../mod.ts";

const COMPUTE = `
self.onmessage = (event) => {
  let sum = 0;
  for (let i = 1; i <= event.data; i++) sum += i;
  self.postMessage(sum);
};
`;
const LOGGER = `
console.log("printed by a worker");
self.postMessage("logged");
`;

function startWorker(source: string): Worker {
  return new Worker(
    `data:application/javascript,${encodeURIComponent(source)}`,
    { type: "module" },
  );
}

function reply(worker: Worker): Promise<unknown> {
  return new Promise((resolve) => {
    worker.onmessage = (event) => resolve(event.data);
  });
}

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./concurrency.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const m = await AnsibleModule.create({
    argumentSpec: { variant: { type: "str", required: true } },
  });
  switch (m.params.variant) {
    case "worker_result": {
      const worker = startWorker(COMPUTE);
      const answer = reply(worker);
      worker.postMessage(1000);
      const sum = await answer;
      worker.terminate();
      m.exitJson({ sum });
      break;
    }
    case "worker_console": {
      const worker = startWorker(LOGGER);
      await reply(worker);
      worker.terminate();
      Deno.exit(1);
      break;
    }
    case "subprocess": {
      const out = await new Deno.Command("sh", {
        args: ["-c", "echo out; echo err >&2; exit 3"],
      }).output();
      const status = await new Deno.Command("false").output();
      const decoder = new TextDecoder();
      m.exitJson({
        stdout: decoder.decode(out.stdout),
        stderr: decoder.decode(out.stderr),
        code: out.code,
        success: out.success,
        false_code: status.code,
      });
      break;
    }
    case "node_spawn_sync": {
      const out = spawnSync("sh", ["-c", "echo spawned; exit 2"]);
      m.exitJson({ stdout: String(out.stdout), status: out.status });
      break;
    }
    case "child_inherits_stdout": {
      // The child prints the module's result on the stdout it inherits.
      const status = await new Deno.Command("sh", {
        args: ["-c", `echo '{"changed": true, "printed": "by a child"}'`],
        stdout: "inherit",
      }).output();
      if (!status.success) m.failJson({ msg: "the child failed" });
      return;
    }
  }
}

if (import.meta.main) await main();
