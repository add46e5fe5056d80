import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import type { Command } from "commander";
import { parse as parseYaml } from "yaml";
import {
  defaultPiiPolicy,
  detectPersonalData,
  type PiiPolicy,
  parsePiiPolicy,
  pseudonymise,
  scanJsonLines,
  writeDetectionLines,
} from "../../domains/pii/index.ts";
import type { ResealSummary } from "../../domains/workflow/index.ts";
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

/** A policy file (JSON or YAML, the `personalData` section of a workflow definition), validated. */
export async function readPolicyFile(file: string | undefined): Promise<PiiPolicy> {
  if (file === undefined) return defaultPiiPolicy;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`);
  }
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON or YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = parsePiiPolicy(value);
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.errors.join("; ")}`);
  return parsed.policy;
}

function detectOrFail(text: string, policy: PiiPolicy) {
  const result = detectPersonalData(text, { policy });
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
  policy: PiiPolicy = defaultPiiPolicy,
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
    const result = await scanJsonLines(input, stdout, policy);
    if (!result.ok) throw new CliError(`line ${result.error.line} ${result.error.message}`);
    return;
  }
  const text = await readSource(file, stdin);
  await writeDetectionLines(detectOrFail(text, policy), stdout);
}

/** `pii redact`: the text with typed placeholders. */
export async function runPiiRedact(
  file: string,
  stdin: Readable,
  stdout: Writable,
  policy: PiiPolicy = defaultPiiPolicy,
): Promise<void> {
  const text = await readSource(file, stdin);
  stdout.write(pseudonymise(text, detectOrFail(text, policy)).text);
}

const policyHelp =
  "personal-data policy, JSON or YAML (a workflow definition's personalData section): types, thresholds, allow-list";

export function registerPiiCommands(program: Command): void {
  const pii = program.command("pii").description("Detect and pseudonymise personal data");
  pii
    .command("scan")
    .description("Print one JSON line per detection: type, start, end, score (UTF-16 offsets)")
    .argument("<file>", "file to scan, or - for standard input")
    .option("--jsonl", 'read one {"text": ...} object per line and print one {"detections": [...]} line each')
    .option("--policy <file>", policyHelp)
    .action(async (file: string, options: { jsonl?: boolean; policy?: string }) => {
      const policy = await readPolicyFile(options.policy);
      await runPiiScan(file, options.jsonl === true, process.stdin, process.stdout, policy);
    });
  pii
    .command("reseal")
    .description(
      "after raising STEWARD_PERSONAL_DATA_KEY_VERSION: seal every case's original question and placeholder map again under the newest key",
    )
    .option("--agency <slug>", "only this agency's cases")
    .action(async (options: { agency?: string }) => {
      // Loaded here: scanning and redacting need no database, and start faster without it.
      const { runOperation } = await import("../run-operation.ts");
      const summaries = (await runOperation(
        "pii.reseal",
        options.agency ? { agency: options.agency } : {},
      )) as (ResealSummary & { agency: string })[];
      for (const summary of summaries)
        process.stdout.write(
          `${summary.agency}: ${summary.resealed} case(s) resealed under key version ${summary.keyVersion}, ${summary.alreadyCurrent} already current, ${summary.changedMeanwhile} changed meanwhile, ${summary.unreadable.length} unreadable\n`,
        );
      const unreadable = summaries.flatMap((summary) => summary.unreadable);
      if (unreadable.length > 0)
        throw new CliError(
          `no key opens the sealed data of case(s) ${unreadable.join(", ")}; they were left as they are`,
        );
    });
  pii
    .command("redact")
    .description("Print the text with personal data replaced by typed placeholders such as [PERSON_1]")
    .argument("<file>", "file to redact, or - for standard input")
    .option("--policy <file>", policyHelp)
    .action(async (file: string, options: { policy?: string }) => {
      await runPiiRedact(file, process.stdin, process.stdout, await readPolicyFile(options.policy));
    });
}
