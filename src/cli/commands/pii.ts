import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import type { Command } from "commander";
import {
  detectPersonalData,
  pseudonymise,
  scanJsonLines,
  writeDetectionLines,
} from "../../domains/pii/index.ts";
import { CliError } from "../cli-error.ts";

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

async function readSource(file: string, stdin: Readable): Promise<string> {
  if (file === "-") return readAll(stdin);
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
}

function detectOrFail(text: string) {
  const result = detectPersonalData(text);
  if (!result.ok)
    throw new CliError(
      `input has ${result.error.length} characters; the limit is ${result.error.maxInputLength}`,
    );
  return result.detections;
}

/** `pii scan`: one JSON object per detection, or with --jsonl one result line per input line. */
export async function runPiiScan(
  file: string,
  jsonLines: boolean,
  stdin: Readable,
  stdout: Writable,
): Promise<void> {
  if (jsonLines) {
    let input: Readable = stdin;
    if (file !== "-") {
      input = createReadStream(file);
      await new Promise<void>((resolve, reject) => {
        input.once("readable", resolve);
        input.once("error", (error: NodeJS.ErrnoException) =>
          reject(new CliError(`cannot read ${file}: ${error.code ?? "unreadable"}`)),
        );
      });
    }
    const result = await scanJsonLines(input, stdout);
    if (!result.ok) throw new CliError(`line ${result.error.line} ${result.error.message}`);
    return;
  }
  const text = await readSource(file, stdin);
  await writeDetectionLines(detectOrFail(text), stdout);
}

/** `pii redact`: the text with typed placeholders. */
export async function runPiiRedact(file: string, stdin: Readable, stdout: Writable): Promise<void> {
  const text = await readSource(file, stdin);
  stdout.write(pseudonymise(text, detectOrFail(text)).text);
}

export function registerPiiCommands(program: Command): void {
  const pii = program.command("pii").description("Detect and pseudonymise personal data");
  pii
    .command("scan")
    .description("Print one JSON line per detection: type, start, end, score (UTF-16 offsets)")
    .argument("<file>", "file to scan, or - for standard input")
    .option("--jsonl", 'read one {"text": ...} object per line and print one {"detections": [...]} line each')
    .action(async (file: string, options: { jsonl?: boolean }) => {
      await runPiiScan(file, options.jsonl === true, process.stdin, process.stdout);
    });
  pii
    .command("redact")
    .description("Print the text with personal data replaced by typed placeholders such as [PERSON_1]")
    .argument("<file>", "file to redact, or - for standard input")
    .action(async (file: string) => {
      await runPiiRedact(file, process.stdin, process.stdout);
    });
}
