import fs from "node:fs";
import path from "node:path";

// PGlite is single-process: two processes on one data directory silently corrupt it.
// A pid file next to the directory makes the second process fail at once instead.

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid}. ` +
        `Stop that process, or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = "DataDirInUseError";
  }
}

const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockPathFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

/** Takes the directory for this process; idempotent; takes over locks of dead processes. */
export function acquireDataDirLock(dataDir: string): void {
  const lockPath = lockPathFor(dataDir);
  if (held.has(lockPath)) return;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      held.add(lockPath);
      process.once("exit", () => releaseDataDirLock(dataDir));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number.parseInt(readOrEmpty(lockPath), 10);
    if (owner === process.pid) {
      held.add(lockPath);
      return;
    }
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
      throw new DataDirInUseError(path.resolve(dataDir), owner);
    }
    // Stale (dead pid or unreadable): remove and try again.
    fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not lock ${lockPath}.`);
}

export function releaseDataDirLock(dataDir: string): void {
  const lockPath = lockPathFor(dataDir);
  if (!held.delete(lockPath)) return;
  if (readOrEmpty(lockPath) === String(process.pid)) fs.rmSync(lockPath, { force: true });
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}
