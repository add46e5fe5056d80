import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { describeProblem, ExportFormatError, verifyExportLines } from "../../domains/ledger/index.ts";
import { CliError } from "../cli-error.ts";
import { runOperation, streamOperation } from "../run-operation.ts";

interface Verification {
  ok: boolean;
  eventsChecked: number;
  checkpointsChecked?: number;
  problem?: string;
}

function report(verification: Verification): void {
  if (!verification.ok) {
    throw new CliError(
      `ledger verification FAILED after ${verification.eventsChecked} good events: ${verification.problem}`,
      2,
    );
  }
  process.stdout.write(
    `ledger OK: ${verification.eventsChecked} events checked, ${verification.checkpointsChecked ?? 0} signed checkpoints matched\n`,
  );
}

async function verifyFile(path: string): Promise<Verification> {
  if (!existsSync(path)) throw new CliError(`no such file: ${path}`);
  const lines = createInterface({
    input: createReadStream(path, { encoding: "utf8" }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  try {
    const verdict = await verifyExportLines(lines);
    return verdict.ok
      ? { ok: true, eventsChecked: verdict.eventsChecked, checkpointsChecked: verdict.checkpointsChecked }
      : { ok: false, eventsChecked: verdict.eventsChecked, problem: describeProblem(verdict.problem) };
  } catch (error) {
    if (error instanceof ExportFormatError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

export function registerLedgerCommands(program: Command): void {
  const ledger = program.command("ledger").description("verify and export the evidence ledger");
  ledger
    .command("verify")
    .description("verify the hash chains and signed checkpoints (of the database, or of an export file)")
    .option("--file <export.jsonl>", "verify an export file instead of the database")
    .option("--agency <slug>", "verify only this agency's chain")
    .action(async (options: { file?: string; agency?: string }) => {
      report(
        options.file
          ? await verifyFile(options.file)
          : ((await runOperation(
              "ledger.verify",
              options.agency ? { agency: options.agency } : {},
            )) as Verification),
      );
    });
  ledger
    .command("export")
    .description("write the ledger as JSON Lines (a header with signed checkpoints, then one event per line)")
    .option("--out <file>", "write to this file instead of standard output")
    .option("--agency <slug>", "export only this agency's chain")
    .action(async (options: { out?: string; agency?: string }) => {
      const output = options.out ? createWriteStream(options.out, { mode: 0o600 }) : process.stdout;
      let count = 0;
      await streamOperation(
        "ledger.export",
        options.agency ? { agency: options.agency } : {},
        async (line) => {
          count++;
          if (!output.write(`${line}\n`)) await once(output, "drain");
        },
      );
      if (options.out) {
        await new Promise<void>((resolve, reject) =>
          (output as ReturnType<typeof createWriteStream>).end((error?: Error | null) =>
            error ? reject(error) : resolve(),
          ),
        );
        process.stderr.write(`exported ${Math.max(0, count - 1)} events to ${options.out}\n`);
      }
    });
  ledger
    .command("checkpoint")
    .description("sign a checkpoint of every chain that moved since its last checkpoint")
    .action(async () => {
      const result = (await runOperation("ledger.checkpoint", {})) as { signed: number };
      process.stdout.write(`signed ${result.signed} checkpoint(s)\n`);
    });
}
