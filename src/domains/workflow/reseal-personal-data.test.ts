import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { makeAgency, makeUser } from "../../../test/support/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/support/test-runtime.ts";
import { seedHousingBenefitService } from "../../operations/seed-demo.ts";
import { loadMasterSecret, personalDataKeys } from "../../personal-data-keys.ts";
import type { User } from "../identity/index.ts";
import { decryptPlaceholderMap } from "../pii/index.ts";
import type { CaseContext } from "./case-context.ts";
import {
  CaseRunner,
  caseForStaff,
  eraseCasePersonalData,
  openSealedText,
  resealPersonalData,
  revealOriginalQuestion,
  submitCase,
} from "./index.ts";

describe("resealing personal data after a key rotation", () => {
  let runtime: TestRuntime;
  let agencyId: string;
  let reviewer: User;

  before(async () => {
    runtime = await createTestRuntime();
    agencyId = (await makeAgency(runtime)).id;
    await seedHousingBenefitService(runtime, agencyId);
    reviewer = await makeUser(runtime, agencyId, ["reviewer"]);
  });
  after(() => runtime.close());

  /** The same database and master secret with the key version raised, as after a restart with a new setting. */
  function withKeyVersion(version: number): CaseContext {
    const keys = personalDataKeys(loadMasterSecret(runtime.dataDir, undefined), version);
    return { ...runtime, keyring: keys.keyring, digestKey: keys.digestKey };
  }

  async function sealedParts(caseId: string) {
    const [row] = await runtime.database.query<{
      question_sealed: string | null;
      placeholder_map_sealed: string | null;
    }>("SELECT question_sealed, placeholder_map_sealed FROM cases WHERE id = $1", [caseId]);
    return row!;
  }

  test("every case moves to the newest key, stays readable, and a second run finds nothing to do", async () => {
    const question =
      "My name is Maria Gonzalez, e-mail maria@example.org. Can students claim housing benefit?";
    const ask = () => submitCase(runtime, { serviceSlug: "housing-benefit", question, channel: "api" });
    const [first, second, erased] = [await ask(), await ask(), await ask()];
    await new CaseRunner(runtime, { leaseSeconds: 30, workers: 1, maxAttempts: 3 }).drain();
    await eraseCasePersonalData(runtime, reviewer, erased.caseId);
    assert.match((await sealedParts(first.caseId)).question_sealed ?? "", /^1\./);

    const rotated = withKeyVersion(2);
    const summary = await resealPersonalData(rotated, agencyId, "operator");
    assert.deepEqual(summary, {
      agencyId,
      keyVersion: 2,
      resealed: 2,
      alreadyCurrent: 0,
      changedMeanwhile: 0,
      unreadable: [],
    });
    for (const { caseId } of [first, second]) {
      const parts = await sealedParts(caseId);
      assert.match(parts.question_sealed ?? "", /^2\./);
      const sealedMap = JSON.parse(parts.placeholder_map_sealed ?? "null");
      assert.equal(sealedMap.keyVersion, 2);
      // Readable with the newest key alone: version 1 can be retired.
      const newestOnly = {
        agency: agencyId,
        keys: rotated.keyring(agencyId).keys.filter((entry) => entry.version === 2),
      };
      assert.equal(openSealedText(parts.question_sealed ?? "", newestOnly, caseId), question);
      const map = decryptPlaceholderMap(sealedMap, newestOnly, caseId);
      assert.ok(map.ok);
      assert.deepEqual(
        map.value.entries.map((entry) => entry.value),
        ["Maria Gonzalez", "maria@example.org"],
      );
    }
    const record = await caseForStaff(rotated, reviewer, first.caseId);
    assert.equal(await revealOriginalQuestion(rotated, reviewer, record), question);

    const again = await resealPersonalData(rotated, agencyId, "operator");
    assert.equal(again.resealed, 0);
    assert.equal(again.alreadyCurrent, 2);

    const runs = await runtime.database.query<{ body: string }>(
      "SELECT body FROM ledger_events WHERE agency_id = $1 AND type = 'personal-data-resealed' ORDER BY seq",
      [agencyId],
    );
    assert.deepEqual(
      runs.map((run) => JSON.parse(run.body).payload),
      [
        { keyVersion: 2, resealed: 2, alreadyCurrent: 0, changedMeanwhile: 0, unreadable: 0 },
        { keyVersion: 2, resealed: 0, alreadyCurrent: 2, changedMeanwhile: 0, unreadable: 0 },
      ],
    );
    assert.equal((await runtime.ledger.verify(agencyId)).ok, true);
  });

  test("a case no key opens is reported by id and left as it is", async () => {
    const submitted = await submitCase(runtime, {
      serviceSlug: "housing-benefit",
      question: "Can pensioners claim housing benefit? I am Tom Hill.",
      channel: "api",
    });
    const tampered = "1.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA==";
    await runtime.database.query("UPDATE cases SET question_sealed = $2 WHERE id = $1", [
      submitted.caseId,
      tampered,
    ]);
    const summary = await resealPersonalData(withKeyVersion(3), agencyId, "operator");
    assert.deepEqual(summary.unreadable, [submitted.caseId]);
    assert.equal((await sealedParts(submitted.caseId)).question_sealed, tampered);
  });
});
