import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildDocx, buildPdf } from "./fixtures/build-fixture-files.ts";
import { parseDocument } from "./parse-document.ts";
import type { ParsedDocument } from "./parsed-document.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function parsed(bytes: Uint8Array, filename: string): Promise<ParsedDocument> {
  const result = await parseDocument(bytes, filename);
  assert.equal(result.status, "parsed", JSON.stringify(result));
  if (result.status !== "parsed") throw new Error("unreachable");
  return result.document;
}

describe("parseDocument", () => {
  it("parses Markdown with front matter, headings, lists and inline markup", async () => {
    const doc = await parsed(
      utf8(
        "---\ntitle: Passport guide\nlang: fr\n---\n# Passeports\n\nLe **renouvellement** se fait [en ligne](https://example.org).\nSur deux lignes.\n\n## Pièces\n\n- une photo\n- l'ancien passeport\n\nSetext\n------\n\n```\ncode block\n```\n",
      ),
      "guide.md",
    );
    assert.equal(doc.title, "Passport guide");
    assert.equal(doc.language, "fr");
    assert.deepEqual(doc.blocks, [
      { kind: "heading", level: 1, text: "Passeports" },
      { kind: "paragraph", text: "Le renouvellement se fait en ligne. Sur deux lignes." },
      { kind: "heading", level: 2, text: "Pièces" },
      { kind: "list-item", text: "une photo" },
      { kind: "list-item", text: "l'ancien passeport" },
      { kind: "heading", level: 2, text: "Setext" },
      { kind: "paragraph", text: "code block" },
    ]);
  });

  it("parses HTML, dropping scripts, styles and navigation but keeping headings", async () => {
    const doc = await parsed(
      utf8(`<!doctype html><html lang="de"><head><title>Ummeldung &amp; Wohnsitz</title><style>p{color:red}</style></head>
      <body><nav><a href="/">Home</a></nav><script>alert("x")</script>
      <h1>Wohnsitz <em>ummelden</em></h1><p>Sie haben 14&nbsp;Tage Zeit.<br>Online oder im Amt.</p>
      <ul><li>Ausweis</li><li>Wohnungsgeberbestätigung</li></ul><!-- hidden --><h2>Gebühren</h2><div>Kostenlos.</div></body></html>`),
      "page.html",
    );
    assert.equal(doc.title, "Ummeldung & Wohnsitz");
    assert.equal(doc.language, "de");
    assert.deepEqual(doc.blocks, [
      { kind: "heading", level: 1, text: "Wohnsitz ummelden" },
      { kind: "paragraph", text: "Sie haben 14 Tage Zeit." },
      { kind: "paragraph", text: "Online oder im Amt." },
      { kind: "list-item", text: "Ausweis" },
      { kind: "list-item", text: "Wohnungsgeberbestätigung" },
      { kind: "heading", level: 2, text: "Gebühren" },
      { kind: "paragraph", text: "Kostenlos." },
    ]);
  });

  it("extracts the text and title of a real PDF", async () => {
    const doc = await parsed(
      buildPdf(["Passport renewal", "Bring two photos.", "The fee is 86 euros."], "Renewal guide"),
      "r.pdf",
    );
    assert.equal(doc.title, "Renewal guide");
    const text = doc.blocks.map((b) => b.text).join(" ");
    assert.match(text, /Bring two photos\./);
    assert.match(text, /The fee is 86 euros\./);
  });

  it("turns DOCX heading styles into headings", async () => {
    const doc = await parsed(
      buildDocx([
        { style: "Heading1", text: "Passports" },
        { text: "Renew online or at the town hall." },
        { style: "Heading2", text: "Fees" },
        { text: "Adults pay 86 euros & children 42." },
      ]),
      "Guide.DOCX",
    );
    assert.equal(doc.title, "Passports");
    assert.deepEqual(doc.blocks, [
      { kind: "heading", level: 1, text: "Passports" },
      { kind: "paragraph", text: "Renew online or at the town hall." },
      { kind: "heading", level: 2, text: "Fees" },
      { kind: "paragraph", text: "Adults pay 86 euros & children 42." },
    ]);
  });

  it("reports unsupported, unreadable and empty files as values", async () => {
    assert.deepEqual(await parseDocument(utf8("x"), "notes.txt"), {
      status: "failed",
      reason: "unsupported-format",
      detail: 'unsupported file type ".txt"',
    });
    const broken = await parseDocument(utf8("not a pdf"), "broken.pdf");
    assert.equal(broken.status === "failed" && broken.reason, "unreadable");
    const empty = await parseDocument(utf8("<html><script>x</script></html>"), "empty.html");
    assert.equal(empty.status === "failed" && empty.reason, "empty");
  });
});
