import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import {
  assertSound as assertSoundWithRuns,
  checkAtNumbers,
  stickyMatch,
} from "../../../test/support/pre-check-properties.ts";
import { testHooks as age } from "./age-expressions.ts";
import { mod97 } from "./checksums.ts";
import { testHooks as date } from "./date-recogniser.ts";
import { testHooks as nationalId } from "./national-id-recogniser.ts";
import { isValidIban, testHooks as validators } from "./national-id-validators.ts";
import { testHooks as phone } from "./phone-recogniser.ts";
import { testHooks as postal } from "./postal-code-recogniser.ts";
import { matchInWindows, tokensOf } from "./scan.ts";
import { testHooks as structured } from "./structured-recogniser.ts";

/**
 * Recognisers run a costly pattern only where a cheap pre-check says it can match. A pre-check is sound when
 * the pattern never matches where it says no: these properties hold each pre-check to that, on texts built from
 * pieces shaped like the pattern (so it does match often) mixed with characters on the edges of its classes.
 */

const asciiDigit = fc.constantFrom(..."0123456789");
const capital = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ");

/** A piece written as a template: "#" stands for any ASCII digit and "^" for any ASCII capital. */
function shaped(template: string): fc.Arbitrary<string> {
  const parts = [...template].map((character) =>
    character === "#" ? asciiDigit : character === "^" ? capital : fc.constant(character),
  );
  return fc.tuple(...parts).map((characters) => characters.join(""));
}

/**
 * Characters that patterns and pre-checks may read differently: separators, both cases, letters that match
 * ASCII ones ignoring case under the `u` flag (ſ is s, K is k), one that lower-cases to two code units (İ),
 * Arabic-Indic digits (Unicode digits, not `\d`), an astral letter, line breaks, NBSP and other spaces.
 */
const awkward = fc.constantFrom(
  ..."0123456789 -./:,;()+@#_'".split(""),
  ..."aAdDeEjJmMnNoOrRsStTxXyYzZ".split(""),
  ..."é É ſ K İ ı ß º ª ٣ ٤ 𝐀 ي ا ه".split(" "),
  "\n",
  "\r\n",
  "\t",
  "\u00a0",
  "\u2003",
  "  ",
);

/** Texts of up to `maxPieces` pieces, two in three from `templates` and the others awkward characters. */
function textsFrom(templates: readonly string[], maxPieces = 12): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 2, arbitrary: fc.oneof(...templates.map(shaped)) },
    { weight: 1, arbitrary: awkward },
  );
  return fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(""));
}

function at(text: string, position: number): string {
  return `${JSON.stringify(text)} at ${position}`;
}

/** Runs per property: the whole file stays around a few seconds. */
const numRuns = 10000;

function assertSound<Value>(
  name: string,
  values: fc.Arbitrary<Value>,
  check: (value: Value) => number,
): void {
  assertSoundWithRuns(name, values, check, numRuns);
}

function countAsciiDigits(value: string): number {
  let digits = 0;
  for (const character of value) if (character >= "0" && character <= "9") digits++;
  return digits;
}

// Dates -------------------------------------------------------------------------------------------------------

const dateTemplates = [
  "####-#-##",
  "20##-##-##T##:##:##Z",
  "19##-##-## ##:##",
  "##/##/####",
  "#.#.##",
  "##-##-##, at #:## pm",
  "#th March 19##",
  "#ST of MAY",
  "#ſt ſept",
  "##. März 20##",
  "#er janvier",
  "# de mayo de 18##",
  "##º Oct",
  "#ª de junio",
  "## Sept.",
  "#e août",
  "#nd Dec",
  "#RD JUNE, #:## PM",
  "## OKTOBER",
  "## APRİL",
  "## يناير ####",
  "# mars 20##",
  "## Février",
  "#\u00a0noviembre",
  "## enero de ####",
  "## ſeptembre",
  "## أكتوبر",
  "## dezembro",
  "18##",
  "19##",
  "20##",
  "####",
  "#####",
  "###",
  "##:##",
  "#:##:## a.m.",
];

/**
 * `recogniseDateAt` drops a match that a letter or digit follows, with the same outcome as the pre-check saying
 * no: the property is stated for the matches it keeps. (The bare pattern does match in "19999", at a token the
 * pre-check rejects for its five digits: only the dropping makes that rejection right.)
 */
function numericDateKeptAt(text: string, start: number): boolean {
  const value = stickyMatch(date.numericDate, text, start);
  if (value === undefined) return false;
  const end = start + value.length;
  return end === text.length || !date.isAfterBlocker(text.charCodeAt(end));
}

/** The numericDate property at the number tokens whose digit count `digitsFilter` accepts. */
function assertNumericDateSound(name: string, digitsFilter: (digits: number) => boolean): void {
  assertSound(name, textsFrom(dateTemplates), (text) =>
    checkAtNumbers(
      text,
      (start, end) => digitsFilter(end - start) && numericDateKeptAt(text, start),
      (start, end) => date.mayStartNumericDate(text, start, end),
    ),
  );
}

test("numericDate matches at a one- or two-digit token only before a character that may follow a day", () => {
  assertNumericDateSound("numericDate after one or two digits", (digits) => digits <= 2);
});

test("numericDate matches at a longer token only at four digits before a hyphen or of a year 1800-2099", () => {
  assertNumericDateSound("numericDate after three digits or more", (digits) => digits > 2);
});

const ageTemplates = [
  "## years old",
  "#-year-old",
  "## Yrs-old",
  "### yr old",
  "## y/o",
  "##yo",
  "## Y.O.",
  "## ans",
  "## AÑOS",
  "## Jahre alt",
  "## anos",
  "## سنة",
  "## عاما",
  "## عامًا",
  "aged ##",
  "age of ##",
  "Age: ##",
  "AGE\u00a0##",
  "turned ##",
  "turnſ ##",
  "âgé de ##",
  "ÂGÉE DE\n##",
  "edad de ##",
  "tengo ##",
  "Tiene ##",
  "im Alter von ##",
  "mit ##",
  "com ##",
  "tenho ##",
  "tem ##",
  "عمري ##",
  "عمره ##",
  "عمرها ##",
];

test("ageAfter matches at a number token only before y, a hyphen and y, or a space and an age word", () => {
  assertSound("ageAfter", textsFrom(ageTemplates), (text) =>
    checkAtNumbers(
      text,
      (start) => stickyMatch(age.ageAfter, text, start) !== undefined,
      (_start, end) => age.mayMatchAgeAfter(text, end),
    ),
  );
});

test("an age's number is read as Number reads it, non-ASCII digits as no number", () => {
  const digit = fc.constantFrom(..."0123456789٠١٢٣٤٥٦٧٨٩０９");
  fc.assert(
    fc.property(
      fc.string({ maxLength: 3 }),
      fc.array(digit, { minLength: 1, maxLength: 3 }),
      (before, digits) => {
        const number = digits.join("");
        const text = `${before}${number} years`;
        const expected = Number(number);
        assert.ok(
          Object.is(age.numberValue(text, before.length, before.length + number.length), expected),
          text,
        );
      },
    ),
    { numRuns: 2000 },
  );
});

test("copulaBefore matches the window before a number only after the last character of a copula", () => {
  const copulaTemplates = [
    "who is ##",
    "WHO'S ##",
    "i’m ##",
    "I AM ##",
    "She Is ##",
    "ich bin ##",
    "BEIDE ##",
    "sie ist ##",
  ];
  assertSound("copulaBefore", textsFrom(copulaTemplates), (text) =>
    checkAtNumbers(
      text,
      (start) => age.copulaBefore.test(text.slice(Math.max(0, start - 14), start)),
      (start) => start >= 2 && age.endsCopula(text.charCodeAt(start - 2)),
    ),
  );
});

test("ageBefore matches the window before a number only after the last character of a cue and a space", () => {
  assertSound("ageBefore", textsFrom(ageTemplates), (text) =>
    checkAtNumbers(
      text,
      // The window `recogniseAgeAt` tests.
      (start) => age.ageBefore.test(text.slice(Math.max(0, start - 14), start)),
      (start) => age.mayMatchAgeBefore(text, start),
    ),
  );
});

// National identifiers ----------------------------------------------------------------------------------------

const nationalIdTemplates = [
  "###-##-####",
  "### ## ####",
  "#########",
  " ^^ ## ## ## C ",
  " ^^######A ",
  " ^^ ##### #D.",
  " ^^ ## ####B",
  // The same typed in lower case.
  " jt ## ## ## a ",
  " ab######c ",
  "xy ##### #d.",
  "### ### ####",
  "###-###-###",
  "##########",
  "# ## ## ## ### ### ##",
  "1 ## ## 2A ### ### ##",
  " 2####2A###### ",
  "2####2B######",
  "###############",
  " ########^ ",
  "########-^",
  " X-#######-^ ",
  "Y#######^",
  "## ### ### ###",
  "###########",
  " ^^^^^^##^##^###^ ",
  "rssmra85t10a562s",
  "###.###.###-##",
  "2### #### ####",
  "9###-####-####",
  "############",
  "##/########/##",
  "## ######## ##",
  "1#########",
  " 2######### ",
  "784-####-#######-#",
  "784###########",
  "784####-#######-#",
  "784-###########",
  "756.####.####.##",
  " 756####.####.## ",
  "756##########",
  "##.##.##-###.##",
  "#.###.###-K",
  "##.###.###-#",
  "########k",
  "#######^^",
  " #######^ ",
  "#### ######",
  "HELJ######HDFRPS##",
  "GOMA######MDFRRN^#",
  "PEXL######XJCLRA^#",
  "BADD######HCMLNS##",
  " SOTC######MNLSTR##.",
  "2###########",
  " 3###########-",
  " 2########### ",
  "3###########.",
  "2#############",
  "3############# ",
  // Portugal's citizen card number: "12345678 9 ZZ1".
  " ######## # ^^# ",
  "#########^^#",
  // France's tax number: 13 digits opening with 0 to 3, grouped 2 2 3 3 3.
  "1# ## ### ### ###",
  " 0############ ",
  "3# ##### ### ###.",
  // Germany's pension insurance number: "65 170839 J 003", "65170839J003".
  "## ###### ^ ###",
  " ########^### ",
  "## ######^ ###.",
  // Germany's health insurance number: "A123456780".
  " ^######### ",
  "^#########.",
];

/** A window of a text, as flat [from, to] offsets: a random one, so the property holds for every window. */
const textsWithWindow = fc
  .tuple(textsFrom(nationalIdTemplates), fc.nat(), fc.nat())
  .map(([text, first, second]) => {
    const ends = [first % (text.length + 1), second % (text.length + 1)].sort((left, right) => left - right);
    return { text, from: ends[0]!, to: ends[1]! };
  });

for (const spec of nationalId.specs) {
  test(`the ${spec.label} pattern matches only in windows whose shape fits it`, () => {
    assertSound(spec.label, textsWithWindow, ({ text, from, to }) => {
      let matches = 0;
      // The recogniser's windows are some windows of the text; the whole text is one more.
      for (const [start, end] of [
        [0, text.length],
        [from, to],
      ] as const) {
        if (matchInWindows(text, [start, end], spec.pattern).length === 0) continue;
        matches++;
        assert.ok(
          spec.fits(nationalId.shapeOfWindow(text, start, end)),
          `${at(text, start)}, window to ${end}`,
        );
      }
      return matches;
    });
  });
}

// Postal codes ------------------------------------------------------------------------------------------------

const postalTemplates = [
  "#####",
  "##-###",
  "### ##",
  "####",
  "###",
  "##",
  "#",
  "######",
  "^####",
  "CP #####",
];

test("a bare postal code matches only at a token of two to five digits that nothing touches", () => {
  assertSound("bareCode", textsFrom(postalTemplates), (text) =>
    checkAtNumbers(
      text,
      (start) => stickyMatch(postal.bareCode, text, start) !== undefined,
      (start, end) => postal.mayBeBareCode(text, start, end),
    ),
  );
});

const postalFormatTemplates = [
  "^# #^^",
  "^## #^^",
  "^^# #^^",
  "^^## #^^",
  "^#^ #^^",
  "^^#^ #^^",
  "^^#^#^^",
  "#### ^^",
  "####  ^^",
  "#### ^",
  "####\u00a0^^",
];

test("a UK postcode matches before a token of one or two digits only with a space, digit and two capitals after", () => {
  assertSound("ukPostcode", textsFrom(postalFormatTemplates), (text) =>
    checkAtNumbers(
      text,
      (start, end) =>
        end - start <= 2 &&
        (stickyMatch(postal.ukPostcode, text, start - 2) !== undefined ||
          stickyMatch(postal.ukPostcode, text, start - 1) !== undefined),
      (_start, end) => postal.mayBeUkPostcode(text, end),
    ),
  );
});

test("a Dutch postcode matches at a token of four digits only before a space and two capitals", () => {
  assertSound("dutchPostcode", textsFrom(postalFormatTemplates), (text) =>
    checkAtNumbers(
      text,
      (start, end) => end - start === 4 && stickyMatch(postal.dutchPostcode, text, start) !== undefined,
      (_start, end) => postal.mayBeDutchPostcode(text, end),
    ),
  );
});

// Cards, IBANs and URLs ---------------------------------------------------------------------------------------

const structuredTemplates = [
  "#### #### #### ####",
  "####-####-####-####",
  "################",
  "#### ###### #####",
  "############",
  "###########",
  " ^^## ^^^^ #### #### #### ## ",
  " de########## ",
  "FR## #### #### #### #### #### ###",
  " GB##^^^^######## ",
  "^^## #### ####",
  "www.",
  "WwW.",
  "https://",
  "ww.",
];

test("the card pattern matches only in a text holding a tight cluster of twelve digits", () => {
  assertSound("cardPattern", textsFrom(structuredTemplates), (text) => {
    if (matchInWindows(text, [0, text.length], structured.cardPattern).length === 0) return 0;
    const facts = structured.recogniseIpv4Addresses(text, tokensOf(text), []);
    assert.ok(facts.longestTightCluster >= structured.cardMinDigits, JSON.stringify(text));
    return 1;
  });
});

/**
 * Disjoint windows in text order, as `digitWindows` gives: random cut points taken in pairs, or the whole text.
 * The property holds for any such list, so for the recogniser's too.
 */
const textsWithWindows = fc
  .tuple(textsFrom(structuredTemplates), fc.array(fc.nat(), { maxLength: 8 }))
  .map(([text, cuts]) => {
    const offsets = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort(
      (left, right) => left - right,
    );
    const paired = offsets.slice(0, offsets.length - (offsets.length % 2));
    return { text, windows: paired.length > 0 ? paired : [0, text.length] };
  });

function holdsWindow(windows: readonly number[], from: number, to: number): boolean {
  for (let window = 0; window < windows.length; window += 2) {
    if (windows[window] === from && windows[window + 1] === to) return true;
  }
  return false;
}

test("the IBAN pattern matches only in windows holding an anchor", () => {
  assertSound("ibanPattern", textsWithWindows, ({ text, windows }) => {
    let matches = 0;
    const anchors = structured.recogniseIpv4Addresses(text, tokensOf(text), []).ibanAnchors;
    const kept = structured.windowsWithAnchors(windows, anchors);
    for (let window = 0; window < windows.length; window += 2) {
      const from = windows[window]!;
      const to = windows[window + 1]!;
      if (matchInWindows(text, [from, to], structured.ibanPattern).length === 0) continue;
      matches++;
      assert.ok(holdsWindow(kept, from, to), `${at(text, from)}, window to ${to} dropped`);
    }
    return matches;
  });
});

test("a URL pattern matches only in a text holding :// or www. in any case", () => {
  assertSound("urlPattern", textsFrom(structuredTemplates), (text) => {
    const wwwDot = /www\./i.test(text);
    // hasWwwDot stands for this regex; together with "://" it gates the URL pattern.
    if (wwwDot) assert.ok(structured.hasWwwDot(text), JSON.stringify(text));
    if (matchInWindows(text, [0, text.length], structured.urlPattern).length > 0) {
      assert.ok(text.includes("://") || structured.hasWwwDot(text), JSON.stringify(text));
    }
    return wwwDot ? 1 : 0;
  });
});

test("an obfuscated '@' is looked for only where the pre-check finds a closing bracket after 'at' or '@'", () => {
  const templates = ["(at)", "[AT]", "{aT}", "(@)", "[@}", " at ", "a)", "t]", "(a t)", "ana(at)x.org"];
  assertSound("obfuscatedAt", textsFrom(templates), (text) => {
    structured.obfuscatedAt.lastIndex = 0;
    const matches = structured.obfuscatedAt.test(text);
    structured.obfuscatedAt.lastIndex = 0;
    if (matches) assert.ok(structured.mayHoldObfuscatedAt(text), JSON.stringify(text));
    return matches ? 1 : 0;
  });
});

test("a phone's extension is looked for only where its word may open, one comma and space on", () => {
  const templates = [
    " ext. 2245",
    ", x 12",
    " EXT 7",
    " extension 5",
    "  x 9",
    " Poste 214",
    ", Durchwahl 33",
    " RAMAL 12",
    " extensión 4",
    ",x3",
    " ſt 3",
    " K 4",
  ];
  assertSound("extension", textsFrom(templates, 3), (text) => {
    const number = `555-123-4567${text}`;
    phone.extension.lastIndex = 12;
    const matches = phone.extension.test(number);
    const expected = matches ? phone.extension.lastIndex : 12;
    assert.equal(phone.extensionEnd(number, 12), expected, JSON.stringify(number));
    return matches ? 1 : 0;
  });
});

test("a range's first day is looked for only after a dash or the last letter of a range word and a space", () => {
  const templates = [
    "3 to ",
    "12 and ",
    "3 au ",
    "3 À ",
    "3 a ",
    "3 al ",
    "3 e ",
    "3 Y ",
    "3. bis ",
    "3 UND ",
    "3-",
  ];
  const more = ["3 – ", "3\u00a0to\u00a0", "3 through ", "3 till ", "3 ET ", "3rd - "];
  assertSound("rangeBefore", textsFrom([...templates, ...more]), (text) => {
    const matches = date.rangeBefore.test(text);
    if (matches) assert.ok(date.mayEndRangeWord(`${text}7`, text.length), JSON.stringify(text));
    return matches ? 1 : 0;
  });
});

// Phone numbers -----------------------------------------------------------------------------------------------

const phoneDateTemplates = [
  "####-##-##",
  "####.#.#",
  "#####-##-##",
  "####-###-##",
  "##/##/####",
  "#/#/##",
  "##.##.#####",
  "19## - 20##",
  "18##/##",
  "20##-19##",
  "20###-##",
  "(##) ####-####",
];

test("a phone candidate is a date or a year range only with at most eight digits and a separator", () => {
  // Both patterns are anchored to the whole candidate, so candidates are short: one or two pieces. The property
  // holds for any string, so for every candidate the phone pattern finds.
  assertSound("isoDate and yearRange", textsFrom(phoneDateTemplates, 2), (candidate) => {
    if (!phone.isoDate.test(candidate) && !phone.yearRange.test(candidate)) return 0;
    const digits = countAsciiDigits(candidate);
    assert.ok(digits <= phone.dateDigitsAtMost, JSON.stringify(candidate));
    assert.ok(candidate.length !== digits, JSON.stringify(candidate));
    return 1;
  });
});

const phoneFormatTemplates = [
  "###-###-####",
  "(###) ###-####",
  "+1 ### ### ####",
  "1-###-###-####",
  "1######-####",
  "###.###.####",
  "##########",
  "0#########",
  "0##########",
  "(##) ## ## ##",
  "#### ## ## ## ##",
  "##-####",
  "#######",
  "########",
];

test("a North American number holds ten or eleven digits and a separator", () => {
  assertSound("northAmerican", textsFrom(phoneFormatTemplates, 3), (candidate) => {
    if (!phone.northAmerican.test(candidate)) return 0;
    const digits = countAsciiDigits(candidate);
    assert.ok(phone.mayBeNorthAmerican(digits, candidate.length === digits), JSON.stringify(candidate));
    return 1;
  });
});

test("a grouped national number holds a separator", () => {
  assertSound("groupedLocal", textsFrom(phoneFormatTemplates, 3), (candidate) => {
    if (!phone.groupedLocal.test(candidate)) return 0;
    assert.ok(candidate.length !== countAsciiDigits(candidate), JSON.stringify(candidate));
    return 1;
  });
});

test("an area code and subscriber number holds a separator", () => {
  const areaTemplates = ["0## ########", "0###/#######", "(0###) #######", "0##-#####", "#########"];
  assertSound("areaCodeAndSubscriber", textsFrom(areaTemplates, 2), (candidate) => {
    if (!phone.areaCodeAndSubscriber.test(candidate)) return 0;
    assert.ok(candidate.length !== countAsciiDigits(candidate), JSON.stringify(candidate));
    return 1;
  });
});

test("isTrunkPrefixed tells what /^0\\d{8,10}$/ does", () => {
  const trunkTemplates = ["0#######", "0########", "0#########", "0##########", "0###########", "1#########"];
  assertSound("trunk prefix", textsFrom(trunkTemplates, 2), (candidate) => {
    const expected = /^0\d{8,10}$/.test(candidate);
    const digits = countAsciiDigits(candidate);
    assert.equal(phone.isTrunkPrefixed(candidate, digits, candidate.length === digits), expected, candidate);
    return expected ? 1 : 0;
  });
});

// Replacements of regexes by code: the same answers on every input -----------------------------------------

const emailLocalCharacters = fc.constantFrom(
  ..."aZ0._%+-@ !#'".split(""),
  ..."é ß İ ٣ 𝐀 \u00a0 \ud800 \udc00".split(" "),
  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
);

test("localPartLength takes what the e-mail local-part regex matches before each position", () => {
  assertSound(
    "emailLocalPart",
    fc.array(emailLocalCharacters, { maxLength: 40 }).map((pieces) => pieces.join("")),
    (text) => {
      let matches = 0;
      for (let position = 0; position <= text.length; position++) {
        const match = structured.emailLocalPart.exec(text.slice(Math.max(0, position - 64), position));
        const expected = match === null ? 0 : match[0].length;
        if (expected > 0) matches++;
        assert.equal(structured.localPartLength(text, position), expected, at(text, position));
      }
      return matches;
    },
  );
});

/** Identifier-like strings: digits, separators, letters of both cases and characters that case-map oddly. */
const identifierCharacters = fc.constantFrom(
  ..."0123456789 .-_/aAdDxXzZ".split(""),
  ..."é ß İ ı ſ K ٣ 𝐀 \u00a0".split(" "),
);
const identifierStrings = fc
  .tuple(
    fc.oneof(...nationalIdTemplates.map(shaped), fc.constant("")),
    fc.array(identifierCharacters, { maxLength: 4 }),
    fc.nat(40),
  )
  .map(([piece, extra, at]) => {
    const cut = at % (piece.length + 1);
    return piece.slice(0, cut) + extra.join("") + piece.slice(cut);
  });

test("compactOf and hasAsciiCapital tell what the replace, toUpperCase and /[A-Z]/ they stand for do", () => {
  assertSound("compactOf", identifierStrings, (value) => {
    const expected = value.replace(/[ ./-]/g, "").toUpperCase();
    assert.equal(nationalId.compactOf(value), expected, JSON.stringify(value));
    assert.equal(nationalId.hasAsciiCapital(expected), /[A-Z]/.test(expected), JSON.stringify(value));
    return expected === value ? 1 : 0;
  });
});

test("the validators' shape checks tell what their anchored patterns do", () => {
  const firstDigits = ["0123456789", "12345679", "123456789", "1235689", "23456789"];
  assertSound("validator shapes", identifierStrings, (value) => {
    let matches = 0;
    for (const length of [9, 10, 11, 12]) {
      for (const first of firstDigits) {
        const expected = new RegExp(`^[${first}]\\d{${length - 1}}$`).test(value);
        if (expected) matches++;
        const mask = validators.digitSet(first);
        assert.equal(
          validators.isDigitsOfLength(value, length, mask),
          expected,
          `${value} ${length} ${first}`,
        );
      }
    }
    for (const [from, digits] of [
      [0, 8],
      [1, 7],
    ] as const) {
      const expected = new RegExp(`^[^]{${from}}\\d{${digits}}[A-Z]$`).test(value);
      assert.equal(validators.isDigitsThenCapital(value, from, digits), expected, JSON.stringify(value));
    }
    assert.equal(
      validators.hasIbanShape(value),
      /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value),
      JSON.stringify(value),
    );
    return matches;
  });
});

/** The IBAN check as it was written with the regex and the rearranged numeric string. */
function ibanByNumericString(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let numeric = "";
  for (const character of rearranged)
    numeric += character >= "A" ? String(character.charCodeAt(0) - 55) : character;
  return mod97(numeric) === 1;
}

test("isValidIban computes mod 97 as the rearranged numeric string does", () => {
  const ibans = fc
    .tuple(
      fc.constantFrom("GB82WEST12345698765432", "FR1420041010050500013M02606", "DE89370400440532013000"),
      fc.nat(30),
      fc.constantFrom(..."0123456789ABZ".split("")),
      fc.boolean(),
    )
    .map(([iban, at, character, change]) =>
      change ? iban.slice(0, at % iban.length) + character + iban.slice((at % iban.length) + 1) : iban,
    );
  assertSound("iban mod 97", ibans, (compact) => {
    const expected = ibanByNumericString(compact);
    // The length look-up comes first in both.
    if (compact.length === 22 || compact.length === 27) assert.equal(isValidIban(compact), expected, compact);
    return expected ? 1 : 0;
  });
});

test("the card and IBAN compaction tell what their replace calls do on what the patterns match", () => {
  assertSound("card and IBAN compaction", textsFrom(structuredTemplates), (text) => {
    let matches = 0;
    for (const match of matchInWindows(text, [0, text.length], structured.cardPattern)) {
      matches++;
      assert.equal(
        structured.withoutSpacesAndHyphens(match.value),
        match.value.replace(/[ -]/g, ""),
        match.value,
      );
    }
    for (const match of matchInWindows(text, [0, text.length], structured.ibanPattern)) {
      matches++;
      const expected = match.value.replace(/ /g, "").toUpperCase();
      assert.equal(structured.ibanCompactOf(match.value), expected, match.value);
    }
    return matches;
  });
});
