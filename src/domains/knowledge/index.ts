export type { ChunkOptions, DocumentChunk } from "./chunk-document.ts";
export { chunkDocument } from "./chunk-document.ts";
export { documentContentHash } from "./content-hash.ts";
export {
  type IngestOutcome,
  ingestSource,
  type SourceProvenance,
  sourceVersionCreated,
} from "./ingest-source.ts";
export { parseDocument } from "./parse-document.ts";
export type { DocumentBlock, ParsedDocument, ParseResult } from "./parsed-document.ts";
export { type RetrievedPassage, retrievePassages } from "./retrieve-passages.ts";
export type {
  Retrievability,
  RetrievabilityOptions,
  SourceClassification,
  SourceMetadata,
} from "./source-metadata.ts";
export {
  isRetrievable,
  retrievability,
  sourceClassifications,
  sourceMetadataSchema,
} from "./source-metadata.ts";
export type { TextSearchConfig } from "./text-search-config.ts";
export { textSearchConfig } from "./text-search-config.ts";
