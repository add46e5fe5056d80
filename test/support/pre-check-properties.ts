// Shared by the pii pre-check soundness tests: a recogniser runs a costly pattern only where a cheap check says
// it can match, and these properties hold each check to its pattern.
import assert from "node:assert/strict";
import fc from "fast-check";
import { NUMBER, tokensOf } from "../../src/domains/pii/scan.ts";

/**
 * Runs `check` over `numRuns` generated values; `check` asserts the pre-check wherever the pattern matches and
 * returns how many matches it saw. Fails when the pattern matched in fewer than one run in 25 on average: a
 * property that never fires proves nothing.
 */
export function assertSound<Value>(
  name: string,
  values: fc.Arbitrary<Value>,
  check: (value: Value) => number,
  numRuns: number,
): void {
  let matches = 0;
  fc.assert(
    fc.property(values, (value) => {
      matches += check(value);
    }),
    { numRuns },
  );
  assert.ok(matches >= numRuns / 25, `${name}: the pattern matched only ${matches} times in ${numRuns} runs`);
}

/** Calls `visit(start, end)` for each number token of `text`. */
export function forEachNumber(text: string, visit: (start: number, end: number) => void): void {
  const table = tokensOf(text);
  for (let token = 0; token < table.count; token++) {
    if (table.kind[token] === NUMBER) visit(table.start[token]!, table.end[token]!);
  }
}

/** At each number token where `matches` holds, `check` must hold too; returns how many matched. */
export function checkAtNumbers(
  text: string,
  matches: (start: number, end: number) => boolean,
  check: (start: number, end: number) => boolean,
): number {
  let count = 0;
  forEachNumber(text, (start, end) => {
    if (!matches(start, end)) return;
    count++;
    assert.ok(check(start, end), `${JSON.stringify(text)} at ${start}`);
  });
  return count;
}

/** The text a sticky pattern matches at `position`, or undefined. */
export function stickyMatch(pattern: RegExp, text: string, position: number): string | undefined {
  pattern.lastIndex = position;
  return pattern.exec(text)?.[0];
}
