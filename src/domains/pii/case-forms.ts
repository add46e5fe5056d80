import { wordAlternation } from "./word-alternation.ts";

/**
 * Whether a word (given in lower case) goes in the list of lower-case tails: a first character with a one-unit
 * capital, and a second character that is a lower-case letter, so that the word's lower-case and capitalised
 * forms have a lower-case second letter and its upper-case form an upper-case one.
 */
function hasLowerCaseTail(entry: string): boolean {
  if (entry.length < 2) return false;
  const initial = entry.charAt(0);
  const second = entry.charAt(1);
  if (isSurrogate(initial) || isSurrogate(second) || initial.toUpperCase().length !== 1) return false;
  return second.toUpperCase() !== second && second.toLowerCase() === second;
}

function isSurrogate(character: string): boolean {
  const code = character.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff;
}

const classSyntax = /[\\\]^-]/g;

/**
 * The regex source (a group) matching each word in lower case, capitalised and upper case ("rue", "Rue", "RUE"),
 * for case-sensitive patterns. It is written as lower-case tails behind a class of the first letter's two cases
 * ("[rR](?:ue|oad)") and one alternation of the upper-case forms, not as one alternation of all three forms:
 * V8 compiles a word list to a few instructions per character of its trie, and sharing the tails of the lower-case
 * and capitalised forms makes the list about a third smaller (the 250 English street types: 187 -> 122 KB of
 * machine code in each pattern holding them).
 *
 * Same matches, tried in the same order: words that match at one position are prefixes of one another, and the
 * two parts hold no word that is a prefix of a word of the other (the second letter is lower case in every word
 * of the first part and never in the second), so they all come from one part, where the trie tries them longest
 * first as one trie of all the forms does. Words not of that shape go to the second part in all three forms.
 */
export function caseForms(words: Iterable<string>): string {
  const tailsByInitial = new Map<string, Set<string>>();
  const others = new Set<string>();
  for (const entry of words) {
    if (entry.length === 0) continue;
    if (hasLowerCaseTail(entry)) {
      const initial = entry.charAt(0);
      const tails = tailsByInitial.get(initial) ?? new Set<string>();
      tails.add(entry.slice(1));
      tailsByInitial.set(initial, tails);
    } else {
      others.add(entry);
      others.add(entry.charAt(0).toUpperCase() + entry.slice(1));
    }
    others.add(entry.toUpperCase());
  }
  const branches: string[] = [];
  for (const [initial, tails] of tailsByInitial) {
    const cases = initial === initial.toUpperCase() ? initial : initial + initial.toUpperCase();
    branches.push(`[${cases.replace(classSyntax, "\\$&")}](?:${wordAlternation(tails)})`);
  }
  if (others.size > 0) branches.push(wordAlternation(others));
  return `(?:${branches.join("|")})`;
}
