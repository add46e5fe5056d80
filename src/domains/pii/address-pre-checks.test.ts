import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { assertSound as assertSoundOver, stickyMatch } from "../../../test/support/pre-check-properties.ts";
import { testHooks as hooks } from "./address-recogniser.ts";
import { testHooks as detect } from "./detect-personal-data.ts";
import { lowerOf, NUMBER, type TokenTable, type TokenWordSet, tokensOf, UPPER, WORD } from "./scan.ts";

/**
 * The address recogniser runs each costly pattern only where a cheap check says it can match. A check is sound
 * when the pattern never matches where the check says no: these properties hold every check to that, on texts
 * built from address-like pieces (so the patterns do match often) and awkward characters.
 */

const pieces = fc.constantFrom(
  ..."12 5 7B 221 02110 62704 75001 123456 ١٢ # #4 #A 12-14 5-3a 7-1234".split(" "),
  ..."Apt apt APT Suite FlatS Floors1 Unit Box Room piso Wohnung ſuite ÉTAGE étage aPt 2º".split(" "),
  ..."Oak Street St. Road Rd Lane Avenue rue Rue de la Paix Calle Mayor Via".split(" "),
  ..."Hauptstraße Landstr. Storgatan Kirkevej út Andrássy HAUPTSTRASSE".split(" "),
  ..."gate Kyrres Olav Straße STRASSE Platz utca u. u tér Caddesi".split(" "),
  ..."Springfield IL MA Boston Paris SW1A 1AA K1A 0B1 Kelly Main Hill the of and".split(" "),
  ..."𝐀bc İSTANBUL Ébène people came Ǆemal".split(" "),
  // Compass directions after a street type, Iberian floors and their sides, Brazilian units.
  ..."N W NE SW E-mail 2.º 3º Esq. Izda. Dcha apto ON M5H".split(" "),
  // Floors: Iberian nouns and the ground floor, Catalan floor and door, German storeys.
  ..."planta andar r/c R/C 1r 2a 3. OG EG eg links Stock".split(" "),
  "Queen St W",
  "Queen Street West",
  "Street North",
  "Street Upper",
  "Lower",
  // Whole address shapes, so the patterns with several parts match often.
  "Kelly Oak 12 Apt 5",
  "Olav Kyrres gate 7",
  "Kossuth u. 4",
  "Andrássy út 60",
  "7B Berliner Straße",
  "Hill 7 #A Apt B",
  "Elm 3B, Suite 4",
  "Oak 12 FlatS",
  "221 Baker Lane",
  "12 34 Elm Road",
  "St.Mary's 12-3 Oak Street",
  "12a-3 Elm Road",
  "Jean-Pierre O’Neil 5, Suite 3",
  "Oak 12, EG links",
  "Rua Elias 10, r/c Esq.",
  "Calle Mayor 5, 1r 2a",
  "Hauptstraße 5, 3. OG",
  "ab. Oak 12 Apt 4",
  ",",
  ".",
  "\n",
  "\r\n",
  "\t",
);
const separators = fc.constantFrom(
  " ",
  " ",
  " ",
  "",
  ", ",
  "\n",
  "  ",
  "\u00a0",
  " - ",
  ". ",
  "  – ",
  " -  ",
  "\t-\t",
);
const addressLikeTexts = fc
  .array(fc.tuple(pieces, separators), { minLength: 2, maxLength: 14 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(""));

function matchesAt(pattern: RegExp, text: string, position: number): boolean {
  return stickyMatch(pattern, text, position) !== undefined;
}

/** Holds `check` over address-like texts (with each text's tokens), failing when the pattern seldom matched. */
function assertSound(name: string, check: (text: string, table: TokenTable) => number): void {
  assertSoundOver(name, addressLikeTexts, (text) => check(text, tokensOf(text)), 3000);
}

test("numberNameLine matches only where a capital follows the house number", () => {
  assertSound("numberNameLine", (text, table) => {
    let matches = 0;
    for (let token = 0; token < table.count; token++) {
      if (table.kind[token] !== NUMBER || !matchesAt(hooks.numberNameLine, text, table.start[token]!))
        continue;
      matches++;
      assert.ok(
        hooks.capitalAfterHouseNumber(table, token),
        `${JSON.stringify(text)} at ${table.start[token]}`,
      );
    }
    return matches;
  });
});

test("nameNumberLine ends a line only where spaces or units follow its house number", () => {
  assertSound("nameNumberLine", (text, table) => {
    let matches = 0;
    for (let token = 0; token < table.count; token++) {
      const position = table.start[token]!;
      const core = table.kind[token] === WORD ? stickyMatch(hooks.nameNumberLine, text, position) : undefined;
      if (core === undefined) continue;
      const units = stickyMatch(hooks.unitsAfter, text, position + core.length) ?? "";
      if (!hooks.lineEndsAt(text, position + core.length + units.length)) continue;
      matches++;
      assert.ok(hooks.lineMayEndAfterHouseNumber(table, token), `${JSON.stringify(text)} at ${position}`);
    }
    return matches;
  });
});

test("the patterns after a house number go on from it with a space", () => {
  assertSound("spaceAfterHouseNumber", (text, table) => {
    let matches = 0;
    for (let token = 0; token < table.count; token++) {
      if (table.kind[token] !== NUMBER) continue;
      const position = table.start[token]!;
      for (const pattern of [
        hooks.numberFirst,
        hooks.numberNameNumberUnit,
        hooks.numberThenSeparateType,
        hooks.numberNameLine,
      ]) {
        if (!matchesAt(pattern, text, position)) continue;
        matches++;
        assert.ok(
          hooks.spaceAfterHouseNumber(text, table.end[token]!),
          `${pattern.source.slice(0, 20)} in ${JSON.stringify(text)} at ${position}`,
        );
      }
    }
    return matches;
  });
});

test("the patterns of names before a house number reach a digit after at most three words", () => {
  assertSound("digitAfterWords", (text, table) => {
    let matches = 0;
    for (let token = 0; token < table.count; token++) {
      if (table.kind[token] !== WORD) continue;
      const position = table.start[token]!;
      const patterns = [
        ["namedNumberFirst", hooks.namedNumberFirstEnd(text, position) >= 0],
        ["numberNameNumberUnit", matchesAt(hooks.numberNameNumberUnit, text, position)],
        ["nameNumberLine", matchesAt(hooks.nameNumberLine, text, position)],
      ] as const;
      for (const [name, matched] of patterns) {
        if (!matched) continue;
        matches++;
        assert.ok(
          hooks.digitAfterWords(table, token, 3),
          `${name} in ${JSON.stringify(text)} at ${position}`,
        );
      }
    }
    return matches;
  });
});

test("street names with a separate street type match only where the type word and a number follow", () => {
  assertSound("nameThenSeparateType / numberThenSeparateType", (text, table) => {
    let matches = 0;
    for (let token = 0; token < table.count; token++) {
      const position = table.start[token]!;
      if (table.kind[token] === WORD && matchesAt(hooks.nameThenSeparateType, text, position)) {
        matches++;
        assert.ok(hooks.separateTypeAfterName(table, token), `${JSON.stringify(text)} at ${position}`);
      }
      if (table.kind[token] === NUMBER && matchesAt(hooks.numberThenSeparateType, text, position)) {
        matches++;
        assert.ok(hooks.separateTypeAfterNumber(table, token), `${JSON.stringify(text)} at ${position}`);
      }
    }
    return matches;
  });
});

test("numberNameNumberUnit matches only before a unit that follows a house number", () => {
  assertSound("numberNameNumberUnit", (text, table) => {
    let matches = 0;
    for (let token = 0; token < table.count; token++) {
      const position = table.start[token]!;
      if (!matchesAt(hooks.numberNameNumberUnit, text, position)) continue;
      matches++;
      assert.ok(hooks.unitAfterNumberFrom(table, position), `${JSON.stringify(text)} at ${position}`);
    }
    return matches;
  });
});

test("a continuation separator opens with a comma, a line break, or spaces before a digit or two capitals", () => {
  assertSound("continuation separators", (text) => {
    let matches = 0;
    for (let position = 0; position < text.length; position++) {
      if (matchesAt(hooks.continuationSeparator, text, position)) {
        matches++;
        assert.ok(hooks.mayOpenSeparator(text, position), `${JSON.stringify(text)} at ${position}`);
      }
      if (matchesAt(hooks.spaceSeparator, text, position)) {
        matches++;
        assert.ok(hooks.mayOpenSpaceSeparator(text, position), `${JSON.stringify(text)} at ${position}`);
      }
      if (matchesAt(hooks.dashSeparator, text, position)) {
        matches++;
        assert.ok(hooks.mayOpenDashSeparator(text, position), `${JSON.stringify(text)} at ${position}`);
      }
    }
    return matches;
  });
});

test("a postal code follows a place only after a comma or space and then an ASCII digit or capital", () => {
  assertSound("postalFollower", (text) => {
    let matches = 0;
    for (let position = 0; position < text.length; position++) {
      if (!matchesAt(detect.postalFollower, text, position)) continue;
      matches++;
      assert.ok(detect.mayFollowWithPostalCode(text, position), `${JSON.stringify(text)} at ${position}`);
    }
    return matches;
  });
});

test("compound suffixes read from the text agree with the lower-cased word", () => {
  assertSound("compound suffixes", (_text, table) => {
    let suffixed = 0;
    for (let token = 0; token < table.count; token++) {
      if (table.kind[token] !== WORD) continue;
      const expected = hooks.endsWithCompoundSuffix(lowerOf(table, token));
      if (expected) suffixed++;
      assert.equal(hooks.tokenEndsWithCompoundSuffix(table, token), expected, lowerOf(table, token));
    }
    return suffixed;
  });
});

/** The look-ahead as it was written before the per-text index: a scan of the next tokens. */
function scanAhead(table: TokenTable, token: number, span: number, words: TokenWordSet): boolean {
  const limit = Math.min(table.count, token + 1 + span);
  for (let next = token + 1; next < limit; next++) {
    if (table.start[next]! > table.start[token]! + 80) return false;
    if (table.kind[next] === WORD && words.hasToken(table, next)) return true;
  }
  return false;
}

test("the look-ahead answers as a scan of the next tokens would", () => {
  assertSound("look-ahead", (text, table) => {
    let found = 0;
    for (let token = 0; token < table.count; token++) {
      if (table.kind[token] !== NUMBER && table.first[token] !== UPPER) continue;
      const ahead = hooks.classesAhead(table, token);
      for (const [span, words, bit] of [
        [10, hooks.englishStreetTypeSet, hooks.STREET_TYPE],
        [3, hooks.leadingTypeSet, hooks.LEADING_TYPE],
        [8, hooks.unitWordSet, hooks.UNIT_WORD],
      ] as const) {
        const expected = scanAhead(table, token, span, words);
        if (expected) found++;
        assert.equal((ahead & bit) !== 0, expected, `${JSON.stringify(text)} at token ${token}`);
      }
    }
    return found;
  });
});

test("units follow a street line only where a comma or space opens them, then a unit or a floor", () => {
  assertSound("units after", (text) => {
    let matches = 0;
    for (let position = 0; position <= text.length; position++) {
      for (const ignoringCase of [false, true]) {
        const units = ignoringCase ? hooks.unitsAfterIgnoringCase : hooks.unitsAfter;
        const value = stickyMatch(units, text, position);
        if (value === undefined || value.length === 0) continue;
        matches++;
        assert.ok(hooks.mayOpenUnits(text, position, ignoringCase), `${JSON.stringify(text)} at ${position}`);
      }
    }
    return matches;
  });
});

test("a unit line opens with a unit word or #", () => {
  assertSound("unit line", (text) => {
    let matches = 0;
    for (let position = 0; position < text.length; position++) {
      if (!matchesAt(hooks.unitLine, text, position)) continue;
      matches++;
      assert.ok(hooks.mayOpenUnitBody(text, position), `${JSON.stringify(text)} at ${position}`);
    }
    return matches;
  });
});
