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

/** The automaton of a list of needles (empty needles never match). */
interface Automaton {
  /** Per state, its transitions: code unit → state. State 0 is the root. */
  readonly next: Map<number, number>[];
  /** Per state, the state of its longest proper suffix that is a prefix of some needle. */
  readonly fallback: Int32Array;
  /** Per state, the needles ending there (their indices), or undefined. */
  readonly ends: (number[] | undefined)[];
  /** Per state, the nearest state along its fallbacks where some needle ends, or -1. */
  readonly endingFallback: Int32Array;
}

function automatonOf(needles: readonly string[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const ends: (number[] | undefined)[] = [undefined];
  needles.forEach((needle, index) => {
    if (needle.length === 0) return;
    let state = 0;
    for (let at = 0; at < needle.length; at++) {
      const code = needle.charCodeAt(at);
      let child = next[state]!.get(code);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        ends.push(undefined);
        next[state]!.set(code, child);
      }
      state = child;
    }
    const ending = ends[state];
    if (ending === undefined) ends[state] = [index];
    else ending.push(index);
  });
  const fallback = new Int32Array(next.length);
  const endingFallback = new Int32Array(next.length).fill(-1);
  // Breadth first, so a state's fallback (a shorter string) is complete before the state is reached.
  const queue: number[] = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, child] of next[state]!) {
      let candidate = fallback[state]!;
      while (candidate !== 0 && !next[candidate]!.has(code)) candidate = fallback[candidate]!;
      const target = next[candidate]!.get(code);
      fallback[child] = target !== undefined && target !== child ? target : 0;
      const suffix = fallback[child]!;
      endingFallback[child] = ends[suffix] !== undefined ? suffix : endingFallback[suffix]!;
      queue.push(child);
    }
  }
  return { next, fallback, ends, endingFallback };
}

/**
 * The starts of each needle in `text`, one increasing list per needle in the needles' order: what searching the
 * text once per needle with `indexOf(needle, at + 1)` finds, in one pass.
 */
export function occurrencesOfEach(text: string, needles: readonly string[]): number[][] {
  const starts = needles.map((): number[] => []);
  if (needles.every((needle) => needle.length === 0)) return starts;
  const { next, fallback, ends, endingFallback } = automatonOf(needles);
  let state = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    let target = next[state]!.get(code);
    while (target === undefined && state !== 0) {
      state = fallback[state]!;
      target = next[state]!.get(code);
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
