import { addressParts } from "./address-parts.ts";
import { addressRecogniser } from "./address-recogniser.ts";
import { organisationsBeforeAddresses, organisationsBesidePeople } from "./affiliations.ts";
import { isAsciiDigit } from "./ascii.ts";
import { nameOpeningText, namesInContactBlocks, organisationsInContactBlocks } from "./contact-blocks.ts";
import { dateRecogniser } from "./date-recogniser.ts";
import type { Detection, Recogniser } from "./detection.ts";
import { documentNumberRecogniser } from "./document-number-recogniser.ts";
import { freeTextRecogniser } from "./free-text-recogniser.ts";
import { withoutGeneralSchedules } from "./general-schedules.ts";
import { liftContainers } from "./lift-containers.ts";
import { nationalIdRecogniser } from "./national-id-recogniser.ts";
import { phoneRecogniser } from "./phone-recogniser.ts";
import { defaultPiiPolicy, type PiiPolicy, thresholdFor } from "./policy.ts";
import { postalCodeRecogniser } from "./postal-code-recogniser.ts";
import { firstEndingAfter, resolveOverlaps } from "./resolve-overlaps.ts";
import { classAt, SPACE } from "./scan.ts";
import { structuredRecogniser } from "./structured-recogniser.ts";
import { tableColumnsRecogniser } from "./table-columns.ts";
import { townsAfterAddresses } from "./towns-after-addresses.ts";

export const defaultRecognisers: readonly Recogniser[] = [
  structuredRecogniser,
  nationalIdRecogniser,
  phoneRecogniser,
  dateRecogniser,
  documentNumberRecogniser,
  postalCodeRecogniser,
  addressRecogniser,
  freeTextRecogniser,
  tableColumnsRecogniser,
];

export type InputTooLarge = { kind: "input-too-large"; length: number; maxInputLength: number };
export type DetectionResult = { ok: true; detections: Detection[] } | { ok: false; error: InputTooLarge };

export interface DetectOptions {
  readonly policy?: PiiPolicy;
  /** Replace or extend the recognisers, e.g. to add a statistical model. */
  readonly recognisers?: readonly Recogniser[];
}

/**
 * Three to six digits (India's PIN has six: "Chennai 600085"), grouped codes, Canada's letters and digits; a US
 * state's or Canadian province's two capitals before them.
 */
const postalFollower =
  /,?\s{1,4}(?:([A-Z]{2})\s)?(\d{3,6}(?:[- ]\d{3,4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\p{L}\p{N}])/uy;

/**
 * Whether `postalFollower` can match at `from`: after an optional comma and at least one space, it needs an ASCII
 * digit or capital. Checked first because places are mostly followed by ordinary words.
 */
function mayFollowWithPostalCode(text: string, from: number): boolean {
  let index = text.charCodeAt(from) === 44 ? from + 1 : from;
  if (classAt(text, index) !== SPACE) return false;
  while (index < text.length && classAt(text, index) === SPACE) index++;
  const code = text.charCodeAt(index);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

/** Characters that may come before a postal code written ahead of its town: an item's or a line's start. */
function opensAddressItem(code: number): boolean {
  return (
    code === 44 || code === 59 || code === 124 || code === 58 || code === 40 || code === 10 || code === 13
  );
}

/** Where the run of ASCII digits ending at `end` starts (`end` when none ends there). */
function digitsEndingAt(text: string, end: number): number {
  let start = end;
  while (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * "93200 Saint-Denis", "; 41001 Sevilla", "Lisboa" after "1000": four or five digits (or two groups, "00-514") and
 * one space before a place are its postal code, as continental Europe and Latin America write it, when they open
 * the text, a line or an item after a comma, semicolon, bar, colon or bracket. After a word ("Hauptstraße 5
 * Berlin") or other digits (a phone number's last group) they are something else.
 */
function postalCodeBefore(text: string, placeStart: number): Detection | undefined {
  const end = placeStart - 1;
  if (end < 4 || text.charCodeAt(end) !== 32) return undefined;
  let start = digitsEndingAt(text, end);
  // Two groups: Poland's "00-514 Warszawa", and "110 00 Praha", "124 67 Αθήνα" (Czechia, Slovakia, Sweden, Greece).
  const separator = text.charCodeAt(start - 1);
  if (end - start === 3 && separator === 45 && start - 1 - digitsEndingAt(text, start - 1) === 2)
    start = digitsEndingAt(text, start - 1);
  else if (end - start === 2 && separator === 32 && start - 1 - digitsEndingAt(text, start - 1) === 3)
    start = digitsEndingAt(text, start - 1);
  else if (end - start < 4 || end - start > 5) return undefined;
  let before = start - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  // "wir wohnen in 01069 Dresden": five digits after a place preposition, where four could be a year.
  const afterPreposition = end - start >= 5 && before < start - 1 && placePrepositionEndsAt(text, before + 1);
  if (before >= 0 && !opensAddressItem(text.charCodeAt(before)) && !afterPreposition) return undefined;
  return { type: "POSTAL_CODE", start, end, score: 0.6, reason: "number before a place" };
}

/** Prepositions of place a postal code and its town may follow: "in 01069 Dresden", "à 75001 Paris". */
const placePrepositionBefore = /(?<![\p{L}])(?:in|nach|aus|en|à|a|em|de|from)$/iu;

/** Whether a place preposition ends at `end` (exclusive). */
function placePrepositionEndsAt(text: string, end: number): boolean {
  return placePrepositionBefore.test(text.slice(Math.max(0, end - 6), end));
}

/**
 * A number right after a place or an address is its postal code ("Aalborg 9100", "Springfield, IL 62704"), and
 * so is one opening an item right before a place ("08025 Barcelona").
 */
function addPostalCodesNearPlaces(text: string, detections: Detection[]): void {
  const additions: Detection[] = [];
  for (const detection of detections) {
    if (detection.type !== "LOCATION" && detection.type !== "STREET_ADDRESS") continue;
    if (detection.type === "LOCATION") {
      const before = postalCodeBefore(text, detection.start);
      if (before !== undefined) additions.push(before);
    }
    if (!mayFollowWithPostalCode(text, detection.end)) continue;
    postalFollower.lastIndex = detection.end;
    const match = postalFollower.exec(text);
    if (match === null) continue;
    const code = match[2]!;
    const start = detection.end + match[0].length - code.length;
    additions.push({
      type: "POSTAL_CODE",
      start,
      end: start + code.length,
      score: 0.6,
      reason: "number following a place or address",
    });
    // "Fairbanks, AK 99701", "Toronto, ON M4W 3G9": the state or province before the code is a place too.
    const state = match[1];
    if (state !== undefined && detection.type === "LOCATION") {
      const stateStart = start - 1 - state.length;
      additions.push({
        type: "LOCATION",
        start: stateStart,
        end: stateStart + state.length,
        score: 0.6,
        reason: "state before a postal code",
      });
    }
  }
  for (const addition of additions) detections.push(addition);
}

const namedTypes = new Set(["PERSON", "LOCATION", "ORGANIZATION"]);

/**
 * "@jane_doe88", "@AnaLima": a handle is a username, whatever words it spells; names, places and organisations
 * read in one are dropped. (Here rather than in the free-text recogniser's loop, which every word runs through.)
 */
function dropWordsOfHandles(text: string, candidates: Detection[]): void {
  let kept = 0;
  for (const candidate of candidates) {
    if (namedTypes.has(candidate.type) && text.charCodeAt(candidate.start - 1) === 64) continue;
    candidates[kept++] = candidate;
  }
  candidates.length = kept;
}

interface PolicySets {
  /** The lowest score kept for each type the policy redacts; a type it does not redact is absent. */
  readonly minimumScores: Map<string, number>;
  readonly allowed: Set<string>;
}

const policySetCache = new WeakMap<PiiPolicy, PolicySets>();

/** The policy's thresholds by type and its allow-list, built once per policy object instead of once per call. */
function policySets(policy: PiiPolicy): PolicySets {
  let sets = policySetCache.get(policy);
  if (sets === undefined) {
    sets = {
      minimumScores: new Map(policy.entityTypes.map((type) => [type, thresholdFor(policy, type)])),
      allowed: new Set(policy.allowList.map((entry) => entry.toLowerCase())),
    };
    policySetCache.set(policy, sets);
  }
  return sets;
}

const absorbedByAddress = new Set(["PERSON", "LOCATION", "ORGANIZATION", "POSTAL_CODE"]);

/** Street, web and e-mail addresses: what is named inside one is part of it. */
function isAddress(type: string): boolean {
  return type === "STREET_ADDRESS" || type === "URL" || type === "EMAIL_ADDRESS";
}

/**
 * Names, places and postal codes inside a street, web or e-mail address are parts of the address ("12 Kelly Road,
 * Oslo", "xing.com/profile/Tobias_Engel7"): drop them so the longer address wins whatever their scores.
 */
function dropPartsOfAddresses(detections: Detection[], dropped: Detection[]): Detection[] {
  let addresses: Detection[] | undefined;
  for (const detection of detections) {
    if (!isAddress(detection.type)) continue;
    if (addresses === undefined) addresses = [];
    addresses.push(detection);
  }
  if (addresses === undefined) return detections;
  if (addresses.length <= 8) return dropPartsOfFewAddresses(detections, addresses, dropped);
  addresses.sort((left, right) => left.start - right.start);
  // Running maximum of ends, so one binary search finds whether any address covers a span.
  const count = addresses.length;
  const starts = new Int32Array(count);
  const maxEnds = new Int32Array(count);
  let maxEnd = -1;
  for (let index = 0; index < count; index++) {
    const address = addresses[index]!;
    if (address.end > maxEnd) maxEnd = address.end;
    starts[index] = address.start;
    maxEnds[index] = maxEnd;
  }
  const kept: Detection[] = [];
  for (const detection of detections) {
    if (absorbedByAddress.has(detection.type)) {
      let low = 0;
      let high = count - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (starts[middle]! <= detection.start) {
          found = middle;
          low = middle + 1;
        } else high = middle - 1;
      }
      if (found >= 0 && maxEnds[found]! >= detection.end) {
        dropped.push(detection);
        continue;
      }
    }
    kept.push(detection);
  }
  return kept;
}

/** `dropPartsOfAddresses` for a handful of addresses: a direct check of each is cheaper than an index. */
function dropPartsOfFewAddresses(
  detections: Detection[],
  addresses: readonly Detection[],
  dropped: Detection[],
): Detection[] {
  const kept: Detection[] = [];
  for (const detection of detections) {
    if (absorbedByAddress.has(detection.type) && insideAny(addresses, detection)) dropped.push(detection);
    else kept.push(detection);
  }
  return kept;
}

function insideAny(addresses: readonly Detection[], part: Detection): boolean {
  for (const address of addresses) if (address.start <= part.start && address.end >= part.end) return true;
  return false;
}

/** Whether `span` overlaps one of `kept` (sorted by start, pairwise disjoint). */
function overlapsKept(kept: readonly Detection[], span: Detection): boolean {
  const first = firstEndingAfter(kept, span.start);
  return first !== undefined && first.start < span.end;
}

/**
 * A name, place or postal code dropped for an address candidate that then lost to an overlapping, shorter address comes
 * back where nothing kept covers it.
 */
function restoreUncovered(resolved: Detection[], dropped: readonly Detection[]): Detection[] {
  // Each part is checked against `resolved` as it was: appending to it first would unsort it for the binary search
  // of the next part's check (a place before an address let a name inside the address back in).
  const restored = resolveOverlaps(dropped).filter((part) => !overlapsKept(resolved, part));
  if (restored.length === 0) return resolved;
  for (const part of restored) resolved.push(part);
  return resolved.sort((left, right) => left.start - right.start);
}

const nonAsciiDigit = /[\u0660-\u0669\u06f0-\u06f9]/;
const nonAsciiDigits = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The text with Arabic-Indic and Persian digits ("٠٥٠٤٧٣٨٢١٩", "۱۲") written as ASCII digits, which every pattern
 * and checksum reads. Each is one UTF-16 code unit, as its ASCII digit is, so offsets into the copy are offsets
 * into the text.
 */
function withAsciiDigits(text: string): string {
  if (!nonAsciiDigit.test(text)) return text;
  return text.replace(nonAsciiDigits, (digit) => String.fromCharCode(48 + (digit.charCodeAt(0) & 0xf)));
}

/**
 * Finds personal data in a text. Never throws on any string; inputs longer than the policy allows are refused
 * with a value instead of being processed, so a caller cannot be made to hang.
 */
export function detectPersonalData(input: string, options: DetectOptions = {}): DetectionResult {
  const policy = options.policy ?? defaultPiiPolicy;
  if (input.length > policy.maxInputLength) {
    return {
      ok: false,
      error: { kind: "input-too-large", length: input.length, maxInputLength: policy.maxInputLength },
    };
  }
  // Everything below reads the copy; the allow-list too, so "٠٥٠..." is allowed as "050..." is.
  const text = withAsciiDigits(input);
  const candidates: Detection[] = [];
  for (const recogniser of options.recognisers ?? defaultRecognisers) {
    const found = recogniser.recognise(text);
    for (let index = 0; index < found.length; index++) candidates.push(found[index]!);
  }
  for (const town of townsAfterAddresses(text, candidates)) candidates.push(town);
  addPostalCodesNearPlaces(text, candidates);
  if (text.includes("@")) dropWordsOfHandles(text, candidates);
  liftContainers(candidates);
  const sets = policySets(policy);
  const kept = keptByPolicy(text, candidates, sets);
  const dropped: Detection[] = [];
  const resolved = resolveOverlaps(dropPartsOfAddresses(kept, dropped));
  let detections = dropped.length === 0 ? resolved : restoreUncovered(resolved, dropped);
  detections = withTownsAndCodesApart(text, detections, sets);
  // A name on the first line of a CV or letter: disjoint from the rest (nothing was found on its line).
  const multiline = text.includes("\n");
  if (multiline) {
    const opening = nameOpeningText(text, detections);
    if (opening !== undefined && keptByPolicy(text, [opening], sets).length > 0)
      detections = [opening, ...detections];
  }
  detections = withoutGeneralSchedules(text, detections);
  let person = false;
  let address = false;
  for (const detection of detections) {
    if (detection.type === "PERSON") person = true;
    else if (detection.type === "STREET_ADDRESS") address = true;
  }
  if (!person && !address) return { ok: true, detections };
  if (person) {
    birthDatesInBracketsAfterPeople(text, detections, sets);
    const ages = keptByPolicy(text, agesInBracketsAfterPeople(text, detections), sets);
    if (ages.length > 0)
      detections = [...detections, ...ages].sort((left, right) => left.start - right.start);
  }
  // Names on their own line above an address: on lines nothing else was found on, so disjoint from the rest.
  if (address && multiline) {
    const names = keptByPolicy(text, namesInContactBlocks(text, detections), sets);
    if (names.length > 0) {
      detections = [...detections, ...names].sort((left, right) => left.start - right.start);
      person = true;
    }
  }
  // Organisations inferred around the people and addresses found: disjoint from the detections, resolved among
  // themselves.
  const inferred = person ? organisationsInContactBlocks(text, detections) : [];
  if (person)
    for (const organisation of organisationsBesidePeople(text, detections)) inferred.push(organisation);
  if (address)
    for (const organisation of organisationsBeforeAddresses(text, detections)) inferred.push(organisation);
  if (inferred.length === 0) return { ok: true, detections };
  const organisations = resolveOverlaps(keptByPolicy(text, inferred, sets));
  if (organisations.length === 0) return { ok: true, detections };
  for (const organisation of organisations) detections.push(organisation);
  return { ok: true, detections: detections.sort((left, right) => left.start - right.start) };
}

/** A number of one to three digits in brackets, with an optional space before: "(8)", " (34)". */
const numberInBrackets = / ?\((\d{1,3})\)/y;

/**
 * "mein sohn elias (8)", "Amy Lee (34)": a number up to 120 in brackets right after a person's name is their
 * age. Those that overlap a detection already made are left to it.
 */
function agesInBracketsAfterPeople(text: string, detections: readonly Detection[]): Detection[] {
  const ages: Detection[] = [];
  for (const detection of detections) {
    if (detection.type !== "PERSON") continue;
    numberInBrackets.lastIndex = detection.end;
    const match = numberInBrackets.exec(text);
    if (match === null || Number(match[1]) > 120) continue;
    const end = numberInBrackets.lastIndex - 1;
    const age: Detection = {
      type: "AGE",
      start: end - match[1]!.length,
      end,
      score: 0.7,
      reason: "number in brackets after a name",
    };
    if (!overlapsKept(detections, age)) ages.push(age);
  }
  return ages;
}

/** Whether a date holds a day and a year (six digits at least) and no time of day. */
function dayMonthAndYear(text: string, start: number, end: number): boolean {
  let digits = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 58) return false;
    if (isAsciiDigit(code)) digits++;
  }
  return digits >= 6;
}

/**
 * "Luca Bianchi (04.11.2015)": a date alone in brackets right after a person's name, as records and forms write
 * one, is their date of birth. A date with a time ("(12/03/2024 at 10:00)") is an appointment, one without a day
 * or a year ("(12 March)", "(March 2019)") says less. Retyped in place, when the policy redacts dates of birth.
 */
function birthDatesInBracketsAfterPeople(text: string, detections: Detection[], sets: PolicySets): void {
  for (let index = 1; index < detections.length; index++) {
    const date = detections[index]!;
    if (
      date.type !== "DATE_TIME" ||
      text.charCodeAt(date.start - 1) !== 40 ||
      text.charCodeAt(date.end) !== 41
    )
      continue;
    const person = detections[index - 1]!;
    const gap = date.start - 1 - person.end;
    if (person.type !== "PERSON" || gap > 1 || (gap === 1 && text.charCodeAt(person.end) !== 32)) continue;
    if (!dayMonthAndYear(text, date.start, date.end)) continue;
    const birthDate: Detection = {
      type: "DATE_OF_BIRTH",
      start: date.start,
      end: date.end,
      score: Math.max(date.score, 0.85),
      reason: "date in brackets after a name",
    };
    if (keptByPolicy(text, [birthDate], sets).length > 0) detections[index] = birthDate;
  }
}

/**
 * Each street address with its town, region, country and postal code as parts of their own (`addressParts`), where
 * the policy redacts those types. The parts lie inside the address, so the list stays sorted and disjoint.
 */
function withTownsAndCodesApart(text: string, detections: Detection[], sets: PolicySets): Detection[] {
  if (!detections.some((detection) => detection.type === "STREET_ADDRESS")) return detections;
  const keeps = (part: Detection): boolean => keptByPolicy(text, [part], sets).length > 0;
  const split: Detection[] = [];
  for (const detection of detections) {
    if (detection.type !== "STREET_ADDRESS") split.push(detection);
    else for (const part of addressParts(text, detection, keeps)) split.push(part);
  }
  return split;
}

/** The detections the policy redacts: of a type it lists, scored at its threshold or above, not allow-listed. */
function keptByPolicy(text: string, detections: readonly Detection[], sets: PolicySets): Detection[] {
  const { minimumScores, allowed } = sets;
  const kept: Detection[] = [];
  const checkAllowList = allowed.size > 0;
  for (const detection of detections) {
    const minimumScore = minimumScores.get(detection.type);
    if (minimumScore === undefined || detection.score < minimumScore) continue;
    if (checkAllowList && allowed.has(text.slice(detection.start, detection.end).toLowerCase())) continue;
    kept.push(detection);
  }
  return kept;
}

/** The pre-check and the pattern it guards, for the pre-check soundness tests. */
export const testHooks = { postalFollower, mayFollowWithPostalCode };
