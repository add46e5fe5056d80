import { parseDocx } from "./parse-docx.ts";
import { parseHtml } from "./parse-html.ts";
import { parseMarkdown } from "./parse-markdown.ts";
import { parsePdf } from "./parse-pdf.ts";
import type { ParseResult } from "./parsed-document.ts";

/**
 * Parses an uploaded file by its extension (.md, .markdown, .html, .htm, .pdf, .docx) into title, declared
 * language and blocks. Failures are values: the upload page shows why a file was not taken in.
 */
export async function parseDocument(bytes: Uint8Array, filename: string): Promise<ParseResult> {
  const extension = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  const fallbackTitle = filename.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const text = () => new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  try {
    const document = await (async () => {
      switch (extension) {
        case "md":
        case "markdown":
          return parseMarkdown(text(), fallbackTitle);
        case "html":
        case "htm":
          return parseHtml(text(), fallbackTitle);
        case "pdf":
          return parsePdf(bytes, fallbackTitle);
        case "docx":
          return parseDocx(bytes, fallbackTitle);
        default:
          return undefined;
      }
    })();
    if (!document) {
      return {
        status: "failed",
        reason: "unsupported-format",
        detail: `unsupported file type ".${extension}"`,
      };
    }
    if (document.blocks.length === 0) return { status: "failed", reason: "empty", detail: "no text found" };
    return { status: "parsed", document };
  } catch (error) {
    return {
      status: "failed",
      reason: "unreadable",
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
