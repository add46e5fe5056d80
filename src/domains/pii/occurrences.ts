/**
 * Where each of many strings occurs in a text, by UTF-16 code unit, overlapping occurrences included: an
 * Aho–Corasick automaton, so one pass over the text serves every string. Redaction and the leak check ask this of
 * every value of a case; trying each value at each position that opens it had made a text of many similar values
 * quadratic (20,000 distinct e-mail addresses in 430 kB took 10 s to redact).
 *
 * Written here rather than taken from a package: the maintained JavaScript automaton (modern-ahocorasick) matches
 * whole grapheme clusters, so it misses "abc" in "abc" + a combining accent, and redaction must replace every
 * occurrence of a detected value, whatever follows it.
 */

/**
 * A trie of needles with Aho–Corasick fallbacks. States are numbers; state 0 is the root. Most states of a trie of
 * values have one child (a value's tail), so the first child is kept in plain arrays and only the others in a map
 * of their own: a map per state made millions of small maps for a few hundred thousand values.
 */
class Automaton {
  /** Per state, the code unit leading to its first child, or -1 when it has none. */
  private readonly firstCode: number[] = [-1];
  private readonly firstChild: number[] = [-1];
  /** Per state, its other children by code unit. */
  private readonly otherChildren: (Map<number, number> | undefined)[] = [undefined];
  /** Per state, the needles ending there (their indices). */
  readonly ends: (number[] | undefined)[] = [undefined];
  /** Per state, the state of its longest proper suffix that is a prefix of some needle. */
  readonly fallback: Int32Array;
  /** Per state, the nearest state along its fallbacks where some needle ends, or -1. */
  readonly endingFallback: Int32Array;

  constructor(needles: readonly string[]) {
    needles.forEach((needle, index) => {
      if (needle.length === 0) return;
      let state = 0;
      for (let at = 0; at < needle.length; at++) state = this.childOrNew(state, needle.charCodeAt(at));
      const ending = this.ends[state];
      if (ending === undefined) this.ends[state] = [index];
      else ending.push(index);
    });
    this.fallback = new Int32Array(this.ends.length);
    this.endingFallback = new Int32Array(this.ends.length).fill(-1);
    this.linkFallbacks();
  }

  child(state: number, code: number): number | undefined {
    if (this.firstCode[state] === code) return this.firstChild[state];
    return this.otherChildren[state]?.get(code);
  }

  private childOrNew(state: number, code: number): number {
    const existing = this.child(state, code);
    if (existing !== undefined) return existing;
    const created = this.ends.length;
    this.ends.push(undefined);
    this.firstCode.push(-1);
    this.firstChild.push(-1);
    this.otherChildren.push(undefined);
    if (this.firstCode[state] === -1) {
      this.firstCode[state] = code;
      this.firstChild[state] = created;
    } else {
      let others = this.otherChildren[state];
      if (others === undefined) {
        others = new Map();
        this.otherChildren[state] = others;
      }
      others.set(code, created);
    }
    return created;
  }

  /** Each child of `state` with its code unit. */
  private forEachChild(state: number, visit: (code: number, child: number) => void): void {
    if (this.firstCode[state] === -1) return;
    visit(this.firstCode[state]!, this.firstChild[state]!);
    const others = this.otherChildren[state];
    if (others !== undefined) for (const [code, child] of others) visit(code, child);
  }

  private linkFallbacks(): void {
    const { fallback, endingFallback } = this;
    // Breadth first, so a state's fallback (a shorter string) is complete before the state is reached. The
    // root's children fall back to the root.
    const queue: number[] = [];
    this.forEachChild(0, (_, child) => queue.push(child));
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      this.forEachChild(state, (code, child) => {
        let candidate = fallback[state]!;
        let target = this.child(candidate, code);
        while (target === undefined && candidate !== 0) {
          candidate = fallback[candidate]!;
          target = this.child(candidate, code);
        }
        const suffix = target ?? 0;
        fallback[child] = suffix;
        endingFallback[child] = this.ends[suffix] !== undefined ? suffix : endingFallback[suffix]!;
        queue.push(child);
      });
    }
  }
}

/**
 * The starts of each needle in `text`, one increasing list per needle in the needles' order: what searching the
 * text once per needle with `indexOf(needle, at + 1)` finds, in one pass.
 */
export function occurrencesOfEach(text: string, needles: readonly string[]): number[][] {
  const starts = needles.map((): number[] => []);
  if (needles.every((needle) => needle.length === 0)) return starts;
  const automaton = new Automaton(needles);
  const { fallback, ends, endingFallback } = automaton;
  let state = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    let target = automaton.child(state, code);
    while (target === undefined && state !== 0) {
      state = fallback[state]!;
      target = automaton.child(state, code);
    }
    state = target ?? 0;
    // Each needle ending here, on this state or along its fallbacks, starts its length back.
    for (let ending = ends[state] !== undefined ? state : endingFallback[state]!; ending > 0; ) {
      for (const index of ends[ending]!) starts[index]!.push(at + 1 - needles[index]!.length);
      ending = endingFallback[ending]!;
    }
  }
  return starts;
}
