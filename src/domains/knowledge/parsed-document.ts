/** A document reduced to the structure retrieval needs: headings (for the trail) and text blocks. */
export type DocumentBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list-item"; text: string };

export type ParsedDocument = {
  title: string;
  /** ISO 639-1 code when the file declares it (HTML lang, Markdown front matter); detection is the caller's job. */
  language?: string;
  blocks: DocumentBlock[];
};

export type ParseResult =
  | { status: "parsed"; document: ParsedDocument }
  | { status: "failed"; reason: "unsupported-format" | "unreadable" | "empty"; detail: string };
