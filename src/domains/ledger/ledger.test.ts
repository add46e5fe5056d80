import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { makeAgency } from "../../../test/support/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/support/test-runtime.ts";
import { describeProblem, eventLine, headerLine, parseBody, verifyExportLines } from "./index.ts";

describe("ledger on the database", () => {
  let runtime: TestRuntime;
  before(async () => {
    runtime = await createTestRuntime();
  });
  after(() => runtime.close());

  const event = (n: number) => ({
    type: "access-denied",
    actor: "user:x",
    subject: `case:${n}`,
    payload: { action: "a", resourceType: "case", resourceId: String(n) },
  });

  test("concurrent appends leave no gaps and no forks", async () => {
    const agency = await makeAgency(runtime);
    await Promise.all(Array.from({ length: 40 }, (_, n) => runtime.ledger.append(agency.id, event(n))));
    const rows = await runtime.database.query<{ seq: number }>(
      "SELECT seq FROM ledger_events WHERE agency_id = $1 ORDER BY seq",
      [agency.id],
    );
    assert.deepEqual(
      rows.map((row) => Number(row.seq)),
      Array.from({ length: 41 }, (_, n) => n + 1),
    );
    const verdict = await runtime.ledger.verify(agency.id);
    assert.equal(verdict.ok, true);
    assert.equal(verdict.eventsChecked, 41);
  });

  test("the database refuses UPDATE, DELETE and TRUNCATE of events and checkpoints", async () => {
    const agency = await makeAgency(runtime);
    await runtime.ledger.checkpoint(agency.id);
    for (const sql of [
      "UPDATE ledger_events SET hash = repeat('a', 64) WHERE agency_id = $1",
      "DELETE FROM ledger_events WHERE agency_id = $1",
      "DELETE FROM ledger_checkpoints WHERE agency_id = $1",
    ]) {
      await assert.rejects(runtime.database.query(sql, [agency.id]), /append-only/);
    }
    await assert.rejects(runtime.database.query("TRUNCATE ledger_events CASCADE"), /append-only/);
  });

  test("unknown event types and payloads with unexpected fields are refused", async () => {
    const agency = await makeAgency(runtime);
    await assert.rejects(
      runtime.ledger.append(agency.id, { ...event(1), type: "made-up-event" }),
      /unknown ledger event type/,
    );
    await assert.rejects(
      runtime.ledger.append(agency.id, {
        ...event(1),
        payload: { ...event(1).payload, email: "person@example.org" },
      }),
      /invalid payload/,
    );
  });

  test("events hold the canonical body whose hash is stored, with derived columns", async () => {
    const agency = await makeAgency(runtime);
    const appended = await runtime.ledger.append(agency.id, event(7));
    const [row] = await runtime.database.query<{ type: string; subject: string; body: string }>(
      "SELECT type, subject, body FROM ledger_events WHERE agency_id = $1 AND seq = $2",
      [agency.id, appended.seq],
    );
    assert.equal(row?.type, "access-denied");
    assert.equal(row?.subject, "case:7");
    assert.equal(parseBody(row!.body).seq, appended.seq);
  });

  describe("tampering in the database is detected and names the first bad event", () => {
    // The append-only triggers stop the application; an attacker with owner rights can disable them.
    async function tamper(agencyId: string, sql: string, params: unknown[] = []) {
      await runtime.database.query("ALTER TABLE ledger_events DISABLE TRIGGER ledger_events_append_only");
      try {
        await runtime.database.query(sql, [agencyId, ...params]);
      } finally {
        await runtime.database.query("ALTER TABLE ledger_events ENABLE TRIGGER ledger_events_append_only");
      }
    }
    async function freshChain(count: number) {
      const agency = await makeAgency(runtime);
      for (let n = 0; n < count; n++) await runtime.ledger.append(agency.id, event(n));
      await runtime.ledger.checkpoint(agency.id);
      return agency.id;
    }

    test("an edited payload", async () => {
      const agencyId = await freshChain(5);
      await tamper(
        agencyId,
        "UPDATE ledger_events SET body = replace(body, 'case:2', 'case:9') WHERE agency_id = $1 AND seq = 4",
      );
      const verdict = await runtime.ledger.verify(agencyId);
      assert.equal(verdict.ok, false);
      if (!verdict.ok) {
        assert.equal(verdict.problem.kind, "hash-mismatch");
        assert.match(describeProblem(verdict.problem), /#4/);
      }
    });

    test("a deleted event in the middle", async () => {
      const agencyId = await freshChain(5);
      await tamper(agencyId, "DELETE FROM ledger_events WHERE agency_id = $1 AND seq = 3");
      const verdict = await runtime.ledger.verify(agencyId);
      assert.equal(verdict.ok, false);
      if (!verdict.ok) assert.match(describeProblem(verdict.problem), /#4.*expected event 3/);
    });

    test("reordered events", async () => {
      const agencyId = await freshChain(5);
      await tamper(
        agencyId,
        "UPDATE ledger_events SET seq = seq + 1000 WHERE agency_id = $1 AND seq IN (2, 3)",
      );
      await tamper(
        agencyId,
        "UPDATE ledger_events SET seq = CASE seq WHEN 1002 THEN 3 ELSE 2 END WHERE agency_id = $1 AND seq > 1000",
      );
      const verdict = await runtime.ledger.verify(agencyId);
      assert.equal(verdict.ok, false);
      if (!verdict.ok) assert.equal(verdict.problem.kind, "sequence-gap");
    });

    test("a truncated tail behind a signed checkpoint", async () => {
      const agencyId = await freshChain(6);
      await tamper(agencyId, "DELETE FROM ledger_events WHERE agency_id = $1 AND seq > 4");
      const verdict = await runtime.ledger.verify(agencyId);
      assert.equal(verdict.ok, false);
      if (!verdict.ok) {
        assert.equal(verdict.problem.kind, "truncated");
        assert.match(describeProblem(verdict.problem), /events 5–7 were removed/);
      }
    });
  });

  test("an export verifies, and every kind of edit to it is detected", async () => {
    const agency = await makeAgency(runtime);
    for (let n = 0; n < 6; n++) await runtime.ledger.append(agency.id, event(n));
    await runtime.ledger.checkpoint(agency.id);
    const lines = [
      headerLine({
        format: "steward-ledger-export/1",
        exportedAt: new Date().toISOString(),
        publicKeys: Object.fromEntries(await runtime.ledger.publicKeys()),
        checkpoints: await runtime.ledger.checkpoints(agency.id),
      }),
    ];
    for await (const stored of runtime.ledger.events(agency.id)) lines.push(eventLine(stored));
    const good = await verifyExportLines(lines);
    assert.deepEqual(good, { ok: true, eventsChecked: 7, agencies: 1, checkpointsChecked: 1 });

    const edited = lines.map((line, index) => (index === 3 ? line.replace("case:1", "case:8") : line));
    const deleted = lines.filter((_, index) => index !== 3);
    const reordered = [lines[0]!, lines[1]!, lines[3]!, lines[2]!, ...lines.slice(4)];
    const truncated = lines.slice(0, -2);
    const forgedHeader = lines.map((line, index) =>
      index === 0 ? line.replace(/"signature":"[^"]{4}/, '"signature":"AAAA') : line,
    );
    const expectations: [string[], string][] = [
      [edited, "hash-mismatch"],
      [deleted, "sequence-gap"],
      [reordered, "sequence-gap"],
      [truncated, "truncated"],
      [forgedHeader, "checkpoint-bad-signature"],
    ];
    for (const [tampered, kind] of expectations) {
      const verdict = await verifyExportLines(tampered);
      assert.equal(verdict.ok, false, kind);
      if (!verdict.ok) assert.equal(verdict.problem.kind, kind);
    }
  });
});
