/**
 * A regex alternation of words written as a trie: "st|street|streets" becomes "st(?:reet(?:s)?)?". The regex
 * engine tries alternatives one after another, so a flat list of a few hundred street types or month names
 * costs hundreds of comparisons at every position tried; the trie decides on the first character. Words that
 * share a prefix are tried longest first (each optional tail is greedy), exactly like a flat list sorted
 * longest first, so the patterns match the same text.
 */

interface TrieNode {
  end: boolean;
  readonly children: Map<string, TrieNode>;
}

const syntaxCharacter = /[\\^$.*+?()[\]{}|/]/g;

function escapeSyntax(character: string): string {
  return character.replace(syntaxCharacter, "\\$&");
}

function source(node: TrieNode): string {
  const branches: string[] = [];
  for (const [character, child] of node.children) branches.push(escapeSyntax(character) + source(child));
  if (branches.length === 0) return "";
  if (branches.length === 1 && !node.end) return branches[0]!;
  const group = `(?:${branches.join("|")})`;
  return node.end ? `${group}?` : group;
}

/**
 * The regex source (without a surrounding group) matching exactly the given words. With `lowerCase`, words are
 * lower-cased first, for patterns with the `i` flag (branches must then differ by more than case).
 */
export function wordAlternation(words: Iterable<string>, options: { lowerCase?: boolean } = {}): string {
  const root: TrieNode = { end: false, children: new Map() };
  for (const entry of words) {
    const word = options.lowerCase ? entry.toLowerCase() : entry;
    if (word.length === 0) continue;
    let node = root;
    // By code point, so a character outside the Basic Multilingual Plane stays whole under the `u` flag.
    for (const character of word) {
      let child = node.children.get(character);
      if (child === undefined) {
        child = { end: false, children: new Map() };
        node.children.set(character, child);
      }
      node = child;
    }
    node.end = true;
  }
  return source(root);
}

/**
 * `(?:body){min,max}` (lazy with `lazy`), written so that V8 compiles it as a loop. V8 unrolls a repetition whose
 * bounds are at most 3 when its body holds no capture group, and then compiles the rest of the pattern once per
 * unrolled path: "(?:word\s){0,3}" before a few hundred street types made 2 MB of machine code for one pattern,
 * and each call then missed the processor's caches (a hit cost 2.5 µs in place, 0.4 µs run alone). An empty
 * capture group in the body stops the unrolling; the text matched is the same. Patterns built with this must
 * not number their groups.
 */
export function repeated(body: string, min: number, max: number, lazy = false): string {
  return `(?:(?:${body})()){${min},${max}}${lazy ? "?" : ""}`;
}

/**
 * `(?:body)?` written as a loop, as `repeated` does: V8 compiles what follows a plain optional part once for
 * each way through it, so a few optional parts before a word list made as many copies of the list's code.
 */
export function optional(body: string): string {
  return repeated(body, 0, 1);
}
