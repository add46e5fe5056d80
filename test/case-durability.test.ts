import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { freePort, runCli, startServeProcess, stopProcess } from "./support/cli.ts";
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from "./support/test-runtime.ts";

const CASES = 60;

let dataDir: string;
let testDatabase: TestDatabase | undefined;
let environment: NodeJS.ProcessEnv;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "steward-durability-"));
  environment = {
    STEWARD_DATA_DIR: dataDir,
    STEWARD_CASE_LEASE_SECONDS: "2",
    STEWARD_RATE_LIMIT_PER_MINUTE: "1000",
  };
  if (TEST_BACKEND === "postgres") {
    testDatabase = await createTestDatabase();
    environment.DATABASE_URL = testDatabase.url;
  }
});
after(async () => {
  await testDatabase?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

test(`cases in flight when the process is killed all finish exactly once after a restart (${TEST_BACKEND})`, async () => {
  const port = await freePort();
  // One case worker before the crash, so that the runner lags behind sixty submissions and cases are mid-flow when
  // the process dies whatever else the machine is doing (with the default two, the test failed once in a full-suite
  // run on a busy machine; its message was not kept). The restarted process runs with the default.
  let server = await startServeProcess({ ...environment, STEWARD_CASE_WORKERS: "1" }, port);
  const base = `http://127.0.0.1:${port}`;
  const references: string[] = [];
  try {
    await Promise.all(
      Array.from({ length: CASES }, async (_, index) => {
        const response = await fetch(`${base}/api/v1/services/housing-benefit/cases`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ question: `How do I report a change of circumstances? (${index})` }),
        });
        assert.equal(response.status, 202);
        references.push(((await response.json()) as { reference: string }).reference);
      }),
    );
  } finally {
    // Kill without warning while the runner is working through the cases.
    await stopProcess(server, "SIGKILL");
  }
  assert.equal(references.length, CASES, "every case was accepted before the crash");

  let resumed = 0;
  server = await startServeProcess(environment, port, (line) => {
    const entry = JSON.parse(line) as { msg?: string; cases?: number };
    if (entry.msg === "resuming cases in flight") resumed = entry.cases ?? 0;
  });
  try {
    // The crash must have caught cases mid-flow, or this test would prove nothing.
    assert.ok(resumed > 0, "some cases were still in flight when the process was killed");
    const token = (
      await runCli(["tokens", "create", "--user", "auditor@demo.example"], environment)
    ).stdout.trim();
    const reviewerToken = (
      await runCli(["tokens", "create", "--user", "reviewer@demo.example"], environment)
    ).stdout.trim();
    assert.match(token, /^stw_/);
    // Wait until every case rests in the review queue.
    const deadline = Date.now() + 60_000;
    let waiting = 0;
    while (Date.now() < deadline) {
      const queue = (await (
        await fetch(`${base}/api/v1/review/queue?state=awaiting_review`, {
          headers: { authorization: `Bearer ${reviewerToken}` },
        })
      ).json()) as { cases: { reference: string }[] };
      waiting = queue.cases.filter((item) => references.includes(item.reference)).length;
      if (waiting === CASES) break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    assert.equal(waiting, CASES, "no case was lost");

    // Exactly once: each case has one event of each automatic step.
    const counts = new Map<string, Map<string, number>>();
    let after = 0;
    for (;;) {
      const page = (await (
        await fetch(`${base}/api/v1/ledger/events?after=${after}&limit=1000`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as {
        events: { seq: number; event: { subject: string; type: string } }[];
        next: number | null;
      };
      for (const { event } of page.events) {
        if (!event.subject.startsWith("case:")) continue;
        const perCase = counts.get(event.subject) ?? new Map<string, number>();
        perCase.set(event.type, (perCase.get(event.type) ?? 0) + 1);
        counts.set(event.subject, perCase);
      }
      if (page.next === null) break;
      after = page.next;
    }
    assert.equal(counts.size, CASES);
    for (const [subject, perCase] of counts) {
      for (const type of [
        "case-received",
        "input-screened",
        "sources-retrieved",
        "draft-created",
        "output-checked",
      ]) {
        assert.equal(perCase.get(type), 1, `${subject} has ${perCase.get(type) ?? 0} ${type}`);
      }
    }
    const verified = await (
      await fetch(`${base}/api/v1/ledger/verify`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    assert.equal((verified as { ok: boolean }).ok, true);
  } finally {
    await stopProcess(server);
  }
});
