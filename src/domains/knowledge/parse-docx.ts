import mammoth from "mammoth";
import { parseHtml } from "./parse-html.ts";
import type { ParsedDocument } from "./parsed-document.ts";

/** DOCX through mammoth, which maps Word heading styles to <h1>…<h6>; the HTML then takes the HTML path. */
export async function parseDocx(bytes: Uint8Array, fallbackTitle: string): Promise<ParsedDocument> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return parseHtml(html, fallbackTitle);
}
