import { isIPv6 } from "node:net";
import { isAsciiLetter } from "./ascii.ts";
import { luhnIsValid } from "./checksums.ts";
import { hasCueBefore } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import { isValidIban } from "./national-id-validators.ts";
import { digitWindows, matchInWindows, type TokenTable, tokensOf } from "./scan.ts";

// Every pattern is linear: no nested quantifiers over overlapping classes, so no catastrophic backtracking.
/** Characters of an e-mail's local part. */
const localPartClass = String.raw`[\p{L}\p{N}._%+-]`;
/**
 * The local part before an "@", as a pattern: what `localPartLength` computes without slicing the text (the
 * soundness tests hold the two equal). An apostrophe may stand between two of its characters ("marcus.o'brien").
 */
const emailLocalPart = new RegExp(
  `${localPartClass}(?:${localPartClass}|'(?=${localPartClass})){0,63}$`,
  "u",
);
const emailDomain = /[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/uy;
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^]{1,2000}/gi;
const ipv4Pattern = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/y;
const ipv6Pattern =
  /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])/y;
const cardPattern = /(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d])/g;
/** The fewest digits `cardPattern` matches. */
const cardMinDigits = 12;
const ibanPattern = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}\b/g;
const trailingPunctuation = /[.,;:!?)\]}'"]+$/;

/** Parts of a URL that usually identify a person: user info, e-mail, long identifiers, tokens, profile pages. */
const personalUrlPart =
  /@|[?&](?:user|uid|id|email|mail|name|token|session|account|phone|tel|ssn)=|\/\d{5,}|\/~|\/(?:in|profiles?|users?|u|people|members?|perfil|profil)\/[^/?#]/i;

/** `localPartClass` for one code point given as a string. */
const localPartCodePoint = new RegExp(`^${localPartClass}$`, "u");
/** Per code unit: 0 not yet known, 1 outside the class, 2 in it (a lone surrogate is outside). */
const localPartCodeUnits = new Uint8Array(65536);

function isLocalPartCodeUnit(code: number): boolean {
  let value = localPartCodeUnits[code]!;
  if (value === 0) {
    value = localPartCodePoint.test(String.fromCharCode(code)) ? 2 : 1;
    localPartCodeUnits[code] = value;
  }
  return value === 2;
}

/**
 * How many code units before `at` `emailLocalPart` takes in `text.slice(Math.max(0, at - 64), at)`, 0 when it
 * does not match, without a slice or a regex scan: the pattern ends at the end of the slice, and the search
 * starts it at the first code point from which every code point up to the end is in its class (at most 64 of
 * them, since the slice holds at most 64 code units). So it is the longest such tail, found walking back by code
 * point; a pair of surrogates cut by the slice's start is a lone one there, and no lone surrogate is in the class.
 */
function localPartLength(text: string, at: number): number {
  const from = Math.max(0, at - 64);
  let index = at;
  while (index > from) {
    const code = text.charCodeAt(index - 1);
    if (code >= 0xdc00 && code <= 0xdfff && index - 2 >= from) {
      const lead = text.charCodeAt(index - 2);
      if (lead >= 0xd800 && lead <= 0xdbff) {
        if (!localPartCodePoint.test(text.slice(index - 2, index))) break;
        index -= 2;
        continue;
      }
    }
    // An apostrophe inside the local part, with one of its characters on both sides ("o'brien").
    if (code === 39 && index < at && localPartCodePointEndsAt(text, index - 1, from)) {
      index--;
      continue;
    }
    if (!isLocalPartCodeUnit(code)) break;
    index--;
  }
  return at - index;
}

/** Whether the code point ending at `end` (exclusive), all of it at or after `from`, is in `localPartClass`. */
function localPartCodePointEndsAt(text: string, end: number, from: number): boolean {
  if (end - 1 < from) return false;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xdc00 && code <= 0xdfff && end - 2 >= from) {
    const lead = text.charCodeAt(end - 2);
    if (lead >= 0xd800 && lead <= 0xdbff) return localPartCodePoint.test(text.slice(end - 2, end));
  }
  return isLocalPartCodeUnit(code);
}

function recogniseEmails(text: string, found: Detection[]): void {
  // Anchor on each "@" instead of trying the pattern at every position of the text.
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    const localLength = localPartLength(text, at);
    emailDomain.lastIndex = at + 1;
    const domain = emailDomain.exec(text);
    if (localLength === 0 || domain === null) continue;
    found.push({
      type: "EMAIL_ADDRESS",
      start: at - localLength,
      end: domain.index + domain[0].length,
      score: 0.95,
      reason: "e-mail address pattern",
    });
  }
}

/** "(at)", "[at]", "{at}", "[@]", " at " between brackets or spaces: an e-mail address written to escape harvesters. */
const obfuscatedAt = /\s?[[({](?:at|@)[\])}]\s?/giu;
/** The local part before an obfuscated "at", ending at the match: letters, digits and the e-mail marks. */
const obfuscatedLocalPart = /[\p{L}\p{N}._%+-]{1,64}$/u;
/**
 * The domain after an obfuscated "at": labels joined by a dot, or by "dot" between brackets or spaces ("example
 * [dot] com", "example dot org"), ending with letters.
 */
const obfuscatedDomain =
  /[\p{L}\p{N}-]{1,63}(?:(?:\.|\s?[[({]dot[\])}]\s?|\sdot\s)[\p{L}\p{N}-]{1,63}){0,4}(?:\.|\s?[[({]dot[\])}]\s?|\sdot\s)\p{L}{2,24}(?![\p{L}\p{N}])/iuy;

/**
 * Whether `obfuscatedAt` can match: "at" (any case) or "@" between an opening and a closing bracket. Looked for at
 * the closing brackets, which most texts hold few of, instead of running the pattern.
 */
function mayHoldObfuscatedAt(text: string): boolean {
  for (const closing of [")", "]", "}"]) {
    for (let at = text.indexOf(closing, 2); at >= 0; at = text.indexOf(closing, at + 1)) {
      if (text.charCodeAt(at - 1) === 64 && isOpeningBracket(text.charCodeAt(at - 2))) return true;
      if ((text.charCodeAt(at - 1) | 32) !== 116 || (text.charCodeAt(at - 2) | 32) !== 97) continue;
      if (isOpeningBracket(text.charCodeAt(at - 3))) return true;
    }
  }
  return false;
}

function isOpeningBracket(code: number): boolean {
  return code === 40 || code === 91 || code === 123;
}

/** E-mail addresses written with "(at)" or "[at]" for "@": "jean.dupont(at)gmail.com", "maria [at] example [dot] com". */
function recogniseObfuscatedEmails(text: string, found: Detection[]): void {
  if (!mayHoldObfuscatedAt(text)) return;
  obfuscatedAt.lastIndex = 0;
  for (const at of text.matchAll(obfuscatedAt)) {
    const local = obfuscatedLocalPart.exec(text.slice(Math.max(0, at.index - 64), at.index));
    if (local === null) continue;
    obfuscatedDomain.lastIndex = at.index + at[0].length;
    const domain = obfuscatedDomain.exec(text);
    if (domain === null) continue;
    found.push({
      type: "EMAIL_ADDRESS",
      start: at.index - local[0].length,
      end: domain.index + domain[0].length,
      score: 0.85,
      reason: "e-mail address with its '@' written out",
    });
  }
}

/** Top-level domains a bare web address ("twitter.com/janedoe") may end with, besides two-letter country codes. */
const genericTopLevelDomains = new Set([
  "com",
  "org",
  "net",
  "edu",
  "gov",
  "info",
  "biz",
  "app",
  "dev",
  "io",
  "me",
]);

/**
 * Web addresses without "http://" or "www." but with a path: "twitter.com/janedoe", "linkedin.com/in/ana-lima".
 * A domain alone names a site, which is public; the path names a page on it, often a person's. Found at slashes.
 */
function recogniseBareUrls(text: string, found: Detection[]): void {
  // The addresses found with their scheme, in text order (gathered at the first slash that may end a domain): a
  // slash inside one is part of it.
  let urls: Detection[] | undefined;
  let nextUrl = 0;
  let covered = -1;
  for (let slash = text.indexOf("/"); slash >= 0; slash = text.indexOf("/", slash + 1)) {
    // A domain ends with the letters of its top-level domain: most slashes (dates, "and/or" aside) stop here.
    if (slash < covered || !isAsciiLetter(text.charCodeAt(slash - 1)) || text.charCodeAt(slash + 1) === 47)
      continue;
    urls ??= found.filter((detection) => detection.type === "URL");
    while (nextUrl < urls.length && urls[nextUrl]!.end <= slash) nextUrl++;
    if (nextUrl < urls.length && urls[nextUrl]!.start <= slash) continue;
    let start = slash;
    while (start > 0 && isDomainCodeUnit(text.charCodeAt(start - 1))) start--;
    if (start > 0 && (text.charCodeAt(start - 1) === 47 || text.charCodeAt(start - 1) === 64)) continue;
    const domain = text.slice(start, slash);
    const lastDot = domain.lastIndexOf(".");
    if (lastDot <= 0 || domain.startsWith(".")) continue;
    const tld = domain.slice(lastDot + 1).toLowerCase();
    if (!(genericTopLevelDomains.has(tld) || (tld.length === 2 && /^[a-z]{2}$/.test(tld)))) continue;
    let end = slash + 1;
    while (end < text.length && !isUrlStop(text.charCodeAt(end))) end++;
    // The sentence's punctuation after the address is not part of it, as for an address with its scheme.
    end = start + text.slice(start, end).replace(trailingPunctuation, "").length;
    if (end <= slash + 1) continue;
    const personal = personalUrlPart.test(text.slice(slash, end));
    found.push({
      type: "URL",
      start,
      end,
      score: personal ? 0.75 : 0.6,
      reason: "web address with a path, without its scheme",
    });
    covered = end;
  }
}

/** Letters, digits, hyphens and dots: what a domain holds (ASCII only; an internationalised one is rare in text). */
function isDomainCodeUnit(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 46
  );
}

/** Where a web address written in text ends: white space, quotes, angle brackets. */
function isUrlStop(code: number): boolean {
  return code <= 32 || code === 34 || code === 39 || code === 60 || code === 62 || code === 96;
}

function isW(code: number): boolean {
  return code === 87 || code === 119;
}

/**
 * Whether "www." occurs in any case, as /www\./i.test(text) tells: without the Unicode flag, only "w" and "W"
 * match "w" ignoring case. Looks back from each dot instead of running a regex over the whole text.
 */
function hasWwwDot(text: string): boolean {
  for (let dot = text.indexOf(".", 3); dot >= 0; dot = text.indexOf(".", dot + 1)) {
    if (isW(text.charCodeAt(dot - 1)) && isW(text.charCodeAt(dot - 2)) && isW(text.charCodeAt(dot - 3)))
      return true;
  }
  return false;
}

function recogniseUrls(text: string, found: Detection[]): void {
  if (!text.includes("://") && !hasWwwDot(text)) return;
  for (const match of text.matchAll(urlPattern)) {
    const value = match[0].replace(trailingPunctuation, "");
    if (value.length < 8) continue;
    const personal = personalUrlPart.test(value.replace(/^https?:\/\//i, ""));
    found.push({
      type: "URL",
      start: match.index,
      end: match.index + value.length,
      score: personal ? 0.9 : 0.6,
      reason: personal ? "URL with personal parts (user, identifier or token)" : "URL",
    });
  }
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function pushIp(found: Detection[], start: number, value: string, reason: string): void {
  found.push({ type: "IP_ADDRESS", start, end: start + value.length, score: 0.85, reason });
}

/** What the pass over the number tokens tells the card and IBAN passes, so they run only where they can match. */
interface DigitFacts {
  /** Digits of the largest cluster of number tokens at most one character apart, joined as `digitWindows` does. */
  longestTightCluster: number;
  /**
   * Starts of the number tokens right after two ASCII letters ("GB|82"): an IBAN match begins with two letters
   * then two digits, and digits after a letter start a number token, so every match holds one of these.
   */
  readonly ibanAnchors: number[];
}

/** IPv4 addresses, found at number tokens, and the digit facts gathered on the same pass. */
function recogniseIpv4Addresses(text: string, table: TokenTable, found: Detection[]): DigitFacts {
  const facts: DigitFacts = { longestTightCluster: 0, ibanAnchors: [] };
  const { numberTokens, numberCount, start, end } = table;
  let clusterDigits = 0;
  // No number token before the first one.
  let previousEnd = -2;
  let coveredTo = -1;
  for (let number = 0; number < numberCount; number++) {
    const token = numberTokens[number]!;
    const from = start[token]!;
    const to = end[token]!;
    const gapCode = text.charCodeAt(previousEnd);
    const joined = from - previousEnd <= 1 && gapCode !== 10 && gapCode !== 13;
    clusterDigits = joined ? clusterDigits + to - from : to - from;
    if (clusterDigits > facts.longestTightCluster) facts.longestTightCluster = clusterDigits;
    previousEnd = to;
    if (isAsciiLetter(text.charCodeAt(from - 1)) && isAsciiLetter(text.charCodeAt(from - 2))) {
      facts.ibanAnchors.push(from);
    }
    // IPv4: only at number tokens of one to three digits followed by a dot and a digit, past the last address.
    if (from < coveredTo || to - from > 3 || text.charCodeAt(to) !== 46) continue;
    const digitAfter = text.charCodeAt(to + 1);
    if (!(digitAfter >= 48 && digitAfter <= 57)) continue;
    ipv4Pattern.lastIndex = from;
    const match = ipv4Pattern.exec(text);
    if (match === null) continue;
    const octets = match[0].split(".");
    if (octets.every((octet) => Number(octet) <= 255 && (octet.length === 1 || octet[0] !== "0"))) {
      pushIp(found, from, match[0], "IPv4 address with valid octets");
    }
    coveredTo = from + match[0].length;
  }
  return facts;
}

function recogniseIpv6Addresses(text: string, found: Detection[]): void {
  // IPv6: only where a colon is followed, after at most four hex digits, by another colon.
  let covered = -1;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    if (colon < covered) continue;
    let next = colon + 1;
    while (next - colon <= 5 && isHexDigit(text.charCodeAt(next))) next++;
    if (next - colon > 5 || text.charCodeAt(next) !== 58) continue;
    let begin = colon;
    while (begin > 0 && colon - begin < 4 && isHexDigit(text.charCodeAt(begin - 1))) begin--;
    for (let at = begin; at <= colon; at++) {
      ipv6Pattern.lastIndex = at;
      const match = ipv6Pattern.exec(text);
      if (match === null) continue;
      if (match[0].length >= 6 && isIPv6(match[0])) pushIp(found, at, match[0], "IPv6 address");
      covered = at + match[0].length;
      break;
    }
  }
}

/** Issuer prefixes of the major card networks; a Luhn-valid number outside them is less likely a card. */
const cardIssuerPrefix =
  /^(?:4|5[1-5]|2[2-7]|3[47]|3(?:0[0-5]|[68])|6(?:011|5|4[4-9]|2)|35|50|5[6-8]|6[37]|2131|1800)/;

/** `value.replace(/[ -]/g, "")` without a regex pass, and without a copy when there is nothing to remove. */
function withoutSpacesAndHyphens(value: string): string {
  let kept = "";
  let from = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code !== 32 && code !== 45) continue;
    kept += value.slice(from, index);
    from = index + 1;
  }
  return from === 0 ? value : kept + value.slice(from);
}

function recogniseCards(text: string, windows: readonly number[], found: Detection[]): void {
  for (const match of matchInWindows(text, windows, cardPattern)) {
    const digits = withoutSpacesAndHyphens(match.value);
    if (digits.length < 12 || digits.length > 19 || !luhnIsValid(digits)) continue;
    const knownIssuer = cardIssuerPrefix.test(digits);
    const cue = hasCueBefore(text, match.index, "card", 50);
    let score = knownIssuer ? 0.9 : 0.55;
    // A 12-digit Luhn-valid number is common by chance; only a cue makes it a card with confidence.
    if (digits.length < 13) score = cue ? 0.85 : 0.45;
    else if (cue) score = Math.min(1, score + 0.1);
    found.push({
      type: "CREDIT_CARD",
      start: match.index,
      end: match.index + match.value.length,
      score,
      reason: `Luhn-valid ${digits.length}-digit number${knownIssuer ? " with a card issuer prefix" : ""}${cue ? ", card context" : ""}`,
    });
  }
}

/**
 * The windows holding an anchor two characters or more after their start (a match lies inside its window).
 * Windows and anchors both come in text order, so one walk over each serves: linear on a long text.
 */
function windowsWithAnchors(windows: readonly number[], anchors: readonly number[]): number[] {
  const kept: number[] = [];
  let next = 0;
  for (let window = 0; window < windows.length; window += 2) {
    const from = windows[window]!;
    const to = windows[window + 1]!;
    // Anchors before this window's start are before every later window's start too.
    while (next < anchors.length && anchors[next]! < from + 2) next++;
    if (next < anchors.length && anchors[next]! < to) kept.push(from, to);
  }
  return kept;
}

/**
 * `value.replace(/ /g, "").toUpperCase()` for a value `ibanPattern` matched (ASCII letters, digits and spaces):
 * the letters upper-cased and the spaces dropped in one pass.
 */
function ibanCompactOf(value: string): string {
  let compact = "";
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 32) continue;
    compact += code >= 97 && code <= 122 ? String.fromCharCode(code - 32) : value[index];
  }
  return compact;
}

function recogniseIbans(text: string, windows: readonly number[], found: Detection[]): void {
  for (const match of matchInWindows(text, windows, ibanPattern)) {
    let value = match.value;
    // The pattern may swallow a following word; shrink until the checksum holds.
    while (value.length >= 15) {
      const compact = ibanCompactOf(value);
      if (isValidIban(compact)) {
        found.push({
          type: "IBAN_CODE",
          start: match.index,
          end: match.index + value.length,
          score: 0.95,
          reason: "IBAN with valid country length and mod-97 checksum",
        });
        break;
      }
      const lastSpace = value.lastIndexOf(" ");
      if (lastSpace < 0) break;
      value = value.slice(0, lastSpace);
    }
  }
}

export const structuredRecogniser: Recogniser = {
  name: "structured",
  types: ["EMAIL_ADDRESS", "URL", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE"],
  recognise(text) {
    const found: Detection[] = [];
    recogniseEmails(text, found);
    recogniseUrls(text, found);
    recogniseBareUrls(text, found);
    const table = tokensOf(text);
    recogniseObfuscatedEmails(text, found);
    const facts = recogniseIpv4Addresses(text, table, found);
    recogniseIpv6Addresses(text, found);
    // Cards hold 12 to 19 digits at most one character apart: that pass runs near such clusters, if any.
    if (facts.longestTightCluster >= cardMinDigits) {
      recogniseCards(text, digitWindows(table, cardMinDigits, 1, 2, 2), found);
    }
    // IBANs hold at least 8 digits after the country letters: that pass runs near such clusters holding an anchor.
    if (facts.ibanAnchors.length > 0) {
      const windows = windowsWithAnchors(digitWindows(table, 8, 6, 16, 40), facts.ibanAnchors);
      recogniseIbans(text, windows, found);
    }
    return found;
  },
};

/** For the pre-check soundness tests. */
export const testHooks = {
  obfuscatedAt,
  mayHoldObfuscatedAt,
  emailLocalPart,
  localPartLength,
  ipv6Pattern,
  cardPattern,
  cardMinDigits,
  ibanPattern,
  urlPattern,
  recogniseIpv4Addresses,
  windowsWithAnchors,
  hasWwwDot,
  withoutSpacesAndHyphens,
  ibanCompactOf,
};
