import pg from "pg";
import type { Database, Queryable, SqlValue } from "./database.ts";

// bigint (int8) columns come back as strings by default; our sequences stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

export async function openPostgresDatabase(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client that loses its connection must not crash the process.
  pool.on("error", () => {});
  // Fail fast with a clear message when the server is unreachable or the credentials are wrong.
  const probe = await pool.connect();
  probe.release();
  const query = async <Row>(
    target: pg.Pool | pg.PoolClient,
    sql: string,
    params: readonly SqlValue[] = [],
  ) => {
    const result = await target.query(sql, params as unknown[]);
    return result.rows as Row[];
  };
  return {
    kind: "postgres",
    query: (sql, params) => query(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect();
      const scoped: Queryable = { query: (sql, params) => query(client, sql, params) };
      try {
        await client.query("BEGIN");
        const result = await work(scoped);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async execute(sql) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}
