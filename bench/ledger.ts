import { createHash, generateKeyPairSync, hash } from "node:crypto";
import { GENESIS_HASH, sealEvent } from "../src/domains/ledger/event-body.ts";
import { Ledger, type SigningKey } from "../src/domains/ledger/index.ts";
import { ChainVerifier } from "../src/domains/ledger/verify-chain.ts";
import type { Database } from "../src/store/database.ts";
import { migrate } from "../src/store/migrate.ts";
import { openPgliteDatabase } from "../src/store/pglite-database.ts";
import { openPostgresDatabase } from "../src/store/postgres-database.ts";

const throwawayKey: SigningKey = (() => {
  const { privateKey } = generateKeyPairSync("ed25519");
  return {
    keyId: "bench",
    publicKey: "",
    sign: (message) => createHash("sha256").update(message).update(String(privateKey.type)).digest("base64"),
  };
})();

function makeChain(count: number) {
  const events: { body: string; hash: string }[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const sealed = sealEvent({
      v: 1,
      agency: "6f1c2f5e-8d4a-4b7e-9a51-3c2b1d0e9f88",
      seq,
      occurredAt: new Date(1_700_000_000_000 + seq).toISOString(),
      actor: "user:2b7c1a9e-0f3d-4c5b-8e6a-1d2c3b4a5f60",
      type: "review-approved",
      subject: `case:${seq}`,
      payload: { caseId: `case-${seq}`, decision: "approve", reviewerQualified: true, workflowVersion: 3 },
      prevHash,
    });
    events.push(sealed);
    prevHash = sealed.hash;
  }
  return events;
}

export function benchVerification(count = 500_000) {
  const events = makeChain(count);
  const bytes = events.reduce((sum, event) => sum + Buffer.byteLength(event.body), 0);
  // Raw SHA-256 over the same bytes, one digest per event (the least any verifier must do)…
  let started = performance.now();
  let sink = 0;
  // One-shot hashing, the fastest way Node offers for small inputs (the verifier uses the same).
  for (const event of events) sink += hash("sha256", event.body, "hex").length;
  const rawSeconds = (performance.now() - started) / 1000;
  // …and over all the bytes in one stream (the hardware's ceiling).
  started = performance.now();
  const bulk = createHash("sha256");
  for (const event of events) bulk.update(event.body);
  bulk.digest();
  const bulkSeconds = (performance.now() - started) / 1000;
  // Full verification: hash, link, sequence, per-agency heads.
  started = performance.now();
  const verifier = new ChainVerifier();
  for (const event of events) verifier.add(event);
  const verdict = verifier.verdict();
  const verifySeconds = (performance.now() - started) / 1000;
  if (!verdict.ok || sink === 0) throw new Error("benchmark chain did not verify");
  return {
    events: count,
    averageEventBytes: Math.round(bytes / count),
    verifyEventsPerSecond: Math.round(count / verifySeconds),
    rawSha256EventsPerSecond: Math.round(count / rawSeconds),
    verifyShareOfRawSha256: verifySeconds > 0 ? rawSeconds / verifySeconds : 0,
    bulkSha256MegabytesPerSecond: Math.round(bytes / 1e6 / bulkSeconds),
  };
}

export async function benchAppend(database: Database, count: number, concurrency: number) {
  await migrate(database);
  const agencyId = crypto.randomUUID();
  await database.query("INSERT INTO agencies (id, slug, name) VALUES ($1, $2, 'Bench')", [
    agencyId,
    `bench-${agencyId.slice(0, 8)}`,
  ]);
  const ledger = new Ledger(database, throwawayKey);
  const event = (n: number) => ({
    type: "access-denied",
    actor: "user:bench",
    subject: `case:${n}`,
    payload: { action: "decide-case", resourceType: "case", resourceId: String(n) },
  });
  for (let n = 0; n < 50; n++) await ledger.append(agencyId, event(n)); // warm-up
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++;
        await ledger.append(agencyId, event(next));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const verdict = await ledger.verify(agencyId);
  if (!verdict.ok) throw new Error("appended chain did not verify");
  return { appended: count, concurrency, eventsPerSecond: Math.round(count / seconds) };
}

export async function runLedgerBenchmarks(postgresUrl: string | undefined) {
  console.log("\n## Ledger");
  const verification = benchVerification();
  console.log(
    `verify: ${verification.verifyEventsPerSecond.toLocaleString("en")} events/s over ${verification.events.toLocaleString("en")} events ` +
      `(~${verification.averageEventBytes} bytes each); raw SHA-256 per event on the same bytes: ` +
      `${verification.rawSha256EventsPerSecond.toLocaleString("en")} events/s; verify runs at ` +
      `${(verification.verifyShareOfRawSha256 * 100).toFixed(0)} % of raw SHA-256 speed ` +
      `(bulk SHA-256 ceiling ${verification.bulkSha256MegabytesPerSecond} MB/s)`,
  );
  const pglite = await openPgliteDatabase("memory://");
  try {
    for (const concurrency of [1, 16]) {
      const result = await benchAppend(pglite, 5000, concurrency);
      console.log(
        `append on PGlite (in-process): ${result.eventsPerSecond.toLocaleString("en")} events/s (${result.appended} events, ${concurrency} concurrent writer(s), one agency)`,
      );
    }
  } finally {
    await pglite.close();
  }
  if (!postgresUrl) {
    console.log("append on PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)");
    return;
  }
  const postgres = await openPostgresDatabase(postgresUrl, 8);
  try {
    for (const concurrency of [1, 8]) {
      const result = await benchAppend(postgres, 3000, concurrency);
      console.log(
        `append on PostgreSQL: ${result.eventsPerSecond.toLocaleString("en")} events/s (${result.appended} events, ${concurrency} concurrent writers, one agency)`,
      );
    }
  } finally {
    await postgres.close();
  }
}
