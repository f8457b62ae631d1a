import crypto from "node:crypto";

/**
 * A fingerprint of a text as an editor saw it. An edit carries the fingerprint of the text
 * it started from, so a save over someone else's newer text is refused instead of lost.
 */
export function hashText(text: string): string {
  return crypto.createHash("sha256").update(text, "utf8").digest("hex");
}
