import { foldText } from "./fold-text.ts";
import { INJECTION_PATTERNS } from "./injection-patterns.ts";
import type { InputGuardVerdict } from "./input-verdict.ts";

/** A handoff needs a total weight of at least 1: one strong family, or two weak ones. */
const HANDOFF_WEIGHT = 1;

/**
 * Looks for prompt-injection techniques in a citizen's message. A match hands the case to a person rather
 * than refusing: a false alarm costs a reviewer a minute, a missed injection could put unreviewed text in
 * front of the model with its governance instructions overridden.
 */
export function detectPromptInjection(text: string): InputGuardVerdict {
  const folded = foldText(text);
  const signals: string[] = [];
  let weight = 0;
  for (const { family, weight: familyWeight, pattern } of INJECTION_PATTERNS) {
    // Delimiters are checked on the raw text too: folding collapses the newlines that anchor "### system".
    if (pattern.test(folded) || (family === "delimiter-injection" && pattern.test(text.toLowerCase()))) {
      signals.push(family);
      weight += familyWeight;
    }
  }
  if (weight < HANDOFF_WEIGHT) return { verdict: "pass" };
  return {
    verdict: "handoff",
    code: "prompt-injection",
    reasonKey: "guards.input.prompt-injection",
    signals,
  };
}
