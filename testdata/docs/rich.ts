#!/usr/bin/env -S deno run --allow-all
// WANT_JSON
/**
 * Manages a web site on a make-believe server. A fixture for `mod.ts docs`
 * with every kind of option: choices, aliases, defaults, lists with
 * `elements`, nested `dict` options and a list of dicts.
 *
 * Its result echoes the site as the task declared it; nothing is changed.
 *
 * @author Ada Lovelace (@ada)
 * @author Grace Hopper (@grace)
 *
 * @example Create a site
 * ```yaml
 * - name: Create a site
 *   acme.demo.rich:
 *     name: www
 *     ports: [80, 443]
 *     tls:
 *       cert: /etc/ssl/www.pem
 * ```
 *
 * @example Remove it
 * ```yaml
 * - acme.demo.rich:
 *     site: www
 *     state: absent
 * ```
 *
 * @module
 */
import {
  AnsibleModule,
  type ArgumentSpec,
  type ReturnSpec,
} from "../../mod.ts";

/** Converts a port given as a number or a service name. */
function toPort(value: unknown): number {
  const port = value === "https" ? 443 : Number(value);
  if (!Number.isInteger(port)) throw new TypeError(`${value} is not a port`);
  return port;
}

/**
 * The spec, exported so that the docs test can compare what ansible-doc
 * shows with it.
 *
 * @example
 * ```ts ignore
 * import { spec } from "./rich.ts";
 * console.log(Object.keys(spec));
 * ```
 */
export const spec = {
  name: {
    type: "str",
    required: true,
    aliases: ["site"],
    description: "The site's name.",
  },
  state: {
    type: "str",
    default: "present",
    choices: ["present", "absent"],
    description: ["Whether the site should exist.", "C(absent) removes it."],
  },
  ports: {
    type: "list",
    elements: "int",
    default: [80],
    description: "Ports it listens on.",
  },
  weight: {
    type: "float",
    default: 0.5,
    description: "Its share of the traffic.",
    version_added: "1.2.0",
  },
  confirm: {
    type: "str",
    default: "yes",
    choices: ["yes", "no"],
    description: "A string that YAML would read as a boolean unless quoted.",
  },
  quota: {
    type: "int",
    default: 2n ** 64n,
    description: "Bytes it may store: more than a double holds exactly.",
  },
  admin_port: {
    type: toPort,
    description: "A port, or C(https) for 443 (a type function).",
  },
  token: {
    type: "str",
    no_log: true,
    description: "The API token.",
  },
  tls: {
    type: "dict",
    description: "TLS settings.",
    options: {
      cert: { type: "path", required: true, description: "Certificate file." },
      protocols: {
        type: "list",
        elements: "str",
        choices: ["TLSv1.2", "TLSv1.3"],
        default: ["TLSv1.3"],
        description: "Protocols to offer.",
      },
      hsts: {
        type: "dict",
        description: "Strict transport security.",
        options: {
          max_age: { type: "int", default: 31536000, description: "Seconds." },
        },
      },
    },
  },
  routes: {
    type: "list",
    elements: "dict",
    description: "Where requests go.",
    options: {
      path: { type: "str", required: true, description: "URL prefix." },
      backend: {
        type: "str",
        aliases: ["upstream"],
        description: "Backend URL.",
      },
    },
  },
} as const satisfies ArgumentSpec;

/**
 * The documented return values, exported for the docs test.
 *
 * @example
 * ```ts ignore
 * import { returnSpec } from "./rich.ts";
 * console.log(Object.keys(returnSpec));
 * ```
 */
export const returnSpec: ReturnSpec = {
  site: {
    description: "The site as declared.",
    returned: "success",
    type: "dict",
    contains: {
      name: { description: "Its name.", returned: "always", type: "str" },
      ports: {
        description: "Its ports.",
        returned: "always",
        type: "list",
        elements: "int",
        sample: [80, 443],
      },
    },
  },
};

/**
 * Entry point, called once per task.
 *
 * @example
 * ```ts ignore
 * import { main } from "./rich.ts";
 * await main();
 * ```
 */
export async function main(): Promise<void> {
  const module = await AnsibleModule.create({
    argumentSpec: spec,
    returnSpec,
    supportsCheckMode: false,
    requiredIf: [["state", "present", ["ports"]]],
  });
  const { name, ports } = module.params;
  module.exitJson({ changed: false, site: { name, ports } });
}

if (import.meta.main) await main();
