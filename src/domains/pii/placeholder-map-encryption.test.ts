import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { digestForLedger } from "./digest.ts";
import {
  decryptPlaceholderMap,
  encryptPlaceholderMap,
  rotatePlaceholderMap,
} from "./placeholder-map-encryption.ts";

const map = { entries: [{ placeholder: "[PERSON_1]", type: "PERSON" as const, value: "Maria Lopez" }] };
const oldKey = { version: 1, key: randomBytes(32) };
const newKey = { version: 2, key: randomBytes(32) };

test("a map encrypts under the newest key and decrypts back", () => {
  const sealed = encryptPlaceholderMap(map, { agency: "agency-a", keys: [oldKey, newKey] }, "case-1");
  assert.ok(sealed.ok);
  assert.equal(sealed.value.keyVersion, 2);
  assert.ok(!sealed.value.ciphertext.includes("Maria"));
  const opened = decryptPlaceholderMap(
    sealed.value,
    { agency: "agency-a", keys: [oldKey, newKey] },
    "case-1",
  );
  assert.deepEqual(opened, { ok: true, value: map });
});

test("another case, agency or altered bytes fail as values", () => {
  const keyring = { agency: "agency-a", keys: [oldKey] };
  const sealed = encryptPlaceholderMap(map, keyring, "case-1");
  assert.ok(sealed.ok);
  assert.deepEqual(decryptPlaceholderMap(sealed.value, keyring, "case-2"), {
    ok: false,
    error: { kind: "tampered-or-wrong-key" },
  });
  assert.equal(
    decryptPlaceholderMap(sealed.value, { agency: "agency-b", keys: [oldKey] }, "case-1").ok,
    false,
  );
  const altered = { ...sealed.value, ciphertext: Buffer.from("x").toString("base64") };
  assert.equal(decryptPlaceholderMap(altered, keyring, "case-1").ok, false);
});

test("rotation re-encrypts under the newest key", () => {
  const sealed = encryptPlaceholderMap(map, { agency: "agency-a", keys: [oldKey] }, "case-1");
  assert.ok(sealed.ok);
  const rotated = rotatePlaceholderMap(
    sealed.value,
    { agency: "agency-a", keys: [oldKey, newKey] },
    "case-1",
  );
  assert.ok(rotated.ok);
  assert.equal(rotated.value.keyVersion, 2);
  const opened = decryptPlaceholderMap(rotated.value, { agency: "agency-a", keys: [newKey] }, "case-1");
  assert.deepEqual(opened, { ok: true, value: map });
});

test("ledger digests are keyed and hold no raw value", () => {
  const key = randomBytes(32);
  const digest = digestForLedger("+44 20 7946 0018", key);
  assert.match(digest, /^hmac-sha256:[0-9a-f]{64}$/);
  assert.notEqual(digest, digestForLedger("+44 20 7946 0018", randomBytes(32)));
});
