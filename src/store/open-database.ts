import type { DatabaseTarget } from "../config.ts";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock.ts";
import type { Database } from "./database.ts";
import { migrate } from "./migrate.ts";

export interface OpenedDatabase {
  database: Database;
  /** Present on the embedded default: the exclusive lock on the data directory. */
  lock: DataDirLock | undefined;
  close(): Promise<void>;
}

export class DatabaseOpenError extends Error {
  override name = "DatabaseOpenError";
}

/** Opens the configured database, takes the data-directory lock for PGlite, and applies migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenedDatabase> {
  if (target.kind === "postgres") {
    const { openPostgresDatabase } = await import("./postgres-database.ts");
    let database: Database;
    try {
      database = await openPostgresDatabase(target.url);
    } catch (error) {
      throw new DatabaseOpenError(`cannot connect to PostgreSQL at DATABASE_URL: ${describe(error)}`);
    }
    await migrate(database);
    return { database, lock: undefined, close: () => database.close() };
  }
  let lock: DataDirLock;
  try {
    lock = acquireDataDirLock(target.dataDir);
  } catch (error) {
    if ((error as Error).name === "DataDirLockedError") throw error;
    throw new DatabaseOpenError(`cannot use the data directory ${target.dataDir}: ${describe(error)}`);
  }
  try {
    const { openPgliteDatabase } = await import("./pglite-database.ts");
    const database = await openPgliteDatabase(`${target.dataDir}/pgdata`);
    await migrate(database);
    return {
      database,
      lock,
      async close() {
        await database.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw new DatabaseOpenError(`cannot open the embedded database in ${target.dataDir}: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
