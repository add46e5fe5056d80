import assert from "node:assert/strict";
import { PassThrough, Readable } from "node:stream";
import { test } from "node:test";
import { Command } from "commander";
import { registerPiiCommands, runPiiRedact, runPiiScan } from "../../cli/commands/pii.ts";
import { scanJsonLines } from "./scan-stream.ts";

async function collect(stream: PassThrough): Promise<string> {
  stream.end();
  let output = "";
  for await (const chunk of stream) output += chunk;
  return output;
}

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

test("scan and redact read standard input", async () => {
  const scanned = new PassThrough();
  await runPiiScan("-", false, Readable.from(["call +44 20 7946 0018"]), scanned);
  assert.equal(JSON.parse((await collect(scanned)).trim()).type, "PHONE_NUMBER");
  const redacted = new PassThrough();
  await runPiiRedact("-", Readable.from(["mail alice@example.org"]), redacted);
  assert.equal(await collect(redacted), "mail [EMAIL_ADDRESS_1]");
});

test("the pii command registers scan and redact with descriptions", () => {
  const program = new Command();
  registerPiiCommands(program);
  const pii = program.commands.find((command) => command.name() === "pii");
  assert.ok(pii);
  assert.deepEqual(pii.commands.map((command) => command.name()).sort(), ["redact", "scan"]);
  for (const command of pii.commands) assert.ok(command.description().length > 0);
});
