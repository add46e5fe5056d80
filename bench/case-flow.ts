import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { createAgency } from "../src/domains/identity/index.ts";
import { Ledger, loadOrCreateSigningKey } from "../src/domains/ledger/index.ts";
import { instantProvider } from "../src/domains/models/index.ts";
import { CaseRunner, submitCase } from "../src/domains/workflow/index.ts";
import { createLogger } from "../src/logger.ts";
import { seedHousingBenefitService } from "../src/operations/seed-demo.ts";
import { loadMasterSecret, personalDataKeys } from "../src/personal-data-keys.ts";
import type { Runtime } from "../src/runtime.ts";
import type { Database } from "../src/store/database.ts";
import { migrate } from "../src/store/migrate.ts";

const QUESTIONS = [
  "How do I claim housing benefit online?",
  "My name is Ana Silva, phone 07700 900123. Can students get housing benefit?",
  "How long does a decision take?",
  "What documents do I need to send?",
  "Can I backdate my claim by two months?",
];

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

async function runtimeOn(database: Database): Promise<Runtime & { cleanup(): void }> {
  await migrate(database);
  const dataDir = mkdtempSync(join(tmpdir(), "steward-bench-"));
  const keys = personalDataKeys(loadMasterSecret(dataDir, undefined), 1);
  const signingKey = loadOrCreateSigningKey(dataDir);
  const now = () => new Date();
  return {
    config: loadConfig({ STEWARD_DATA_DIR: dataDir, STEWARD_LOG_LEVEL: "silent" }),
    database,
    ledger: new Ledger(database, signingKey, now),
    signingKey,
    logger: createLogger("silent"),
    now,
    keyring: keys.keyring,
    digestKey: keys.digestKey,
    close: async () => {},
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * Governance overhead per case with a zero-latency model: intake (language, pseudonymisation, sealing,
 * ledger) plus every automatic step (guards, retrieval, draft, output guards, review decision), each
 * committed with its evidence. Inference time is excluded by design.
 */
export async function benchCaseFlow(label: string, database: Database, cases: number) {
  const runtime = await runtimeOn(database);
  try {
    const agency = await createAgency(runtime, { slug: `bench-${Date.now().toString(36)}`, name: "Bench" });
    const service = await seedHousingBenefitService(runtime, agency.id).catch(async () => {
      throw new Error("seeding failed");
    });
    void service;
    const runner = new CaseRunner(runtime, {
      leaseSeconds: 30,
      workers: 1,
      maxAttempts: 3,
      providerOverride: instantProvider(),
    });
    // Warm-up (query plans, JIT).
    for (let index = 0; index < 10; index++) {
      await submitCase(runtime, {
        serviceSlug: "housing-benefit",
        question: QUESTIONS[index % QUESTIONS.length]!,
        channel: "api",
      });
      await runner.drain();
    }
    const perCase: number[] = [];
    const intake: number[] = [];
    for (let index = 0; index < cases; index++) {
      const started = performance.now();
      await submitCase(runtime, {
        serviceSlug: "housing-benefit",
        question: QUESTIONS[index % QUESTIONS.length]!,
        channel: "api",
      });
      intake.push(performance.now() - started);
      await runner.drain();
      perCase.push(performance.now() - started);
    }
    perCase.sort((a, b) => a - b);
    intake.sort((a, b) => a - b);
    // Sustained intake: concurrent submissions for a fixed count, with the runner working at the same time.
    runner.start();
    const burst = cases * 2;
    const burstStarted = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < burst) {
          next++;
          await submitCase(
            runtime,
            { serviceSlug: "housing-benefit", question: QUESTIONS[next % QUESTIONS.length]!, channel: "api" },
            () => runner.wake(),
          );
        }
      }),
    );
    const intakeSeconds = (performance.now() - burstStarted) / 1000;
    await runner.stop();
    await runner.drain();
    const [lost] = await runtime.database.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM cases WHERE state NOT IN ('awaiting_review', 'handed_off')",
    );
    console.log(
      `case flow on ${label}: governance overhead per case p50 ${percentile(perCase, 0.5).toFixed(1)} ms, p99 ${percentile(perCase, 0.99).toFixed(1)} ms ` +
        `(intake alone p50 ${percentile(intake, 0.5).toFixed(1)} ms; ${cases} cases, zero-latency model); ` +
        `sustained intake ${Math.round(burst / intakeSeconds)} cases/s (16 concurrent clients, ${burst} cases, ${Number(lost?.count ?? 0)} not at rest afterwards)`,
    );
  } finally {
    runtime.cleanup();
  }
}
