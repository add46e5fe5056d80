import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { makeAgency, makeUser, TEST_PASSWORD } from "../../../test/support/factories.ts";
import { createTestRuntime, type TestRuntime } from "../../../test/support/test-runtime.ts";
import {
  authorize,
  createApiToken,
  DuplicateUserError,
  endSession,
  resolveApiToken,
  resolveSession,
  revokeApiToken,
  signInWithPassword,
  startSession,
} from "./index.ts";

describe("identity", () => {
  let runtime: TestRuntime;
  before(async () => {
    runtime = await createTestRuntime();
  });
  after(() => runtime.close());

  test("passwords are stored as argon2id hashes and sign-in checks them", async () => {
    const agency = await makeAgency(runtime);
    const user = await makeUser(runtime, agency.id, ["reviewer"]);
    const [row] = await runtime.database.query<{ password_hash: string }>(
      "SELECT password_hash FROM users WHERE id = $1",
      [user.id],
    );
    assert.match(row!.password_hash, /^\$argon2id\$/);
    assert.equal((await signInWithPassword(runtime, user.email, TEST_PASSWORD)).ok, true);
    assert.equal((await signInWithPassword(runtime, user.email.toUpperCase(), TEST_PASSWORD)).ok, true);
    assert.equal((await signInWithPassword(runtime, user.email, "wrong password!!")).ok, false);
    assert.equal((await signInWithPassword(runtime, "nobody@test.example", TEST_PASSWORD)).ok, false);
    const types = await runtime.database.query<{ type: string }>(
      "SELECT type FROM ledger_events WHERE agency_id = $1 ORDER BY seq",
      [agency.id],
    );
    assert.deepEqual(
      types.map((event) => event.type),
      ["agency-created", "user-created", "sign-in-succeeded", "sign-in-succeeded", "sign-in-failed"],
    );
  });

  test("the ledger records accounts by reference, never by e-mail or name", async () => {
    const agency = await makeAgency(runtime);
    const user = await makeUser(runtime, agency.id, ["auditor"], { email: "private.person@test.example" });
    const rows = await runtime.database.query<{ body: string }>(
      "SELECT body FROM ledger_events WHERE agency_id = $1",
      [agency.id],
    );
    const all = rows.map((row) => row.body).join("\n");
    assert.ok(all.includes(user.id));
    assert.ok(!all.includes("private.person"));
    assert.ok(!all.includes(user.displayName));
  });

  test("e-mail addresses are unique and validated", async () => {
    const agency = await makeAgency(runtime);
    await makeUser(runtime, agency.id, ["reviewer"], { email: "same@test.example" });
    await assert.rejects(
      makeUser(runtime, agency.id, ["reviewer"], { email: "SAME@test.example" }),
      DuplicateUserError,
    );
    await assert.rejects(makeUser(runtime, agency.id, ["reviewer"], { email: "not-an-email" }), /e-mail/);
    await assert.rejects(makeUser(runtime, agency.id, ["reviewer"], { password: "short" }), /12 characters/);
  });

  test("sessions resolve until they end or expire", async () => {
    const agency = await makeAgency(runtime);
    const user = await makeUser(runtime, agency.id, ["caseworker"]);
    const { token } = await startSession(runtime, user);
    assert.equal((await resolveSession(runtime, token))?.user.id, user.id);
    const later = { ...runtime, now: () => new Date(Date.now() + 9 * 3600 * 1000) };
    assert.equal(await resolveSession(later, token), undefined);
    await endSession(runtime, token);
    assert.equal(await resolveSession(runtime, token), undefined);
    const [stored] = await runtime.database.query<{ token_hash: string }>(
      "SELECT token_hash FROM sessions LIMIT 1",
    );
    assert.notEqual(stored?.token_hash, token);
  });

  test("API tokens are hashed at rest, scoped to their user, and revocable", async () => {
    const agency = await makeAgency(runtime);
    const user = await makeUser(runtime, agency.id, ["reviewer"]);
    const other = await makeUser(runtime, agency.id, ["reviewer"]);
    const { id, token } = await createApiToken(runtime, user, "test");
    assert.match(token, /^stw_[A-Za-z0-9_-]{43}$/);
    const stored = await runtime.database.query("SELECT 1 FROM api_tokens WHERE token_hash = $1", [token]);
    assert.equal(stored.length, 0, "the raw token is not stored");
    assert.equal((await resolveApiToken(runtime, token))?.id, user.id);
    assert.equal(await revokeApiToken(runtime, other, id), false, "another user cannot revoke it");
    assert.equal(await revokeApiToken(runtime, user, id), true);
    assert.equal(await resolveApiToken(runtime, token), undefined);
    assert.equal(await resolveApiToken(runtime, "stw_guess"), undefined);
  });
});

describe("authorisation (deny by default, scoped to the agency)", () => {
  const base = { email: "", displayName: "", qualifications: [], disabled: false };
  const inAgency = (agencyId: string) => ({ type: "agency", id: agencyId, agencyId });
  const reviewer = { ...base, id: "u1", agencyId: "a1", roles: ["reviewer" as const] };
  const officer = { ...base, id: "u2", agencyId: "a1", roles: ["governance_officer" as const] };
  const auditor = { ...base, id: "u3", agencyId: "a1", roles: ["auditor" as const] };
  const admin = { ...base, id: "u4", agencyId: "a1", roles: ["admin" as const] };

  test("each role may do its own work", () => {
    assert.equal(authorize(reviewer, "decide-case", inAgency("a1")).allowed, true);
    assert.equal(authorize(officer, "sign-off-assessment", inAgency("a1")).allowed, true);
    assert.equal(authorize(auditor, "verify-ledger", inAgency("a1")).allowed, true);
    assert.equal(authorize(admin, "manage-users", inAgency("a1")).allowed, true);
  });

  test("roles do not stretch to other roles' work", () => {
    assert.equal(authorize(reviewer, "sign-off-assessment", inAgency("a1")).allowed, false);
    assert.equal(authorize(reviewer, "verify-ledger", inAgency("a1")).allowed, false);
    assert.equal(authorize(auditor, "decide-case", inAgency("a1")).allowed, false);
    assert.equal(authorize(officer, "manage-users", inAgency("a1")).allowed, false);
  });

  test("no role reaches another agency", () => {
    for (const user of [reviewer, officer, auditor, admin]) {
      for (const action of [
        "view-staff-home",
        "decide-case",
        "verify-ledger",
        "manage-users",
        "sign-off-assessment",
      ] as const) {
        assert.equal(authorize(user, action, inAgency("a2")).allowed, false, `${user.roles[0]} ${action}`);
      }
    }
  });

  test("a disabled account can do nothing, and tokens are one's own", () => {
    assert.equal(authorize({ ...admin, disabled: true }, "manage-users", inAgency("a1")).allowed, false);
    assert.equal(
      authorize(reviewer, "manage-own-tokens", { type: "user", id: "u1", agencyId: "a1" }).allowed,
      true,
    );
    assert.equal(
      authorize(reviewer, "manage-own-tokens", { type: "user", id: "u2", agencyId: "a1" }).allowed,
      false,
    );
  });
});
