/**
 * Points carried by a stored answer, exactly as the official AIA tool computes them: the number after
 * the last "-" of a choice value (`item2-3` → 3, `item1` → 0, non-numeric suffix → 0); a list of
 * checked choices scores the sum of its items. Anything else scores 0.
 */
export function choiceScore(value: unknown): number {
  if (typeof value === "number") return value;
  if (Array.isArray(value)) return value.reduce((sum: number, item: unknown) => sum + itemScore(item), 0);
  if (typeof value === "string") return embeddedScore(value);
  return 0;
}

function itemScore(item: unknown): number {
  if (typeof item === "number") return item;
  if (typeof item === "string") return embeddedScore(item);
  return 0;
}

function embeddedScore(value: string): number {
  const hyphen = value.lastIndexOf("-");
  if (hyphen === -1) return 0;
  const score = Number(value.slice(hyphen + 1));
  return Number.isNaN(score) ? 0 : score;
}
