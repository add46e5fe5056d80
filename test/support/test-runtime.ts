import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Config, loadConfig } from "../../src/config.ts";
import { Ledger, loadOrCreateSigningKey } from "../../src/domains/ledger/index.ts";
import { createLogger } from "../../src/logger.ts";
import { loadMasterSecret, personalDataKeys } from "../../src/personal-data-keys.ts";
import type { Runtime } from "../../src/runtime.ts";
import type { Database } from "../../src/store/database.ts";
import { migrate } from "../../src/store/migrate.ts";
import { openPgliteDatabase } from "../../src/store/pglite-database.ts";
import { openPostgresDatabase } from "../../src/store/postgres-database.ts";

/** Which backend this test process runs against (the runner sets it; see scripts/run-tests.mjs). */
export const TEST_BACKEND: "pglite" | "postgres" =
  process.env.STEWARD_TEST_BACKEND === "postgres" ? "postgres" : "pglite";

export interface TestDatabase {
  database: Database;
  /** For PostgreSQL: the URL of the fresh database (so a child process can open it too). */
  url: string | undefined;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test: in-memory PGlite, or a new database on the PostgreSQL server
 * named by TEST_DATABASE_URL (dropped afterwards).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_BACKEND === "pglite") {
    const database = await openPgliteDatabase("memory://");
    await migrate(database);
    return { database, url: undefined, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("STEWARD_TEST_BACKEND=postgres needs TEST_DATABASE_URL");
  const name = `steward_test_${randomBytes(6).toString("hex")}`;
  const admin = await openPostgresDatabase(adminUrl, 1);
  await admin.execute(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgresDatabase(url.href, 5);
  await migrate(database);
  return {
    database,
    url: url.href,
    async drop() {
      await database.close();
      // FORCE cannot end another role's backend (an autovacuum worker visiting the fresh database):
      // wait and try again rather than fail the test for housekeeping.
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          break;
        } catch (error) {
          if (attempt >= 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      await admin.close();
    },
  };
}

export interface TestRuntime extends Runtime {
  testDatabase: TestDatabase;
  dataDir: string;
}

/** A complete runtime on a fresh database, with its own temporary data directory for keys. */
export async function createTestRuntime(overrides: Partial<Config> = {}): Promise<TestRuntime> {
  const dataDir = mkdtempSync(join(tmpdir(), "steward-test-"));
  const testDatabase = await createTestDatabase();
  const config: Config = {
    ...loadConfig({ STEWARD_DATA_DIR: dataDir, STEWARD_LOG_LEVEL: "silent", STEWARD_SEED_DEMO: "false" }),
    ...overrides,
  };
  const signingKey = loadOrCreateSigningKey(dataDir);
  const now = () => new Date();
  const keys = personalDataKeys(loadMasterSecret(dataDir, undefined), 1);
  return {
    config,
    keyring: keys.keyring,
    digestKey: keys.digestKey,
    database: testDatabase.database,
    ledger: new Ledger(testDatabase.database, signingKey, now),
    signingKey,
    logger: createLogger("silent"),
    now,
    testDatabase,
    dataDir,
    async close() {
      await testDatabase.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
