import { occurrencesOfEach } from "./occurrences.ts";
import type { PlaceholderEntry, PlaceholderMap } from "./pseudonymise.ts";

export interface Leak {
  readonly placeholder: string;
  readonly type: PlaceholderEntry["type"];
  readonly start: number;
  readonly end: number;
}

export type LeakCheck = { ok: true } | { ok: false; leaks: Leak[] };

/** A letter, a digit or a combining mark: a value that runs into one is part of another word or number. */
const wordCharacter = /^[\p{L}\p{N}\p{M}]$/u;

function isWordCharacterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  // A low surrogate is read with the high one before it, as the character it ends.
  const code = text.charCodeAt(index);
  const lead = index > 0 ? text.charCodeAt(index - 1) : 0;
  const paired = code >= 0xdc00 && code <= 0xdfff && lead >= 0xd800 && lead <= 0xdbff;
  return wordCharacter.test(String.fromCodePoint(text.codePointAt(paired ? index - 1 : index)!));
}

/**
 * Whether the occurrence at `start`..`end` is the value itself, not part of a longer word or number: a name "Ana"
 * in "banana" or an age "34" in "Section 1234" is no leak, and flagging it would garble the draft and send every
 * such case to review. Only the edges that are letters or digits need a boundary ("+44 20..." may follow a letter).
 */
function standsAlone(text: string, start: number, end: number): boolean {
  if (isWordCharacterAt(text, start) && isWordCharacterAt(text, start - 1)) return false;
  return !(isWordCharacterAt(text, end - 1) && isWordCharacterAt(text, end));
}

/**
 * Looks in a model's output for real values where placeholders belong. Matching ignores case, since a model
 * may re-case a name. Returns the positions, never the values, so the result itself can be logged.
 */
export function checkLeak(output: string, map: PlaceholderMap): LeakCheck {
  // Values of one character are not looked for: any text holds them.
  const sought = map.entries
    .map((entry) => ({ entry, needle: entry.value.toLowerCase() }))
    .filter(({ needle }) => needle.length >= 2);
  const lowerOutput = output.toLowerCase();
  const starts = occurrencesOfEach(
    lowerOutput,
    sought.map(({ needle }) => needle),
  );
  const leaks: Leak[] = [];
  sought.forEach(({ entry, needle }, index) => {
    for (const at of starts[index]!) {
      if (!standsAlone(lowerOutput, at, at + needle.length)) continue;
      leaks.push({ placeholder: entry.placeholder, type: entry.type, start: at, end: at + needle.length });
    }
  });
  if (leaks.length === 0) return { ok: true };
  // By start, the longest first: the guard replaces the first leak at each place, and "Ana" before "Ana Lopez"
  // would leave "Lopez" in the text.
  leaks.sort((left, right) => left.start - right.start || right.end - left.end);
  return { ok: false, leaks };
}
