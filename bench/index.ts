// `npm run bench`: prints figures (nothing is asserted). Compare ratios measured in one run.

import { openPgliteDatabase } from "../src/store/pglite-database.ts";
import { openPostgresDatabase } from "../src/store/postgres-database.ts";
import { benchCaseFlow } from "./case-flow.ts";
import { runLedgerBenchmarks } from "./ledger.ts";

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
console.log(`# Steward benchmarks (Node ${process.version}, ${new Date().toISOString()})`);
await runLedgerBenchmarks(postgresUrl);

console.log("\n## Case flow");
const pglite = await openPgliteDatabase("memory://");
await benchCaseFlow("PGlite", pglite, 200);
await pglite.close();
if (postgresUrl) {
  const postgres = await openPostgresDatabase(postgresUrl, 10);
  await postgres.execute(
    "DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench; SET search_path TO bench",
  );
  await postgres.close();
  const url = new URL(postgresUrl);
  url.searchParams.set("options", "-c search_path=bench,public");
  const scoped = await openPostgresDatabase(url.href, 10);
  await benchCaseFlow("PostgreSQL", scoped, 200);
  await scoped.execute("DROP SCHEMA bench CASCADE");
  await scoped.close();
} else {
  console.log("case flow on PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)");
}
