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
  const lowerOutput = output.toLowerCase();
  const leaks: Leak[] = [];
  for (const entry of map.entries) {
    const needle = entry.value.toLowerCase();
    if (needle.length < 2) continue;
    for (let at = lowerOutput.indexOf(needle); at >= 0; at = lowerOutput.indexOf(needle, at + 1)) {
      leaks.push({ placeholder: entry.placeholder, type: entry.type, start: at, end: at + needle.length });
    }
  }
  return leaks.length === 0
    ? { ok: true }
    : { ok: false, leaks: leaks.sort((left, right) => left.start - right.start) };
}
