import { createHmac } from "node:crypto";

/**
 * An expert's pseudonym in exported data: stable within a study (the same expert is the
 * same row key in every round), different across studies (the study is in the input), and
 * not reversible without the server secret (an HMAC, not a hash anyone could recompute).
 */
export function pseudonym(secret: string, studyId: string, panelMemberId: string): string {
  const mac = createHmac("sha256", secret).update(`${studyId}:${panelMemberId}`).digest("hex");
  return `E-${mac.slice(0, 12).toUpperCase()}`;
}
