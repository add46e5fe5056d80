// `npm run bench`: prints figures (nothing is asserted). Compare ratios measured in one run.
import { runLedgerBenchmarks } from "./ledger.ts";

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
console.log(`# Steward benchmarks (Node ${process.version}, ${new Date().toISOString()})`);
await runLedgerBenchmarks(postgresUrl);
