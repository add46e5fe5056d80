import { splitSentences } from "../language/index.ts";
import type { DocumentBlock, ParsedDocument } from "./parsed-document.ts";

export type DocumentChunk = {
  /** Position of the chunk in the document, from 0. */
  ordinal: number;
  /** Headings above the chunk, outermost first: ["Passports", "Renewal", "Fees"]. */
  headingPath: string[];
  text: string;
};

export type ChunkOptions = {
  /** Upper bound on a chunk's text length. Default 1200 characters (a few paragraphs). */
  maxChars?: number;
  language?: string;
};

const DEFAULT_MAX_CHARS = 1200;

/**
 * Cuts a document into retrieval units that respect its structure:
 * - a chunk never spans two sections, so its heading trail is exact (that trail is shown with citations and
 *   indexed with the text);
 * - blocks are packed together up to maxChars; a block longer than that is split between sentences;
 * - only a single sentence longer than maxChars is split inside, between words (and, for a word longer
 *   still, anywhere), because the bound must hold for the index.
 */
export function chunkDocument(document: ParsedDocument, options: ChunkOptions = {}): DocumentChunk[] {
  const maxChars = Math.max(40, options.maxChars ?? DEFAULT_MAX_CHARS);
  const language = options.language ?? document.language ?? "en";
  const chunks: DocumentChunk[] = [];
  const trail: { level: number; text: string }[] = [];
  let pieces: string[] = [];
  let length = 0;

  const flush = () => {
    if (pieces.length === 0) return;
    chunks.push({ ordinal: chunks.length, headingPath: trail.map((h) => h.text), text: pieces.join("\n") });
    pieces = [];
    length = 0;
  };
  const add = (piece: string, separator: number) => {
    if (length > 0 && length + separator + piece.length > maxChars) flush();
    length += (length > 0 ? separator : 0) + piece.length;
    pieces.push(piece);
  };

  for (const block of document.blocks) {
    if (block.kind === "heading") {
      flush();
      while (trail.length > 0 && (trail[trail.length - 1]?.level ?? 0) >= block.level) trail.pop();
      trail.push({ level: block.level, text: block.text });
      continue;
    }
    const text = blockText(block);
    if (text.length <= maxChars) {
      add(text, 1);
      continue;
    }
    // Long block: fill chunks sentence by sentence, joined by spaces as in the original paragraph.
    for (const sentence of splitSentences(text, language)) {
      for (const part of splitLong(sentence, maxChars)) add(part, 1);
    }
  }
  flush();
  return chunks;
}

function blockText(block: Exclude<DocumentBlock, { kind: "heading" }>): string {
  return block.kind === "list-item" ? `- ${block.text}` : block.text;
}

function splitLong(sentence: string, maxChars: number): string[] {
  if (sentence.length <= maxChars) return [sentence];
  const parts: string[] = [];
  let current = "";
  for (const word of sentence.split(/\s+/)) {
    for (let start = 0; start < word.length; start += maxChars) {
      const piece = word.slice(start, start + maxChars);
      if (current && current.length + 1 + piece.length > maxChars) {
        parts.push(current);
        current = piece;
      } else {
        current = current ? `${current} ${piece}` : piece;
      }
    }
  }
  if (current) parts.push(current);
  return parts;
}
