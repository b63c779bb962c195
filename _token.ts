/**
 * The daemon's token: 256 random bits in a 0600 file beside its socket,
 * which every request must carry. Written aside and renamed, so no client
 * reads half a token; no temp file survives a failed write.
 *
 * @module
 */

/**
 * A new random token, as 64 hex digits.
 *
 * @example
 * ```ts
 * import { randomToken } from "./_token.ts";
 * console.assert(/^[0-9a-f]{64}$/.test(randomToken()));
 * ```
 */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Writes `text` to `path` as a 0600 file, by rename.
 *
 * @example
 * ```ts ignore
 * import { randomToken, writePrivateFile } from "./_token.ts";
 * await writePrivateFile("/run/user/1000/ansible-turbo-1000/k.token", `${randomToken()}\n`);
 * ```
 */
export async function writePrivateFile(
  path: string,
  text: string,
): Promise<void> {
  const temp = `${path}.${Deno.pid}.tmp`;
  try {
    await Deno.writeTextFile(temp, text, { mode: 0o600 });
    await Deno.rename(temp, path);
  } catch (error) {
    await Deno.remove(temp).catch(() => {});
    throw error;
  }
}
