/**
 * The ansible-core versions the tests run, and where they are: 2.14 is
 * Debian's package (`/usr/bin/ansible-playbook`, its modules in
 * `/usr/lib/python3/dist-packages`); 2.19 is the tree that
 * `.ci/install_ansible.sh` unpacks (`$ANSIBLE_219_DIR`, else
 * `.cache/ansible-2.19/root`), run with Debian's python3. With CI=true a
 * missing version fails the tests that need it; elsewhere they are skipped.
 *
 * @module
 */

import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** True under CI: a missing Ansible version fails instead of skipping. */
export const CI: boolean = Deno.env.get("CI") === "true";

/** The root of the unpacked ansible-core 2.19 (`usr/bin`, `usr/lib/python3/dist-packages`). */
export const ANSIBLE_219_DIR: string = Deno.env.get("ANSIBLE_219_DIR") ||
  fileURLToPath(new URL("../../.cache/ansible-2.19/root", import.meta.url));

/** One Ansible version under test. */
export interface Ansible {
  /** "2.14" or "2.19". */
  label: string;
  /** `ansible-playbook` and the arguments that start it. */
  command: string[];
  /** `ansible-galaxy`, likewise. */
  galaxy: string[];
  /** `ansible-doc`, likewise. */
  doc: string[];
  /** Environment it needs (PYTHONPATH for the unpacked 2.19). */
  env: Record<string, string>;
  /** Why it cannot run here, when it cannot. */
  missing?: string;
}

/**
 * The Ansible versions under test, each with `missing` set when it cannot
 * run here.
 *
 * @returns 2.14 and 2.19.
 *
 * @example
 * ```ts ignore
 * import { ansibleVersions } from "./versions.ts";
 * for (const a of await ansibleVersions()) console.log(a.label, a.missing ?? "ready");
 * ```
 */
export async function ansibleVersions(): Promise<Ansible[]> {
  const dir219 = ANSIBLE_219_DIR;
  const versions: Ansible[] = [
    {
      label: "2.14",
      command: ["/usr/bin/ansible-playbook"],
      galaxy: ["/usr/bin/ansible-galaxy"],
      doc: ["/usr/bin/ansible-doc"],
      env: {},
    },
    {
      label: "2.19",
      // Debian's python3: its packages are the ones 2.19's .deb depends on.
      command: ["/usr/bin/python3", join(dir219, "usr/bin/ansible-playbook")],
      galaxy: ["/usr/bin/python3", join(dir219, "usr/bin/ansible-galaxy")],
      doc: ["/usr/bin/python3", join(dir219, "usr/bin/ansible-doc")],
      env: { PYTHONPATH: join(dir219, "usr/lib/python3/dist-packages") },
    },
  ];
  for (const version of versions) {
    try {
      const out = await new Deno.Command(version.command[0], {
        args: [...version.command.slice(1), "--version"],
        env: version.env,
        stdout: "piped",
        stderr: "piped",
      }).output();
      const text = new TextDecoder().decode(out.stdout);
      if (!out.success || !text.includes(`core ${version.label}.`)) {
        version.missing = `${
          version.command.join(" ")
        } is not ansible-core ${version.label}: ${text.split("\n")[0]}${
          new TextDecoder().decode(out.stderr).slice(0, 300)
        }`;
      }
    } catch (error) {
      version.missing = `${version.command.join(" ")}: ${
        (error as Error).message
      }`;
    }
  }
  return versions;
}

/**
 * Fails the running test when its Ansible version is missing (a test
 * outside CI is skipped instead, with `ignore`).
 *
 * @param ansible The version under test.
 * @throws {Error} When it is missing.
 *
 * @example
 * ```ts ignore
 * import { requireAnsible } from "./versions.ts";
 * requireAnsible(ansible);
 * ```
 */
export function requireAnsible(ansible: Ansible): void {
  if (ansible.missing !== undefined) {
    throw new Error(
      `ansible-core ${ansible.label} is missing (run .ci/install_ansible.sh): ${ansible.missing}`,
    );
  }
}
