import assert from "node:assert/strict";
import { test } from "node:test";
import { IntlMessageFormat } from "intl-messageformat";
import {
  catalogue,
  LOCALES,
  type Locale,
  type MessageValues,
  negotiateLocale,
  textDirection,
  translator,
} from "./index.ts";

type MessageAst = ReturnType<IntlMessageFormat["getAst"]>;
type ArgumentKind = "text" | "number" | "date";

// Element types of the ICU parser's syntax tree (@formatjs/icu-messageformat-parser, used by intl-messageformat).
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const PLURAL = 6;

interface MessageShape {
  /** Every argument a message reads, and whether it needs a number or a date. */
  args: Map<string, ArgumentKind>;
  /** Every option key of every plural block, e.g. `one`, `few`, `=0`. */
  pluralKeys: string[];
}

function shapeOf(message: string, locale: Locale): MessageShape {
  const shape: MessageShape = { args: new Map(), pluralKeys: [] };
  const walk = (elements: MessageAst): void => {
    for (const element of elements) {
      const node = element as {
        type: number;
        value?: unknown;
        options?: Record<string, { value: MessageAst }>;
        children?: MessageAst;
      };
      if (typeof node.value === "string" && node.type !== 0) {
        const kind: ArgumentKind =
          node.type === NUMBER || node.type === PLURAL
            ? "number"
            : node.type === DATE || node.type === TIME
              ? "date"
              : "text";
        if (kind !== "text" || !shape.args.has(node.value)) shape.args.set(node.value, kind);
      }
      if (node.type === PLURAL && node.options) shape.pluralKeys.push(...Object.keys(node.options));
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return shape;
}

const sampleValue = { text: "x", number: 3, date: new Date(Date.UTC(2026, 0, 15)) } as const;

for (const locale of LOCALES.filter((locale) => locale !== "en")) {
  test(`${locale} is complete: every English message is translated`, () => {
    const own = new Set(Object.keys(catalogue(locale)));
    const missing = Object.keys(catalogue("en")).filter((key) => !own.has(key));
    assert.deepEqual(missing, []);
  });
}

test("no catalogue has a message that English lacks, and every message is valid ICU", () => {
  const english = new Set(Object.keys(catalogue("en")));
  for (const locale of LOCALES) {
    for (const [key, message] of Object.entries(catalogue(locale))) {
      assert.ok(english.has(key), `${locale}: ${key} is not in the English catalogue`);
      assert.doesNotThrow(() => new IntlMessageFormat(message, locale), `${locale}: ${key}`);
    }
  }
});

test("translations keep English's placeholders, use their language's plural categories, and format", () => {
  const english = catalogue("en");
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
    for (const [key, message] of Object.entries(catalogue(locale))) {
      const shape = shapeOf(message, locale);
      const reference = shapeOf(english[key] ?? "", "en");
      const own = [...shape.args.keys()].sort().join(", ");
      const expected = [...reference.args.keys()].sort().join(", ");
      if (own !== expected) problems.push(`${locale}: ${key} uses {${own}} where English uses {${expected}}`);
      for (const option of shape.pluralKeys) {
        if (!/^=\d+$/.test(option) && !categories.has(option)) {
          problems.push(`${locale}: ${key} has a plural option “${option}” that ${locale} does not use`);
        }
      }
      // A translation may count where English only inserts (e.g. an Arabic plural for {max}), so a
      // placeholder gets a number when either message needs one.
      const values: MessageValues = {};
      for (const name of new Set([...reference.args.keys(), ...shape.args.keys()])) {
        const kinds = [reference.args.get(name), shape.args.get(name)];
        values[name] =
          sampleValue[kinds.includes("number") ? "number" : kinds.includes("date") ? "date" : "text"];
      }
      try {
        translator(locale).t(key, values);
      } catch (error) {
        problems.push(`${locale}: ${key} does not format: ${(error as Error).message}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("messages format with plurals; Arabic is right-to-left and fully translated", () => {
  assert.equal(translator("en").t("staff.ledgerOk", { count: 1 }), "The ledger is intact: 1 event checked.");
  assert.match(translator("fr").t("staff.ledgerOk", { count: 3 }), /3 événements vérifiés/);
  const arabic = translator("ar");
  assert.equal(arabic.direction, "rtl");
  assert.equal(arabic.t("home.title"), catalogue("ar")["home.title"]);
  assert.equal(arabic.t("staff.title"), catalogue("ar")["staff.title"]);
  assert.notEqual(arabic.t("staff.title"), catalogue("en")["staff.title"]);
  assert.equal(arabic.t("staff.ledgerOk", { count: 2 }), "السجل سليم: تم التحقق من حدثين.");
  assert.equal(arabic.t("staff.ledgerOk", { count: 11 }), "السجل سليم: تم التحقق من 11 حدثًا.");
  assert.equal(arabic.t("review.queueCount", { count: 0 }), "لا توجد طلبات مطابقة.");
  assert.equal(translator("en").t("no.such.key"), "no.such.key");
});

test("text values in right-to-left messages keep their own direction; numbers and left-to-right messages are untouched", () => {
  const arabic = translator("ar").t("review.caseTitle", { reference: "ABCDE-12345" });
  assert.ok(arabic.includes("\u2068ABCDE-12345\u2069"), arabic);
  assert.equal(arabic.replace(/[\u2068\u2069]/g, "").includes("ABCDE-12345"), true);
  const english = translator("en").t("review.caseTitle", { reference: "ABCDE-12345" });
  assert.doesNotMatch(english, /[\u2068\u2069]/);
  assert.doesNotMatch(translator("ar").t("staff.ledgerOk", { count: 11 }), /[\u2068\u2069]/);
});

test("content languages have a direction, whether or not the interface offers them", () => {
  for (const code of ["ar", "ar-EG", "fa", "HE", "ur"]) assert.equal(textDirection(code), "rtl", code);
  for (const code of ["en", "en-GB", "fr", "es", "", "xx"]) assert.equal(textDirection(code), "ltr", code);
  assert.deepEqual(
    LOCALES.map((locale) => translator(locale).direction),
    ["ltr", "ltr", "rtl"],
  );
});

test("Accept-Language negotiation picks the best supported language", () => {
  assert.equal(negotiateLocale("de-DE, fr;q=0.8, en;q=0.5"), "fr");
  assert.equal(negotiateLocale("ar-MA"), "ar");
  assert.equal(negotiateLocale("zh-CN"), "en");
  assert.equal(negotiateLocale(undefined), "en");
});
