/** Unit tests of the daemon's command line. */
import assert from "node:assert/strict";
import { parseDaemonArgs } from "./daemon.ts";

Deno.test("the daemon's command line is parsed, and mistakes are refused", () => {
  assert.deepEqual(
    parseDaemonArgs([
      "--socket",
      "/run/x.sock",
      "--ttl",
      "2",
      "--foreground",
      "--max-requests",
      "100",
      "--max-rss-mb",
      "512",
    ]),
    {
      socket: "/run/x.sock",
      ttl: 2,
      foreground: true,
      maxRequests: 100,
      maxRssMb: 512,
    },
  );
  assert.deepEqual(parseDaemonArgs(["--socket", "/s"]), {
    socket: "/s",
    ttl: 15,
  });
  assert.throws(() => parseDaemonArgs(["--ttl", "3"]), /needs --socket PATH/);
  assert.throws(() => parseDaemonArgs(["--socket"]), /--socket needs a value/);
  assert.throws(
    () => parseDaemonArgs(["--socket", "/s", "--bogus", "1"]),
    /Unknown daemon option --bogus/,
  );
});
