import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  isRetrievable,
  retrievability,
  type SourceMetadata,
  sourceMetadataSchema,
} from "./source-metadata.ts";
import { textSearchConfig } from "./text-search-config.ts";

const source: SourceMetadata = {
  title: "Passport renewal guide",
  owner: "Civil registry",
  classification: "public",
  legalBasis: "Passport Act, s. 4",
  language: "en",
  version: "3",
  approver: "Head of registry",
  reviewDate: "2026-06-30",
  expiresAt: "2027-01-01",
  approved: true,
};
const now = new Date("2026-03-01T10:00:00Z");

describe("source metadata", () => {
  it("accepts complete metadata and names the path of a problem", () => {
    assert.equal(sourceMetadataSchema.safeParse(source).success, true);
    const bad = sourceMetadataSchema.safeParse({ ...source, classification: "secret", approver: null });
    assert.equal(bad.success, false);
    const paths = bad.error?.issues.map((i) => i.path.join("."));
    assert.ok(paths?.includes("classification"));
  });

  it("requires an approver on an approved source", () => {
    const result = sourceMetadataSchema.safeParse({ ...source, approver: null });
    assert.deepEqual(
      result.error?.issues.map((i) => i.path.join(".")),
      ["approver"],
    );
  });

  it("retrieves only approved, current, reviewed, allowed sources", () => {
    assert.equal(isRetrievable(source, now), true);
    assert.deepEqual(retrievability({ ...source, approved: false }, now), {
      retrievable: false,
      reason: "not-approved",
    });
    assert.deepEqual(retrievability(source, new Date("2027-01-01T00:00:00Z")), {
      retrievable: false,
      reason: "expired",
    });
    assert.deepEqual(retrievability(source, new Date("2026-07-01T00:00:00Z")), {
      retrievable: false,
      reason: "review-overdue",
    });
    assert.equal(isRetrievable({ ...source, classification: "internal" }, now), false);
    assert.equal(
      isRetrievable({ ...source, classification: "internal" }, now, {
        allowedClassifications: ["public", "internal"],
      }),
      true,
    );
    assert.equal(
      isRetrievable({ ...source, classification: "personal" }, now, { allowedClassifications: ["personal"] }),
      false,
    );
    assert.equal(isRetrievable({ ...source, expiresAt: null }, now), true);
  });
});

describe("textSearchConfig", () => {
  it("maps languages to PostgreSQL configurations and falls back to simple", () => {
    assert.equal(textSearchConfig("fr"), "french");
    assert.equal(textSearchConfig("pt-BR"), "portuguese");
    assert.equal(textSearchConfig("AR"), "arabic");
    assert.equal(textSearchConfig("it"), "simple");
    assert.equal(textSearchConfig(undefined), "simple");
  });
});
