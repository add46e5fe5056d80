import { decodeEntities } from "./html-entities.ts";
import type { DocumentBlock, ParsedDocument } from "./parsed-document.ts";

// Elements whose content is never document text.
const DROPPED = /<(script|style|noscript|template|svg|iframe|nav|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// Tags that end a block of text.
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "blockquote",
  "pre",
  "br",
  "hr",
  "table",
  "tr",
  "td",
  "th",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "figure",
  "figcaption",
  "form",
  "address",
]);

/**
 * Extracts headings, paragraphs and list items from HTML without a DOM: scripts, styles and navigation are
 * removed, every other tag either ends a block or is dropped. Good enough for content pages and for the HTML
 * mammoth produces from DOCX; it does not try to render layout.
 */
export function parseHtml(html: string, fallbackTitle: string): ParsedDocument {
  const language = html.match(/<html\b[^>]*\blang\s*=\s*["']?([a-zA-Z]{2,3})/i)?.[1]?.toLowerCase();
  const titleTag = html.match(/<title\b[^>]*>([\s\S]*?)<\/title>/i)?.[1];
  const body = html.replace(/<!--[\s\S]*?-->/g, "").replace(DROPPED, " ");

  const blocks: DocumentBlock[] = [];
  let buffer = "";
  let current: { kind: "heading"; level: number } | { kind: "paragraph" } | { kind: "list-item" } = {
    kind: "paragraph",
  };
  const flush = () => {
    const text = decodeEntities(buffer).replace(/\s+/g, " ").trim();
    buffer = "";
    if (!text) return;
    blocks.push(
      current.kind === "heading"
        ? { kind: "heading", level: current.level, text }
        : { kind: current.kind, text },
    );
  };

  for (const part of body.split(/(<[^>]+>)/)) {
    if (/^<[!?]/.test(part)) continue; // doctype, processing instruction
    const tag = part.match(/^<\s*(\/)?\s*([a-zA-Z][a-zA-Z0-9]*)/);
    if (!tag) {
      buffer += part;
      continue;
    }
    const closing = Boolean(tag[1]);
    const name = (tag[2] ?? "").toLowerCase();
    const heading = name.match(/^h([1-6])$/);
    if (heading) {
      flush();
      current = closing ? { kind: "paragraph" } : { kind: "heading", level: Number(heading[1]) };
    } else if (name === "li") {
      flush();
      current = closing ? { kind: "paragraph" } : { kind: "list-item" };
    } else if (BLOCK_TAGS.has(name)) {
      // A line break inside a heading or list item keeps the block, it is only whitespace there.
      if (name === "br" && current.kind !== "paragraph") buffer += " ";
      else flush();
      if (name === "td" || name === "th") buffer += " ";
    }
    // Inline tags (a, strong, em, span, …) are dropped, their text kept.
  }
  flush();

  const firstHeading = blocks.find((b) => b.kind === "heading")?.text;
  const title = clean(titleTag) || firstHeading || fallbackTitle;
  return language ? { title, language, blocks } : { title, blocks };
}

function clean(text: string | undefined): string {
  return text
    ? decodeEntities(text.replace(/<[^>]+>/g, ""))
        .replace(/\s+/g, " ")
        .trim()
    : "";
}
