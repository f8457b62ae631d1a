import crypto from "node:crypto";

// Messages that carry a personal or sign-in link wait in the outbox until delivered. Their
// bodies are stored encrypted (AES-256-GCM, key derived from the server secret), so the
// raw token never sits in a table in clear, not even while a mail server is down.
const PREFIX = "sealed:v1:";

// The last key derived: a mass mailing seals 2,000 bodies under the same secret.
let derived: { secret: string; key: Buffer } | null = null;

function key(secret: string): Buffer {
  if (derived?.secret !== secret) {
    derived = {
      secret,
      key: crypto.createHash("sha256").update(`livewith-outbox:${secret}`).digest(),
    };
  }
  return derived.key;
}

export function sealBody(plain: string, secret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(secret), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), data]).toString("base64");
}

export function isSealed(body: string): boolean {
  return body.startsWith(PREFIX);
}

/**
 * A body sealed under another secret (the server's secret changed since it was queued) or
 * damaged. It can never be opened again: readers show or record that, they do not retry.
 */
export class UnreadableSealedBodyError extends Error {
  constructor() {
    super("Sealed under an earlier server secret: the message cannot be decrypted.");
    this.name = "UnreadableSealedBodyError";
  }
}

/** Plain bodies pass through unchanged; throws UnreadableSealedBodyError. */
export function openBody(body: string, secret: string): string {
  if (!isSealed(body)) return body;
  try {
    const raw = Buffer.from(body.slice(PREFIX.length), "base64");
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    // GCM's authentication failure ("Unsupported state or unable to authenticate data"),
    // or a truncated body: either way the key that sealed it is gone.
    throw new UnreadableSealedBodyError();
  }
}
