import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/**
 * PGlite does not lock its directory, and two processes writing to one directory silently lose rows.
 * We take an exclusive lock file, created atomically (O_EXCL), holding the owner's pid and host.
 * A lock left by a process that no longer exists (a crash) is taken over; a live owner is refused.
 */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `the data directory ${dataDir} is in use by another Steward process (pid ${ownerPid}); ` +
        "stop it first, or run CLI commands while it runs (they reach it through its control socket)",
    );
  }
}

interface LockOwner {
  pid: number;
  host: string;
}

export function lockFilePath(dataDir: string): string {
  return join(dataDir, "steward.lock");
}

export function readLockOwner(dataDir: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(lockFilePath(dataDir), "utf8")) as LockOwner;
    return typeof owner.pid === "number" ? owner : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True when a live process on this host holds the lock. */
export function isDataDirLocked(dataDir: string): boolean {
  const owner = readLockOwner(dataDir);
  return owner !== undefined && owner.host === hostname() && owner.pid !== process.pid && isAlive(owner.pid);
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = lockFilePath(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const descriptor = openSync(path, "wx", 0o600);
      writeSync(descriptor, JSON.stringify({ pid: process.pid, host: hostname() }));
      closeSync(descriptor);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          const owner = readLockOwner(dataDir);
          if (owner?.pid === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readLockOwner(dataDir);
      if (owner && owner.host === hostname() && isAlive(owner.pid) && owner.pid !== process.pid) {
        throw new DataDirLockedError(dataDir, owner.pid);
      }
      if (owner && owner.host !== hostname()) {
        throw new DataDirLockedError(dataDir, owner.pid);
      }
      // Stale lock from a process that died: remove it and try once more (O_EXCL keeps this race-free).
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock the data directory ${dataDir}`);
}
