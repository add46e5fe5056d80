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
