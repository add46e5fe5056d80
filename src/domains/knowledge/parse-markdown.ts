import type { DocumentBlock, ParsedDocument } from "./parsed-document.ts";

/**
 * Parses the Markdown that content editors write: YAML-style front matter (title, lang/language), ATX and
 * setext headings, paragraphs, list items and fenced code. Inline markup is reduced to its text (links keep
 * their label, images their alt text), because retrieval and citation compare words, not markup.
 */
export function parseMarkdown(source: string, fallbackTitle: string): ParsedDocument {
  const { meta, body } = frontMatter(source.replace(/\r\n?/g, "\n"));
  const lines = body.split("\n");
  const blocks: DocumentBlock[] = [];
  let paragraph: string[] = [];
  let listItem: string[] | null = null;

  const flush = () => {
    if (listItem) push({ kind: "list-item", text: inline(listItem.join(" ")) });
    else if (paragraph.length > 0) push({ kind: "paragraph", text: inline(paragraph.join(" ")) });
    paragraph = [];
    listItem = null;
  };
  const push = (block: DocumentBlock) => {
    if (block.text) blocks.push(block);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fence = line.match(/^\s*(```|~~~)/);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? "").trimStart().startsWith(fence[1] ?? "```"); i++)
        code.push(lines[i] ?? "");
      push({ kind: "paragraph", text: code.join("\n").trim() });
      continue;
    }
    const atx = line.match(/^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/);
    if (atx) {
      flush();
      push({ kind: "heading", level: atx[1]?.length ?? 1, text: inline(atx[2] ?? "") });
      continue;
    }
    const next = lines[i + 1] ?? "";
    if (line.trim() && paragraph.length === 0 && !listItem && /^\s{0,3}(=+|-+)\s*$/.test(next)) {
      push({ kind: "heading", level: next.trim().startsWith("=") ? 1 : 2, text: inline(line) });
      i++;
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const bullet = line.match(/^\s*(?:[-*+]|\d+[.)])\s+(.*)$/);
    if (bullet) {
      flush();
      listItem = [bullet[1] ?? ""];
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    const text = line.replace(/^\s*>\s?/, "");
    if (listItem) listItem.push(text.trim());
    else paragraph.push(text.trim());
  }
  flush();

  const firstH1 = blocks.find((b) => b.kind === "heading" && b.level === 1)?.text;
  const title = meta.title || firstH1 || fallbackTitle;
  const language = meta.lang || meta.language;
  return language ? { title, language: language.toLowerCase(), blocks } : { title, blocks };
}

function frontMatter(source: string): { meta: Record<string, string>; body: string } {
  const match = source.match(/^---\n([\s\S]*?)\n---\n?/);
  if (!match) return { meta: {}, body: source };
  const meta: Record<string, string> = {};
  for (const line of (match[1] ?? "").split("\n")) {
    const pair = line.match(/^([A-Za-z_][\w-]*)\s*:\s*(.*)$/);
    if (pair?.[1]) meta[pair[1].toLowerCase()] = (pair[2] ?? "").trim().replace(/^["']|["']$/g, "");
  }
  return { meta, body: source.slice(match[0].length) };
}

function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
