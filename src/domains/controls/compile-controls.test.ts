import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { AssessmentResults } from "../assessment/assessment-record.ts";
import { type EuObligationId, euObligations } from "../assessment/eu-ai-act-obligations.ts";
import { compileControls } from "./compile-controls.ts";
import {
  defaultMappingTable,
  type MappingRow,
  type MappingTable,
  parseMappingTable,
} from "./mapping-table.ts";
import { compareReviewModes, mergeSetting } from "./merge-settings.ts";
import type { ReviewMode } from "./runtime-settings.ts";
import { sampleForReview } from "./sample-for-review.ts";
import { signOffRequirement } from "./sign-off-requirement.ts";

const table = defaultMappingTable();

/** The smallest results under which a row applies. */
function resultsFor(row: MappingRow): AssessmentResults {
  const when = row.when;
  if ("aiaLevel" in when) return { aia: { level: when.aiaLevel[0] ?? 1, questionnaireVersion: "1.0.1" } };
  if ("euObligation" in when) {
    return {
      euAiAct: { category: "high-risk", obligations: [euObligations[when.euObligation as EuObligationId]] },
    };
  }
  if ("euCategory" in when)
    return { euAiAct: { category: when.euCategory[0] ?? "minimal-risk", obligations: [] } };
  return {};
}

describe("mapping table", () => {
  test("every row has a reference and the shipped table validates", () => {
    assert.ok(table.rows.length > 30);
    for (const row of table.rows) assert.ok(row.reference.length >= 10, row.id);
  });

  test("every EU obligation named by a row exists in the screening catalogue", () => {
    for (const row of table.rows) {
      if ("euObligation" in row.when) assert.ok(row.when.euObligation in euObligations, row.id);
    }
  });

  test("covered row by row: each row, when it applies, shows up in the compiled control set", () => {
    for (const row of table.rows) {
      const set = compileControls(resultsFor(row), table);
      if (row.control.kind === "setting") {
        const compiled = set.settings[row.control.setting];
        assert.ok(compiled.consideredRows.includes(row.id), `${row.id} considered`);
        if (row.control.setting === "disclosures") {
          for (const d of row.control.value)
            assert.ok(
              set.settings.disclosures.value.some((x) => x.id === d.id),
              row.id,
            );
        }
      } else {
        const obligation = set.obligations.find(
          (o) => o.id === (row.control as { obligation: string }).obligation,
        );
        assert.ok(obligation, `${row.id} yields its obligation`);
        assert.ok(obligation.sources.includes(row.id), row.id);
        assert.ok(obligation.references.includes(row.reference), row.id);
        assert.equal(obligation.status, "open");
      }
    }
  });

  test("malformed tables are refused with the row named", () => {
    const bad = { version: "x", rows: [{ ...table.rows[0], id: "broken-row", reference: "" }] };
    const result = parseMappingTable(bad);
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.match(`${result.errors[0]?.path}: ${result.errors[0]?.message}`, /row broken-row\.reference/);
    const dup = parseMappingTable({ version: "x", rows: [table.rows[0], table.rows[0]] });
    assert.equal(dup.ok, false);
  });
});

describe("compiled control sets per impact level", () => {
  const level = (n: 1 | 2 | 3 | 4) =>
    compileControls({ aia: { level: n, questionnaireVersion: "1.0.1" } }, table);

  test("level I samples a percentage; III reviews every case; IV needs two distinct qualified reviewers", () => {
    assert.deepEqual(level(1).settings.reviewMode.value, { mode: "sample", percent: 10 });
    assert.deepEqual(level(1).settings.reviewMode.sources, ["ca-human-involvement-level-1"]);
    assert.equal(level(1).settings.reviewerQualificationRequired.value, false);
    assert.deepEqual(level(3).settings.reviewMode.value, { mode: "all" });
    assert.deepEqual(level(4).settings.reviewMode.value, { mode: "four_eyes" });
    assert.deepEqual(level(4).settings.reviewMode.sources, ["ca-human-involvement-level-4"]);
    for (const n of [3, 4] as const)
      assert.equal(level(n).settings.reviewerQualificationRequired.value, true);
  });

  test("approval authority rises with the level", () => {
    const approval = (n: 1 | 2 | 3 | 4) =>
      level(n)
        .obligations.filter((o) => o.id.startsWith("ca.approval"))
        .map((o) => o.id);
    assert.deepEqual(approval(1), ["ca.approval.adm"]);
    assert.deepEqual(approval(3), ["ca.approval.deputy_head"]);
    assert.deepEqual(approval(4), ["ca.approval.treasury_board"]);
  });

  test("EU high-risk oversight raises level I sampling to all, and logging keeps 183 days", () => {
    const obligations = (["eu.art26.human_oversight", "eu.art26.logging"] as const).map(
      (id) => euObligations[id],
    );
    const set = compileControls(
      { aia: { level: 1, questionnaireVersion: "1.0.1" }, euAiAct: { category: "high-risk", obligations } },
      table,
    );
    assert.deepEqual(set.settings.reviewMode.value, { mode: "all" });
    assert.deepEqual(set.settings.reviewMode.sources, ["eu-human-oversight-review"]);
    assert.deepEqual(set.settings.reviewMode.consideredRows, [
      "ca-human-involvement-level-1",
      "eu-human-oversight-review",
    ]);
    assert.equal(set.settings.retentionDays.value, 183);
  });

  test("the content hash is deterministic and changes when the assessment changes", () => {
    assert.equal(level(2).contentHash, level(2).contentHash);
    assert.notEqual(level(2).contentHash, level(3).contentHash);
    assert.match(level(1).contentHash, /^sha256:[0-9a-f]{64}$/);
  });
});

describe("strictest wins", () => {
  const modes: ReviewMode[] = [
    { mode: "none" },
    { mode: "sample", percent: 5 },
    { mode: "sample", percent: 50 },
    { mode: "all" },
    { mode: "four_eyes" },
  ];

  test("review modes order none < sample (by percent) < all < four_eyes, whatever the row order", () => {
    for (let i = 0; i < modes.length; i++) {
      for (let j = 0; j < modes.length; j++) {
        const a = modes[i] as ReviewMode;
        const b = modes[j] as ReviewMode;
        assert.equal(Math.sign(compareReviewModes(a, b)), Math.sign(i - j));
        assert.deepEqual(mergeSetting("reviewMode", a, b), i >= j ? a : b);
      }
    }
  });

  test("other settings: true beats false, lower classification ceiling, evaluated models, longer retention, union of disclosures", () => {
    assert.equal(mergeSetting("evaluationGate", false, true), true);
    assert.equal(mergeSetting("allowedDataClassifications", "protected_b", "protected_a"), "protected_a");
    assert.equal(mergeSetting("allowedModels", "any", "evaluated"), "evaluated");
    assert.equal(mergeSetting("retentionDays", 183, 30), 183);
    const d = (id: string) => ({ id, text: { en: id, fr: id } });
    assert.deepEqual(
      mergeSetting("disclosures", [d("b")], [d("a"), d("b")]).map((x) => x.id),
      ["a", "b"],
    );
  });

  test("a synthetic table: two rows on one setting compile to the stricter, with that row as source", () => {
    const row = (id: string, value: ReviewMode): MappingRow => ({
      id,
      when: { always: true },
      control: { kind: "setting", setting: "reviewMode", value },
      reference: "test reference text",
      basis: "steward-policy",
      note: "",
    });
    const synthetic: MappingTable = {
      version: "t",
      rows: [row("four", { mode: "four_eyes" }), row("sample", { mode: "sample", percent: 20 })],
    };
    const set = compileControls({}, synthetic);
    assert.deepEqual(set.settings.reviewMode.value, { mode: "four_eyes" });
    assert.deepEqual(set.settings.reviewMode.sources, ["four"]);
    assert.deepEqual(set.settings.retentionDays, { value: 0, sources: [], consideredRows: [] });
  });
});

describe("sign-off and sampling", () => {
  test("two governance officers from level III, one below", () => {
    assert.deepEqual(signOffRequirement(1), {
      signers: 1,
      role: "governance_officer",
      distinctSigners: false,
    });
    assert.equal(signOffRequirement(2).signers, 1);
    assert.equal(signOffRequirement(3).signers, 2);
    assert.equal(signOffRequirement(4).signers, 2);
    assert.equal(signOffRequirement(1, "high-risk").signers, 2);
  });

  test("sampling is deterministic and sends about the configured share to review", () => {
    assert.equal(sampleForReview("seed", "case-1", 10), sampleForReview("seed", "case-1", 10));
    for (const percent of [5, 10, 25]) {
      const n = 20_000;
      let hits = 0;
      for (let i = 0; i < n; i++) if (sampleForReview("ledger-seed-7", `case-${i}`, percent)) hits++;
      const p = percent / 100;
      const sd = Math.sqrt(n * p * (1 - p));
      assert.ok(Math.abs(hits - n * p) < 4 * sd, `${percent} %: ${hits} of ${n}`);
    }
    assert.equal(sampleForReview("s", "c", 0), false);
    assert.equal(sampleForReview("s", "c", 100), true);
  });

  test("different seeds draw different cases", () => {
    let differ = 0;
    for (let i = 0; i < 1000; i++)
      if (sampleForReview("a", `c${i}`, 50) !== sampleForReview("b", `c${i}`, 50)) differ++;
    assert.ok(differ > 400 && differ < 600, `${differ}`);
  });
});
