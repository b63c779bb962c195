import assert from "node:assert/strict";
import { deadline, DeadlineError, type DeadlineTimers } from "./_deadline.ts";

/** Real timers that remember which are still pending. */
function trackedTimers(): DeadlineTimers & { pending: Set<number> } {
  const pending = new Set<number>();
  return {
    pending,
    setTimeout(callback, ms) {
      const id = Number(setTimeout(() => {
        pending.delete(id);
        callback();
      }, ms));
      pending.add(id);
      return id;
    },
    clearTimeout(id) {
      clearTimeout(id as number);
      pending.delete(id as number);
    },
  };
}

Deno.test("deadline: a wait that ends first leaves no timer behind", async () => {
  // The daemon waits up to the task timeout (an hour) for every task: a
  // timer left until then held each task's wait in memory that long.
  const timers = trackedTimers();
  assert.equal(await deadline(Promise.resolve(7), 3_600_000, { timers }), 7);
  assert.equal(timers.pending.size, 0);
  await assert.rejects(
    deadline(Promise.reject(new Error("boom")), 3_600_000, { timers }),
    /boom/,
  );
  assert.equal(timers.pending.size, 0);
});

Deno.test("deadline: a wait past its time fails with DeadlineError", async () => {
  const timers = trackedTimers();
  const never = new Promise<never>(() => {});
  await assert.rejects(
    deadline(never, 10, { timers, message: "no answer" }),
    (e) => e instanceof DeadlineError && e.message === "no answer",
  );
  assert.equal(timers.pending.size, 0);
  // Without timers: the platform's AbortSignal.timeout.
  await assert.rejects(deadline(never, 10), DeadlineError);
});
