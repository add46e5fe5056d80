import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Database } from "../../store/database.ts";
import { detectLanguage } from "../language/index.ts";
import type { Ledger } from "../ledger/index.ts";
import { defineLedgerEvent } from "../ledger/index.ts";
import { chunkDocument } from "./chunk-document.ts";
import { documentContentHash } from "./content-hash.ts";
import { parseDocument } from "./parse-document.ts";
import type { SourceClassification } from "./source-metadata.ts";
import { textSearchConfig } from "./text-search-config.ts";

export const sourceVersionCreated = defineLedgerEvent("source-version-created", {
  sourceId: z.string(),
  sourceVersionId: z.string(),
  version: z.number().int(),
  contentHash: z.string(),
  classification: z.string(),
  chunks: z.number().int(),
  approvedBy: z.string().nullable(),
});

export interface SourceProvenance {
  owner: string;
  classification: SourceClassification;
  legalBasis: string;
  /** Who approved the source for use in answers; null leaves it unapproved (never retrieved). */
  approvedBy: string | null;
  reviewDate: string | null;
  expiresAt: string | null;
  /** Used when the document does not declare its language. */
  language?: string | undefined;
}

export type IngestOutcome =
  | {
      status: "created" | "updated";
      sourceId: string;
      sourceVersionId: string;
      version: number;
      chunks: number;
    }
  | { status: "unchanged"; sourceId: string; version: number }
  | { status: "failed"; reason: string };

/**
 * Ingests one file as a source of a service: parse, chunk by headings, index for full-text search in the
 * source's language. A changed file becomes a new version; an unchanged one is left alone; cases keep
 * pointing at the version they used.
 */
export async function ingestSource(
  context: { database: Database; ledger: Ledger; now: () => Date },
  target: { agencyId: string; serviceId: string; sourceKey: string; actor: string },
  bytes: Uint8Array,
  filename: string,
  provenance: SourceProvenance,
): Promise<IngestOutcome> {
  const parsed = await parseDocument(bytes, filename);
  if (parsed.status === "failed") return { status: "failed", reason: `${parsed.reason}: ${parsed.detail}` };
  const document = parsed.document;
  const plain = document.blocks.map((block) => block.text).join("\n");
  const language =
    document.language ??
    provenance.language ??
    detectLanguage(plain, ["en", "fr", "es", "de", "pt", "ar"]).language;
  const contentHash = documentContentHash(document);
  const chunks = chunkDocument(document, { language });
  if (chunks.length === 0) return { status: "failed", reason: "empty: no text to index" };
  const config = textSearchConfig(language);

  return context.database.transaction(async (transaction) => {
    let [source] = await transaction.query<{ id: string }>(
      "SELECT id FROM sources WHERE service_id = $1 AND source_key = $2",
      [target.serviceId, target.sourceKey],
    );
    const isNew = !source;
    if (!source) {
      source = { id: randomUUID() };
      await transaction.query(
        "INSERT INTO sources (id, agency_id, service_id, source_key) VALUES ($1, $2, $3, $4)",
        [source.id, target.agencyId, target.serviceId, target.sourceKey],
      );
    }
    const [latest] = await transaction.query<{ version: number; content_hash: string }>(
      "SELECT version, content_hash FROM source_versions WHERE source_id = $1 ORDER BY version DESC LIMIT 1",
      [source.id],
    );
    if (latest && latest.content_hash === contentHash) {
      return { status: "unchanged", sourceId: source.id, version: latest.version };
    }
    const version = (latest?.version ?? 0) + 1;
    const sourceVersionId = randomUUID();
    await transaction.query(
      `INSERT INTO source_versions (id, source_id, version, title, owner, classification, legal_basis, language,
         approved_by, approved_at, review_date, expires_at, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        sourceVersionId,
        source.id,
        version,
        document.title,
        provenance.owner,
        provenance.classification,
        provenance.legalBasis,
        language,
        provenance.approvedBy,
        provenance.approvedBy ? context.now() : null,
        provenance.reviewDate,
        provenance.expiresAt,
        contentHash,
      ],
    );
    await transaction.query(
      `INSERT INTO chunks (id, source_version_id, ordinal, heading_path, text, search_config, search_vector)
       SELECT gen_random_uuid(), $1, chunk.ordinal, string_to_array(chunk.heading_path, chr(31)), chunk.text, $2::regconfig,
              setweight(to_tsvector($2::regconfig, replace(chunk.heading_path, chr(31), ' ')), 'A') ||
              setweight(to_tsvector($2::regconfig, chunk.text), 'B')
       FROM unnest($3::int[], $4::text[], $5::text[]) AS chunk (ordinal, heading_path, text)`,
      [
        sourceVersionId,
        config,
        chunks.map((chunk) => chunk.ordinal),
        chunks.map((chunk) => chunk.headingPath.join("\u001f")),
        chunks.map((chunk) => chunk.text),
      ],
    );
    await context.ledger.appendIn(transaction, target.agencyId, {
      type: sourceVersionCreated.type,
      actor: target.actor,
      subject: `source:${source.id}`,
      payload: {
        sourceId: source.id,
        sourceVersionId,
        version,
        contentHash,
        classification: provenance.classification,
        chunks: chunks.length,
        approvedBy: provenance.approvedBy,
      },
    });
    return {
      status: isNew ? "created" : "updated",
      sourceId: source.id,
      sourceVersionId,
      version,
      chunks: chunks.length,
    };
  });
}
