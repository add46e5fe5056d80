import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { NUMBER, tokensOf } from "./scan.ts";

/** The number tokens of a table found the slow way: every token whose kind is NUMBER. */
function numberTokensByKind(text: string): number[] {
  const table = tokensOf(text);
  const numbers: number[] = [];
  for (let token = 0; token < table.count; token++) if (table.kind[token] === NUMBER) numbers.push(token);
  return numbers;
}

function listedNumberTokens(text: string): number[] {
  const table = tokensOf(text);
  return Array.from(table.numberTokens.subarray(0, table.numberCount));
}

test("the number-token list holds every number token in order, however many there are", () => {
  // More number tokens than the buffers first hold (a fifth of the length, at least 16): the list grows.
  const digits = Array.from({ length: 3000 }, (_, index) => String(index % 10)).join(" ");
  for (const text of ["", "no digits here", "Call 020 7946 0018 or 07700 900123", digits, "x1y22z333"]) {
    assert.deepEqual(listedNumberTokens(text), numberTokensByKind(text), text.slice(0, 40));
  }
  assert.equal(tokensOf(digits).numberCount, 3000);
});

test("a shorter text after a longer one lists only its own number tokens", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 20 }), (longer, shorter) => {
      tokensOf(`${longer} 1 2 3 4 5 6 7 8 9`);
      assert.deepEqual(listedNumberTokens(shorter), numberTokensByKind(shorter));
    }),
    { numRuns: 2000 },
  );
});
