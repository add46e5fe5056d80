import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { type IngestOutcome, ingestSource, type SourceProvenance } from "../domains/knowledge/index.ts";
import type { Service } from "../domains/workflow/index.ts";
import type { Runtime } from "../runtime.ts";

const INGESTIBLE = /\.(md|markdown|html?|pdf|docx)$/i;

export function listIngestibleFiles(directory: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (INGESTIBLE.test(entry)) files.push(path);
    }
  };
  walk(directory);
  return files;
}

export interface FolderIngestSummary {
  created: number;
  updated: number;
  unchanged: number;
  failed: { file: string; reason: string }[];
}

/** Ingests every supported file under `directory` as a source of `service`; reports progress per file. */
export async function ingestFolder(
  runtime: Runtime,
  service: Service,
  directory: string,
  provenance: SourceProvenance,
  actor: string,
  onProgress?: (file: string, outcome: IngestOutcome) => void,
  /** Prefixed to each file's relative path to form its stable source key (keeps two folders apart). */
  keyPrefix = "",
): Promise<FolderIngestSummary> {
  const summary: FolderIngestSummary = { created: 0, updated: 0, unchanged: 0, failed: [] };
  for (const file of listIngestibleFiles(directory)) {
    const sourceKey = keyPrefix + relative(directory, file).split("\\").join("/");
    const outcome = await ingestSource(
      runtime,
      { agencyId: service.agencyId, serviceId: service.id, sourceKey, actor },
      readFileSync(file),
      file,
      provenance,
    );
    if (outcome.status === "failed") summary.failed.push({ file: sourceKey, reason: outcome.reason });
    else summary[outcome.status]++;
    onProgress?.(sourceKey, outcome);
  }
  return summary;
}
