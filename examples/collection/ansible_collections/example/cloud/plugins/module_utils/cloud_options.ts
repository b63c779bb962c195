/**
 * The connection options of the example cloud's modules, with their
 * environment fallbacks. Apart from `cloud.ts` so that `keypair_info` can
 * take them statically and still load the API client only after
 * `create()`: this file loads nothing.
 *
 * @module
 */
import type { ArgumentSpec } from "../../../../ansible_turbo/deno/runtime/mod.ts";

/**
 * `api_url` and `api_key`, spread into each module's argument spec.
 *
 * @example
 * ```ts ignore
 * import { CONNECTION_OPTIONS } from "../module_utils/cloud_options.ts";
 * const argumentSpec = { ...CONNECTION_OPTIONS, name: { type: "str" } };
 * ```
 */
export const CONNECTION_OPTIONS: ArgumentSpec = {
  api_url: {
    type: "str",
    required: true,
    fallback: ["env", ["CLOUD_API_URL"]],
    description:
      "The cloud's base URL; the environment's CLOUD_API_URL if unset.",
  },
  api_key: {
    type: "str",
    required: true,
    no_log: true,
    fallback: ["env", ["CLOUD_API_KEY"]],
    description:
      "The API key to log in with; the environment's CLOUD_API_KEY if unset.",
  },
};
