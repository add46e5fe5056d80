import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";
import { test } from "node:test";
import { Command } from "commander";
import fc from "fast-check";
import { readPolicyFile, registerPiiCommands, runPiiRedact, runPiiScan } from "../../cli/commands/pii.ts";
import type { Detection } from "./detection.ts";
import { detectionJson, scanJsonLines, toDetectionRecord } from "./scan-stream.ts";

async function collect(stream: PassThrough): Promise<string> {
  stream.end();
  let output = "";
  for await (const chunk of stream) output += chunk;
  return output;
}

test("a detection's output line is what JSON.stringify makes of its record, for any type, offsets and score", () => {
  const detection = fc.record({
    type: fc.oneof(fc.constantFrom("NATIONAL_ID", "PERSON"), fc.string()),
    start: fc.integer(),
    end: fc.integer(),
    score: fc.oneof(fc.double(), fc.double({ min: 0, max: 1 })),
    reason: fc.string(),
    country: fc.option(fc.oneof(fc.constantFrom("ES", "FR"), fc.string()), { nil: undefined }),
  });
  fc.assert(
    fc.property(detection, (generated) => {
      const value = generated as unknown as Detection;
      assert.equal(detectionJson(value), JSON.stringify(toDetectionRecord(value)));
    }),
    { numRuns: 2000 },
  );
});

test("jsonl scanning writes one line per input line, in order", async () => {
  const input = Readable.from([
    '{"text":"mail alice@example.org"}\n',
    '{"text":"nothing here"}\n',
    '{"text":"Mi DNI es 12345678Z"}\n',
  ]);
  const output = new PassThrough();
  const result = await scanJsonLines(input, output);
  assert.deepEqual(result, { ok: true, lines: 3 });
  const lines = (await collect(output))
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  assert.equal(lines.length, 3);
  assert.deepEqual(lines[0].detections, [{ type: "EMAIL_ADDRESS", start: 5, end: 22, score: 0.95 }]);
  assert.deepEqual(lines[1].detections, []);
  assert.equal(lines[2].detections[0].country, "ES");
});

test("a malformed line is reported with its number", async () => {
  const result = await scanJsonLines(Readable.from(['{"text":"a"}\n', "not json\n"]), new PassThrough());
  assert.deepEqual(result, {
    ok: false,
    error: { kind: "invalid-line", line: 2, message: "is not valid JSON" },
  });
});

/** A writable that keeps what it is given, one entry per write call. */
function recordingOutput(): { output: Writable; writes: string[] } {
  const writes: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString("utf8"));
      done();
    },
  });
  return { output, writes };
}

test("jsonl lines split across chunks, inside a UTF-8 character or a CRLF, are read whole", async () => {
  const bytes = Buffer.from(
    '{"text":"Je m\'appelle Zoé Durand"}\r\n{"text":"محمد"}\n{"text":"mail zoé@example.org"}',
  );
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at++) chunks.push(bytes.subarray(at, at + 1));
  const { output, writes } = recordingOutput();
  const result = await scanJsonLines(Readable.from(chunks), output);
  assert.deepEqual(result, { ok: true, lines: 3 });
  const lines = writes.join("").split("\n");
  assert.equal(lines.pop(), "");
  const detections = lines.map((line) => JSON.parse(line).detections);
  assert.ok(detections[0].some((found: { type: string }) => found.type === "PERSON"));
  assert.deepEqual(detections[2], [{ type: "EMAIL_ADDRESS", start: 5, end: 20, score: 0.95 }]);
});

test("jsonl output is written in batches, not one write per line", async () => {
  const count = 5000;
  const input = Readable.from([`${'{"text":"call +44 20 7946 0018"}\n'.repeat(count)}`]);
  const { output, writes } = recordingOutput();
  assert.deepEqual(await scanJsonLines(input, output), { ok: true, lines: count });
  const lines = writes.join("").trimEnd().split("\n");
  assert.equal(lines.length, count);
  assert.equal(JSON.parse(lines[count - 1]!).detections[0].type, "PHONE_NUMBER");
  assert.ok(writes.length < count / 100, `${writes.length} writes for ${count} lines`);
});

test("the lines before a malformed line are written, the rest are not read", async () => {
  const { output, writes } = recordingOutput();
  const result = await scanJsonLines(
    Readable.from(['{"text":"a"}\n{"text":"b"}\n', '{"text":1}\n{"text":"c"}\n']),
    output,
  );
  assert.deepEqual(result, {
    ok: false,
    error: { kind: "invalid-line", line: 3, message: 'has no string field "text"' },
  });
  assert.equal(writes.join(""), '{"detections":[]}\n{"detections":[]}\n');
});

test("scan of a whole text writes one line per detection", async () => {
  const { output, writes } = recordingOutput();
  await runPiiScan(
    "-",
    false,
    Readable.from(["mail a@example.org, b@example.org and c@example.org"]),
    output,
  );
  const lines = writes
    .join("")
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    lines.map((line) => [line.type, line.start]),
    [
      ["EMAIL_ADDRESS", 5],
      ["EMAIL_ADDRESS", 20],
      ["EMAIL_ADDRESS", 38],
    ],
  );
  assert.equal(writes.length, 1);
});

test("scan and redact read standard input", async () => {
  const scanned = new PassThrough();
  await runPiiScan("-", false, Readable.from(["call +44 20 7946 0018"]), scanned);
  assert.equal(JSON.parse((await collect(scanned)).trim()).type, "PHONE_NUMBER");
  const redacted = new PassThrough();
  await runPiiRedact("-", Readable.from(["mail alice@example.org"]), redacted);
  assert.equal(await collect(redacted), "mail [EMAIL_ADDRESS_1]");
});

test("a policy file decides what scan and redact report; a bad one is refused with the field and the reason", async () => {
  const folder = mkdtempSync(path.join(tmpdir(), "steward-policy-"));
  try {
    const policyFile = path.join(folder, "policy.yaml");
    writeFileSync(policyFile, 'entityTypes: [EMAIL_ADDRESS, PHONE_NUMBER]\nallowList: ["0800 111 2222"]\n');
    const policy = await readPolicyFile(policyFile);
    const redacted = new PassThrough();
    const input = "Maria Gonzalez: maria@example.org, call 0800 111 2222 or +44 20 7946 0018";
    await runPiiRedact("-", Readable.from([input]), redacted, policy);
    assert.equal(
      await collect(redacted),
      "Maria Gonzalez: [EMAIL_ADDRESS_1], call 0800 111 2222 or [PHONE_NUMBER_1]",
    );
    const scanned = new PassThrough();
    await runPiiScan("-", true, Readable.from([`${JSON.stringify({ text: input })}\n`]), scanned, policy);
    const { detections } = JSON.parse(await collect(scanned));
    assert.deepEqual(
      detections.map((detection: { type: string }) => detection.type),
      ["EMAIL_ADDRESS", "PHONE_NUMBER"],
    );

    const badFile = path.join(folder, "bad.json");
    writeFileSync(badFile, '{"thresholds": {"PERSON": 2}}');
    await assert.rejects(readPolicyFile(badFile), {
      message: `${badFile}: thresholds.PERSON: must be at most 1`,
    });
    const brokenFile = path.join(folder, "broken.yaml");
    writeFileSync(brokenFile, "a: [");
    await assert.rejects(readPolicyFile(brokenFile), /broken\.yaml: not valid JSON or YAML: /);
    await assert.rejects(
      readPolicyFile(path.join(folder, "missing.yaml")),
      /cannot read .*missing\.yaml: ENOENT/,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("the pii command registers scan and redact with descriptions", () => {
  const program = new Command();
  registerPiiCommands(program);
  const pii = program.commands.find((command) => command.name() === "pii");
  assert.ok(pii);
  assert.deepEqual(pii.commands.map((command) => command.name()).sort(), ["redact", "reseal", "scan"]);
  for (const command of pii.commands) assert.ok(command.description().length > 0);
});
