import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { chunkDocument } from "./chunk-document.ts";
import { documentContentHash } from "./content-hash.ts";
import type { ParsedDocument } from "./parsed-document.ts";

const doc: ParsedDocument = {
  title: "Passports",
  blocks: [
    { kind: "heading", level: 1, text: "Passports" },
    { kind: "paragraph", text: "Passports are issued by the town hall." },
    { kind: "heading", level: 2, text: "Renewal" },
    {
      kind: "paragraph",
      text: "Renew before expiry. Bring your old passport. Bring two photos. Pay the fee online.",
    },
    { kind: "list-item", text: "Adults: 86 euros" },
    { kind: "heading", level: 3, text: "Urgent renewal" },
    { kind: "paragraph", text: "An urgent renewal takes two days." },
    { kind: "heading", level: 2, text: "Lost passport" },
    { kind: "paragraph", text: "Report the loss to the police." },
  ],
};

describe("chunkDocument", () => {
  it("keeps each chunk within one section and carries its heading trail", () => {
    const chunks = chunkDocument(doc, { maxChars: 500 });
    assert.deepEqual(
      chunks.map((c) => [c.ordinal, c.headingPath, c.text]),
      [
        [0, ["Passports"], "Passports are issued by the town hall."],
        [
          1,
          ["Passports", "Renewal"],
          "Renew before expiry. Bring your old passport. Bring two photos. Pay the fee online.\n- Adults: 86 euros",
        ],
        [2, ["Passports", "Renewal", "Urgent renewal"], "An urgent renewal takes two days."],
        [3, ["Passports", "Lost passport"], "Report the loss to the police."],
      ],
    );
  });

  it("splits a long paragraph between sentences", () => {
    const chunks = chunkDocument(doc, { maxChars: 45 });
    const renewal = chunks.filter((c) => c.headingPath.at(-1) === "Renewal").map((c) => c.text);
    assert.deepEqual(renewal, [
      "Renew before expiry.\nBring your old passport.",
      "Bring two photos.\nPay the fee online.",
      "- Adults: 86 euros",
    ]);
  });

  it("property: every chunk fits maxChars and no word is lost", () => {
    const word = fc.stringMatching(/^[a-z]{1,30}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 20 }).map((ws) => `${ws.join(" ")}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((ss) => ss.join(" "));
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 40, max: 300 }),
        (paragraphs, maxChars) => {
          const document: ParsedDocument = {
            title: "t",
            blocks: paragraphs.map((text) => ({ kind: "paragraph", text })),
          };
          const chunks = chunkDocument(document, { maxChars });
          const words = (text: string) => text.split(/\s+/).filter(Boolean);
          return (
            chunks.every((c) => c.text.length <= maxChars) &&
            words(chunks.map((c) => c.text).join(" ")).join("") === words(paragraphs.join(" ")).join("")
          );
        },
      ),
    );
  });
});

describe("documentContentHash", () => {
  it("ignores whitespace differences and changes with the wording", () => {
    const spaced: ParsedDocument = {
      ...doc,
      blocks: doc.blocks.map((b) => ({ ...b, text: ` ${b.text}  ` })),
    };
    assert.equal(documentContentHash(doc), documentContentHash(spaced));
    const changed: ParsedDocument = {
      ...doc,
      blocks: [...doc.blocks, { kind: "paragraph", text: "New rule." }],
    };
    assert.notEqual(documentContentHash(doc), documentContentHash(changed));
    assert.match(documentContentHash(doc), /^[0-9a-f]{64}$/);
  });
});
