import type { Detection } from "./detection.ts";
import type { EntityType } from "./entity-type.ts";
import { occurrencesOfEach } from "./occurrences.ts";

/** One placeholder and the exact value it stands for. */
export interface PlaceholderEntry {
  readonly placeholder: string;
  readonly type: EntityType;
  readonly value: string;
}

/** The placeholders of one case. Kept across stages so the same value always gets the same placeholder. */
export interface PlaceholderMap {
  readonly entries: readonly PlaceholderEntry[];
}

export const emptyPlaceholderMap: PlaceholderMap = { entries: [] };

export interface Pseudonymised {
  readonly text: string;
  readonly map: PlaceholderMap;
}

function placeholderFor(type: EntityType, number: number): string {
  return `[${type}_${number}]`;
}

/**
 * Placeholder-shaped strings. A placeholder can only occur in a text as one whole match of this pattern (its
 * "[" cannot sit inside another match), so the matches found once answer "does the text hold this placeholder?".
 */
const placeholderPattern = /\[[A-Z_]+_\d+\]/g;

/**
 * Replaces every detected value by a typed placeholder (`[PERSON_1]`), reusing the map's placeholders for
 * values already seen in the case. Other occurrences of a detected value in the same text are replaced too,
 * so the output never holds a value that was detected anywhere in it. Placeholders that already occur in the
 * text are skipped so that restoring is exact.
 */
export function pseudonymise(
  text: string,
  detections: readonly Detection[],
  map: PlaceholderMap = emptyPlaceholderMap,
): Pseudonymised {
  const entries = [...map.entries];
  const byValue = new Map<string, PlaceholderEntry>();
  const counters = new Map<EntityType, number>();
  for (const entry of entries) {
    byValue.set(entry.value, entry);
    const number = Number(/_(\d+)\]$/.exec(entry.placeholder)?.[1] ?? 0);
    counters.set(entry.type, Math.max(counters.get(entry.type) ?? 0, number));
  }
  const placeholdersInText = new Set(text.match(placeholderPattern));
  const entryFor = (type: EntityType, value: string): PlaceholderEntry => {
    const existing = byValue.get(value);
    if (existing !== undefined) return existing;
    let number = counters.get(type) ?? 0;
    let placeholder: string;
    do placeholder = placeholderFor(type, ++number);
    while (placeholdersInText.has(placeholder));
    counters.set(type, number);
    const entry = { placeholder, type, value };
    entries.push(entry);
    byValue.set(value, entry);
    return entry;
  };

  // Detected spans first, then every other occurrence of their values (longest values first).
  const spans: { start: number; end: number; entry: PlaceholderEntry }[] = [];
  const occupied = new Uint8Array(text.length);
  const taken = (start: number, end: number) => occupied.subarray(start, end).includes(1);
  const claim = (start: number, end: number, entry: PlaceholderEntry) => {
    occupied.fill(1, start, end);
    spans.push({ start, end, entry });
  };
  for (const detection of [...detections].sort((left, right) => left.start - right.start)) {
    if (detection.end <= detection.start || taken(detection.start, detection.end)) continue;
    claim(
      detection.start,
      detection.end,
      entryFor(detection.type, text.slice(detection.start, detection.end)),
    );
  }
  const values = [...new Set(spans.map((span) => span.entry))].sort(
    (left, right) => right.value.length - left.value.length,
  );
  const starts = occurrencesOfEach(
    text,
    values.map((entry) => entry.value),
  );
  values.forEach((entry, index) => {
    for (const at of starts[index]!)
      if (!taken(at, at + entry.value.length)) claim(at, at + entry.value.length, entry);
  });
  spans.sort((left, right) => left.start - right.start);
  let output = "";
  let cursor = 0;
  for (const span of spans) {
    output += text.slice(cursor, span.start) + span.entry.placeholder;
    cursor = span.end;
  }
  output += text.slice(cursor);
  return { text: output, map: { entries } };
}

/** Puts the original values back. Placeholders not in the map are left as they are. */
export function restore(text: string, map: PlaceholderMap): string {
  const byPlaceholder = new Map(map.entries.map((entry) => [entry.placeholder, entry.value]));
  return text.replace(placeholderPattern, (placeholder) => byPlaceholder.get(placeholder) ?? placeholder);
}
