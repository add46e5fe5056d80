/**
 * A check of how the detection generalises past the values of the development set: every person, place,
 * organisation and street address of a sentence is replaced by a value of the same type taken at random from
 * another sentence. The sentence around it stays; only the pairing of context and value is new, as in unseen data
 * made from the same templates with other values.
 */

interface Span {
  entity_type: string;
  start_position: number;
  end_position: number;
}

export interface LabelledRow {
  full_text: string;
  spans: Span[];
}

/** Types whose values are swapped: the free-text ones, found by context and gazetteers rather than by shape. */
const swappedTypes = new Set(["PERSON", "GPE", "ORGANIZATION", "STREET_ADDRESS"]);

/** A seeded generator, so a seed always gives the same swaps. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `rows` with the values of the swapped types exchanged between sentences (overlapping spans kept as they are). */
export function withSwappedValues(rows: readonly LabelledRow[], seed: number): LabelledRow[] {
  const random = seededRandom(seed);
  const valuesByType = new Map<string, string[]>();
  for (const row of rows) {
    for (const span of row.spans) {
      if (!swappedTypes.has(span.entity_type)) continue;
      const values = valuesByType.get(span.entity_type) ?? [];
      values.push(row.full_text.slice(span.start_position, span.end_position));
      valuesByType.set(span.entity_type, values);
    }
  }
  return rows.map((row) => {
    const spans = [...row.spans].sort((left, right) => left.start_position - right.start_position);
    let text = "";
    let copiedUpTo = 0;
    const moved: Span[] = [];
    for (const span of spans) {
      if (span.start_position < copiedUpTo) continue;
      text += row.full_text.slice(copiedUpTo, span.start_position);
      const values = valuesByType.get(span.entity_type);
      const value =
        values === undefined
          ? row.full_text.slice(span.start_position, span.end_position)
          : values[Math.floor(random() * values.length)]!;
      moved.push({
        entity_type: span.entity_type,
        start_position: text.length,
        end_position: text.length + value.length,
      });
      text += value;
      copiedUpTo = span.end_position;
    }
    return { full_text: text + row.full_text.slice(copiedUpTo), spans: moved };
  });
}
