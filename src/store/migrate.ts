import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "./database.ts";

const migrationsDir = fileURLToPath(new URL("./migrations/", import.meta.url));

export interface Migration {
  id: string;
  sql: string;
}

export function listMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ id: name.replace(/\.sql$/, ""), sql: readFileSync(migrationsDir + name, "utf8") }));
}

/**
 * Applies every migration not yet recorded, each in its own transaction, in file-name order.
 * An advisory lock makes concurrent starts against one PostgreSQL server safe.
 */
export async function migrate(database: Database): Promise<string[]> {
  await database.execute(
    "CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
  );
  const applied: string[] = [];
  await database.transaction(async (transaction) => {
    await transaction.query("SELECT pg_advisory_xact_lock(7352001)");
    const done = new Set(
      (await transaction.query<{ id: string }>("SELECT id FROM schema_migrations")).map((row) => row.id),
    );
    for (const migration of listMigrations()) {
      if (done.has(migration.id)) continue;
      for (const statement of splitStatements(migration.sql)) await transaction.query(statement);
      await transaction.query("INSERT INTO schema_migrations (id) VALUES ($1)", [migration.id]);
      applied.push(migration.id);
    }
  });
  return applied;
}

/**
 * Splits a migration file into statements so that each runs through the parameterised path
 * (which accepts one statement at a time). Dollar-quoted bodies ($$ … $$) are kept whole.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = "";
  let inDollarQuote = false;
  for (const line of sql.split("\n")) {
    const trimmed = line.trim();
    if (!inDollarQuote && (trimmed.startsWith("--") || trimmed === "")) continue;
    current += `${line}\n`;
    const dollarCount = line.split("$$").length - 1;
    if (dollarCount % 2 === 1) inDollarQuote = !inDollarQuote;
    if (!inDollarQuote && trimmed.endsWith(";")) {
      statements.push(current.trim());
      current = "";
    }
  }
  if (current.trim() !== "") statements.push(current.trim());
  return statements;
}
