import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { CliError } from "../cli-error.ts";

interface IngestOptions {
  service: string;
  owner: string;
  classification: string;
  legalBasis: string;
  approvedBy?: string;
  reviewDate?: string;
  expires?: string;
  language?: string;
}

export function registerSourcesCommands(program: Command): void {
  const sources = program.command("sources").description("manage a service's approved knowledge sources");
  sources
    .command("ingest")
    .description("ingest every Markdown, HTML, PDF and DOCX file under DIR as sources of a service")
    .argument("<dir>", "the folder to ingest (sub-folders included)")
    .requiredOption("--service <slug>", "the service the sources answer for")
    .option("--owner <name>", "the team that owns the content", "Content team")
    .option("--classification <class>", "public | internal | confidential | personal", "public")
    .option("--legal-basis <text>", "why the service may use this content", "Published public information")
    .option(
      "--approved-by <who>",
      "who approved the sources for answers (without it they are never retrieved)",
    )
    .option("--review-date <yyyy-mm-dd>", "when the content must be reviewed again")
    .option("--expires <yyyy-mm-dd>", "when the content stops being valid")
    .option("--language <code>", "language of files that do not declare one (otherwise detected)")
    .action(async (directory: string, options: IngestOptions) => {
      const folder = resolve(directory);
      if (!existsSync(folder) || !statSync(folder).isDirectory())
        throw new CliError(`not a folder: ${directory}`);
      const { ingestSourcesFromCli } = await import("../ingest-sources.ts");
      await ingestSourcesFromCli(folder, options);
    });
}
