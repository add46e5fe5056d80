import { extractText, getDocumentProxy, getMeta } from "unpdf";
import type { DocumentBlock, ParsedDocument } from "./parsed-document.ts";

/**
 * PDF text through unpdf (PDF.js). A PDF has no reliable heading markup, so every page becomes paragraphs
 * split on blank lines (or on line ends when the extractor produced no blank lines); the title comes from
 * the document information, else the first line.
 */
export async function parsePdf(bytes: Uint8Array, fallbackTitle: string): Promise<ParsedDocument> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const [{ text: pages }, meta] = await Promise.all([extractText(pdf), getMeta(pdf).catch(() => undefined)]);
  const blocks: DocumentBlock[] = [];
  for (const page of pages) {
    const pieces = page.includes("\n\n") ? page.split(/\n\s*\n/) : page.split("\n");
    for (const piece of pieces) {
      const text = piece
        .replace(/-\n(?=\p{Ll})/gu, "")
        .replace(/\s+/g, " ")
        .trim();
      if (text) blocks.push({ kind: "paragraph", text });
    }
  }
  const infoTitle = typeof meta?.info?.Title === "string" ? meta.info.Title.trim() : "";
  const title = infoTitle || blocks[0]?.text.slice(0, 120) || fallbackTitle;
  return { title, blocks };
}
