import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MissingSecretsError, resolveSecrets } from "./secrets.ts";

const pg = { kind: "postgres" as const, url: "postgres://u@localhost/db" };

describe("secrets", () => {
  it("are generated on first run of the embedded database and kept", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "livewith-secrets-"));
    const config = { kind: "pglite" as const, dataDir: path.join(dir, "pglite") };
    const first = resolveSecrets({}, config, dir);
    expect(first.authSecret.length).toBeGreaterThanOrEqual(40);
    expect(resolveSecrets({}, config, dir)).toEqual(first);
    expect(fs.statSync(path.join(dir, "secrets.json")).mode & 0o077).toBe(0);
    fs.rmSync(dir, { recursive: true });
  });

  it("must be explicit on PostgreSQL, and the error names what is missing", () => {
    expect(() => resolveSecrets({}, pg, "/nonexistent")).toThrow(MissingSecretsError);
    expect(() => resolveSecrets({ NEXTAUTH_URL: "https://x.org" }, pg, "/nonexistent")).toThrow(
      /NEXTAUTH_SECRET must be set/,
    );
    expect(
      resolveSecrets({ NEXTAUTH_URL: "https://x.org", NEXTAUTH_SECRET: "s".repeat(32) }, pg, "/x"),
    ).toEqual({ authSecret: "s".repeat(32) });
  });
});
