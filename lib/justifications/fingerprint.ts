import crypto from "node:crypto";
import type { Justification } from "./version-changes.ts";

export type JustificationContent = Pick<Justification, "changeClass" | "text" | "links">;

/**
 * What a justification says, as a short string: the justify form carries the one it was
 * loaded with, so a save can tell a change the user left as it was (left alone, whatever
 * happened meanwhile) from one they edited after someone else saved it (refused). "" is
 * "no justification".
 */
export function justificationFingerprint(j: JustificationContent | null): string {
  if (!j) return "";
  const links = j.links
    .map((l) => `${l.item}=${l.disposition}`)
    .sort()
    .join(",");
  return crypto
    .createHash("sha256")
    .update(JSON.stringify([j.text, j.changeClass, links]))
    .digest("base64url")
    .slice(0, 32);
}
