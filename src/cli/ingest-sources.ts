import { SingleBar } from "cli-progress";
import { z } from "zod";
import { loadConfig } from "../config.ts";
import { findServiceBySlug } from "../domains/workflow/index.ts";
import { createLogger } from "../logger.ts";
import { ingestFolder, listIngestibleFiles } from "../operations/ingest-folder.ts";
import { isDataDirLocked } from "../store/data-dir-lock.ts";
import { CliError } from "./cli-error.ts";

const optionsSchema = z.object({
  service: z.string().min(1),
  owner: z.string().min(1),
  classification: z.enum(["public", "internal", "confidential", "personal"]),
  legalBasis: z.string().min(1),
  approvedBy: z.string().min(1).optional(),
  reviewDate: z.iso.date("must be a date as YYYY-MM-DD").optional(),
  expires: z.iso.date("must be a date as YYYY-MM-DD").optional(),
  language: z.enum(["en", "fr", "es", "de", "pt", "ar"]).optional(),
});

/** Ingestion reads files on this machine, so it runs in this process (with a progress bar). */
export async function ingestSourcesFromCli(folder: string, raw: unknown): Promise<void> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(
      `--${String(issue?.path[0] ?? "option").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue?.message}`,
    );
  }
  const options = parsed.data;
  const config = loadConfig();
  if (config.database.kind === "pglite" && isDataDirLocked(config.dataDir)) {
    throw new CliError(
      "stop the running server first: ingestion reads local files and needs the embedded database itself",
    );
  }
  const files = listIngestibleFiles(folder);
  if (files.length === 0) throw new CliError(`no Markdown, HTML, PDF or DOCX files under ${folder}`);
  const { openRuntime } = await import("../runtime.ts");
  const runtime = await openRuntime(config, { logger: createLogger("silent") });
  try {
    const service = await findServiceBySlug(runtime.database, options.service);
    if (!service) throw new CliError(`there is no service "${options.service}"`);
    const bar = new SingleBar({
      format: "ingesting {bar} {value}/{total} {file}",
      stream: process.stderr,
      noTTYOutput: false,
      hideCursor: true,
    });
    bar.start(files.length, 0, { file: "" });
    const summary = await ingestFolder(
      runtime,
      service,
      folder,
      {
        owner: options.owner,
        classification: options.classification,
        legalBasis: options.legalBasis,
        approvedBy: options.approvedBy ?? null,
        reviewDate: options.reviewDate ?? null,
        expiresAt: options.expires ?? null,
        language: options.language,
      },
      "cli",
      (file) => bar.increment({ file }),
    );
    bar.stop();
    process.stdout.write(
      `${summary.created} new, ${summary.updated} updated (new version), ${summary.unchanged} unchanged, ${summary.failed.length} failed\n`,
    );
    for (const failure of summary.failed)
      process.stdout.write(`  failed: ${failure.file}: ${failure.reason}\n`);
    if (!options.approvedBy) {
      process.stdout.write(
        "note: no --approved-by given, so these sources will not be used in answers until approved\n",
      );
    }
    if (summary.failed.length > 0) process.exitCode = 1;
  } finally {
    await runtime.close();
  }
}
