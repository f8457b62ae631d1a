import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DbConfig } from "./db/config.ts";

// What a first start needs is generated once and kept in the local data directory, so the
// quick start needs no configuration. A PostgreSQL deployment must set its secrets
// explicitly: a generated one on a server's disk would silently differ between replicas.

export class MissingSecretsError extends Error {
  constructor(readonly names: string[]) {
    super(
      `Refusing to start: ${names.join(", ")} must be set when DATABASE_URL points at PostgreSQL ` +
        `(generate a secret with: openssl rand -base64 32).`,
    );
    this.name = "MissingSecretsError";
  }
}

export type Secrets = { authSecret: string };

export function resolveSecrets(
  source: { NEXTAUTH_SECRET?: string; NEXTAUTH_URL?: string },
  config: DbConfig,
  dataDir: string,
): Secrets {
  if (config.kind === "postgres") {
    const missing = (["NEXTAUTH_SECRET", "NEXTAUTH_URL"] as const).filter((k) => !source[k]);
    if (missing.length) throw new MissingSecretsError(missing);
    return { authSecret: source.NEXTAUTH_SECRET! };
  }
  if (source.NEXTAUTH_SECRET) return { authSecret: source.NEXTAUTH_SECRET };
  return readOrCreateLocalSecrets(dataDir);
}

function readOrCreateLocalSecrets(dataDir: string): Secrets {
  const file = path.resolve(dataDir, "secrets.json");
  try {
    const stored = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Secrets>;
    if (stored.authSecret) return { authSecret: stored.authSecret };
  } catch {
    // Missing or unreadable: create below.
  }
  const secrets: Secrets = { authSecret: crypto.randomBytes(32).toString("base64url") };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  return secrets;
}
