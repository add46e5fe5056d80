#!/usr/bin/env node
// Standalone verifier for a Steward ledger export (JSON Lines). No dependencies: Node.js 18+ only.
// Usage: node verify-ledger.mjs export.jsonl
// Exit status 0 when every chain and signed checkpoint is intact; 1 (and the first bad event) otherwise.
import { createHash, createPublicKey, verify } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const file = process.argv[2];
if (!file) {
  console.error("usage: node verify-ledger.mjs export.jsonl");
  process.exit(2);
}

const fail = (message) => {
  console.error(`FAILED: ${message}`);
  process.exit(1);
};

// Checkpoint statements are canonical JSON with these keys in this (sorted) order.
const statement = (c) =>
  JSON.stringify({ agency: c.agency, hash: c.hash, keyId: c.keyId, seq: c.seq, signedAt: c.signedAt });

let header;
const heads = new Map(); // agency -> { seq, hash }
const pending = new Map(); // "agency:seq" -> checkpoint hash
let events = 0;
let lineNumber = 0;

for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) {
  lineNumber++;
  if (lineNumber === 1) {
    header = JSON.parse(line);
    if (header.format !== "steward-ledger-export/1") fail("line 1 is not a steward-ledger-export/1 header");
    for (const checkpoint of header.checkpoints) {
      const key = createPublicKey({
        key: Buffer.from(header.publicKeys[checkpoint.keyId] ?? "", "base64"),
        format: "der",
        type: "spki",
      });
      if (
        !verify(null, Buffer.from(statement(checkpoint)), key, Buffer.from(checkpoint.signature, "base64"))
      ) {
        fail(`the checkpoint at event ${checkpoint.seq} has an invalid signature`);
      }
      pending.set(`${checkpoint.agency}:${checkpoint.seq}`, checkpoint.hash);
    }
    continue;
  }
  if (line === "") continue;
  // {"event":<body>,"hash":"<64 hex>"}: the body bytes are exactly what was hashed.
  const body = line.slice('{"event":'.length, -',"hash":"'.length - 66);
  const hash = line.slice(-66, -2);
  const event = JSON.parse(body);
  const head = heads.get(event.agency) ?? { seq: 0, hash: "0".repeat(64) };
  if (createHash("sha256").update(body).digest("hex") !== hash)
    fail(`event #${event.seq} (line ${lineNumber}) was altered`);
  if (event.seq !== head.seq + 1)
    fail(`event #${event.seq} (line ${lineNumber}) is out of sequence: expected #${head.seq + 1}`);
  if (event.prevHash !== head.hash)
    fail(`event #${event.seq} (line ${lineNumber}) does not link to the event before it`);
  const signed = pending.get(`${event.agency}:${event.seq}`);
  if (signed !== undefined && signed !== hash) fail(`event #${event.seq} differs from its signed checkpoint`);
  heads.set(event.agency, { seq: event.seq, hash });
  events++;
}

for (const checkpoint of header?.checkpoints ?? []) {
  const last = heads.get(checkpoint.agency)?.seq ?? 0;
  if (checkpoint.seq > last)
    fail(`events ${last + 1}–${checkpoint.seq} were removed (a signed checkpoint covers #${checkpoint.seq})`);
}
console.log(
  `OK: ${events} events in ${heads.size} chain(s); ${header?.checkpoints.length ?? 0} signed checkpoints verified`,
);
