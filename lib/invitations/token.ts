import crypto from "node:crypto";

// A personal link's token is derived, not stored: token = HMAC-SHA256(server secret, link
// id), where the link id carries 128 random bits. Only SHA-256(token) is stored, so a copy
// of the database yields no working link, yet the server can put the same link into every
// email of a study (invitation, round opening, reminders) without rotating it — an expert
// halfway through a draft keeps a working page. Revoking or re-issuing creates a new link id.
// Changing NEXTAUTH_SECRET therefore invalidates every personal link.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newLinkId(): string {
  return crypto.randomBytes(16).toString("base64url");
}

export function deriveToken(linkId: string, secret: string): string {
  return crypto
    .createHmac("sha256", secret)
    .update(`livewith-expert-link:${linkId}`)
    .digest("base64url");
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before touching the database. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
