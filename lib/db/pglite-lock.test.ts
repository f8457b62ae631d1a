import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  acquireDataDirLock,
  DataDirInUseError,
  lockPathFor,
  releaseDataDirLock,
} from "./pglite-lock.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "livewith-lock-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("embedded database lock", () => {
  it("refuses a second process with a clear message", async () => {
    const dir = path.join(tmp, "held");
    acquireDataDirLock(dir);
    try {
      const child = `
        import { acquireDataDirLock } from ${JSON.stringify(path.join(root, "lib/db/pglite-lock.ts"))};
        try { acquireDataDirLock(${JSON.stringify(dir)}); console.log("acquired"); }
        catch (e) { console.log(e.message); process.exit(3); }`;
      const result = await run(path.join(root, "node_modules/.bin/tsx"), ["--eval", child]).catch(
        (e: { code: number; stdout: string }) => e,
      );
      expect((result as { code?: number }).code).toBe(3);
      expect(result.stdout).toContain(`in use by process ${process.pid}`);
      expect(result.stdout).toContain("set DATABASE_URL");
    } finally {
      releaseDataDirLock(dir);
    }
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
  });

  it("takes over the lock of a process that no longer exists", () => {
    const dir = path.join(tmp, "stale");
    fs.writeFileSync(lockPathFor(dir), "2147483646");
    acquireDataDirLock(dir);
    expect(fs.readFileSync(lockPathFor(dir), "utf8")).toBe(String(process.pid));
    releaseDataDirLock(dir);
  });

  it("names the holder in the error", () => {
    const error = new DataDirInUseError("/data/pglite", 4242);
    expect(error.message).toMatch(/in use by process 4242.*stop it|Stop that process/);
  });
});
