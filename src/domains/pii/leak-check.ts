import { occurrencesOfEach } from "./occurrences.ts";
import type { PlaceholderEntry, PlaceholderMap } from "./pseudonymise.ts";

export interface Leak {
  readonly placeholder: string;
  readonly type: PlaceholderEntry["type"];
  readonly start: number;
  readonly end: number;
}

export type LeakCheck = { ok: true } | { ok: false; leaks: Leak[] };

/**
 * Looks in a model's output for real values where placeholders belong. Matching ignores case, since a model
 * may re-case a name. Returns the positions, never the values, so the result itself can be logged.
 */
export function checkLeak(output: string, map: PlaceholderMap): LeakCheck {
  // Values of one character are not looked for: any text holds them.
  const sought = map.entries
    .map((entry) => ({ entry, needle: entry.value.toLowerCase() }))
    .filter(({ needle }) => needle.length >= 2);
  const starts = occurrencesOfEach(
    output.toLowerCase(),
    sought.map(({ needle }) => needle),
  );
  const leaks: Leak[] = [];
  sought.forEach(({ entry, needle }, index) => {
    for (const at of starts[index]!)
      leaks.push({ placeholder: entry.placeholder, type: entry.type, start: at, end: at + needle.length });
  });
  return leaks.length === 0
    ? { ok: true }
    : { ok: false, leaks: leaks.sort((left, right) => left.start - right.start) };
}
