import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { Database, Queryable, SqlValue } from "./database.ts";

/** Opens PGlite in `dataDir` (or in memory for `memory://`). The caller holds the data-directory lock. */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  const pglite = await PGlite.create(dataDir === "memory://" ? undefined : dataDir, {
    extensions: { pg_trgm },
  });
  const asQueryable = (target: Pick<PGlite, "query">): Queryable => ({
    async query<Row>(sql: string, params: readonly SqlValue[] = []) {
      const result = await target.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
  });
  const root = asQueryable(pglite);
  return {
    kind: "pglite",
    query: root.query,
    transaction: (work) => pglite.transaction((transaction) => work(asQueryable(transaction))),
    async execute(sql) {
      await pglite.exec(sql);
    },
    async close() {
      await pglite.close();
    },
  };
}
