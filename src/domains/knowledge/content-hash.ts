import { createHash } from "node:crypto";
import type { ParsedDocument } from "./parsed-document.ts";

/**
 * SHA-256 (hex) of a document's extracted content: title and blocks, whitespace-normalised. Versioning keys on
 * content, not bytes, so re-saving a file without changing its text (new PDF producer timestamp, DOCX
 * metadata) does not create a new version, while any change of wording or structure does.
 */
export function documentContentHash(document: ParsedDocument): string {
  const canonical = JSON.stringify({
    title: normalise(document.title),
    blocks: document.blocks.map((b) =>
      b.kind === "heading"
        ? ["h", b.level, normalise(b.text)]
        : [b.kind === "list-item" ? "li" : "p", normalise(b.text)],
    ),
  });
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

function normalise(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
