import type { Queryable } from "../../store/database.ts";
import { contentTerms } from "../language/index.ts";
import type { SourceClassification } from "./source-metadata.ts";
import { TEXT_SEARCH_CONFIGS } from "./text-search-config.ts";

export interface RetrievedPassage {
  chunkId: string;
  sourceId: string;
  sourceVersionId: string;
  sourceVersion: number;
  classification: string;
  title: string;
  headingPath: string[];
  text: string;
  score: number;
}

/**
 * Retrieves the best passages for a question from the service's approved sources only: the newest version
 * of each source, approved, not expired, review date not passed, of an allowed classification ("personal"
 * never). Ranked by full-text rank in the source's language configuration (any question term may match,
 * headings weigh more); when nothing matches, trigram word similarity finds passages despite spelling slips.
 */
export async function retrievePassages(
  queryable: Queryable,
  request: {
    serviceId: string;
    question: string;
    language: string;
    allowedClassifications: readonly SourceClassification[];
    limit: number;
    now: Date;
  },
): Promise<RetrievedPassage[]> {
  const terms = [...new Set(contentTerms(request.question, request.language))]
    .map((term) => term.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter((term) => term.length > 1)
    .slice(0, 32);
  if (terms.length === 0) return [];
  const allowed = request.allowedClassifications.filter((classification) => classification !== "personal");
  const search = (match: string, score: string, fullText: boolean) =>
    queryable.query<{
      chunk_id: string;
      source_id: string;
      source_version_id: string;
      version: number;
      classification: string;
      title: string;
      heading_path: string[];
      text: string;
      score: number;
    }>(
      `WITH current_versions AS (
         SELECT DISTINCT ON (sv.source_id) sv.*
         FROM source_versions sv JOIN sources s ON s.id = sv.source_id
         WHERE s.service_id = $1
         ORDER BY sv.source_id, sv.version DESC
       ), queries AS MATERIALIZED (
         SELECT config.oid::regconfig AS search_config, to_tsquery(config.oid::regconfig, $2) AS query
         FROM pg_ts_config config WHERE config.cfgname = ANY($7::text[])
       )
       SELECT c.id AS chunk_id, v.source_id, v.id AS source_version_id, v.version, v.classification, v.title,
              c.heading_path, c.text,
              ${score} AS score
       FROM chunks c JOIN current_versions v ON v.id = c.source_version_id
       ${fullText ? "CROSS JOIN LATERAL (SELECT queries.query FROM queries WHERE queries.search_config = c.search_config) q" : ""}
       WHERE ${match}
         AND v.approved_by IS NOT NULL
         AND v.classification = ANY($4::text[])
         AND (v.expires_at IS NULL OR v.expires_at > $5)
         AND (v.review_date IS NULL OR v.review_date >= $5::date)
       ORDER BY score DESC, c.id
       LIMIT $6`,
      [
        request.serviceId,
        terms.join(" | "),
        request.question,
        allowed,
        request.now,
        request.limit,
        TEXT_SEARCH_CONFIGS,
      ],
    );
  // Full-text match first (GIN index); only when it finds nothing, fall back to trigram word similarity
  // (also indexed), which forgives spelling slips. Similarity is computed only for candidate rows. The query
  // is parsed once per text-search configuration (the CTE), not once per chunk: parsing stems every term.
  let rows = await search(
    "$3::text IS NOT NULL AND c.search_vector @@ q.query",
    "ts_rank_cd(c.search_vector, q.query, 32)",
    true,
  );
  if (rows.length === 0) rows = await search("$3 <% c.text", "word_similarity($3, c.text) / 4", false);
  return rows.map((row) => ({
    chunkId: row.chunk_id,
    sourceId: row.source_id,
    sourceVersionId: row.source_version_id,
    sourceVersion: Number(row.version),
    classification: row.classification,
    title: row.title,
    headingPath: row.heading_path,
    text: row.text,
    score: Number(row.score),
  }));
}
