import { EMERGENCY_PATTERNS } from "./emergency-patterns.ts";
import { foldText } from "./fold-text.ts";
import type { InputGuardVerdict } from "./input-verdict.ts";

/**
 * Detects messages from someone who may be in danger. The verdict is an immediate hand-off carrying the key of
 * the emergency information (numbers, crisis lines) to show the person straight away. Runs first among the
 * input guards: a person in crisis who also typed something odd must still get the emergency information.
 * Categories are checked in order self-harm, medical, violence; the first match wins.
 */
export function detectEmergency(text: string): InputGuardVerdict {
  const folded = foldText(text);
  for (const { category, pattern } of EMERGENCY_PATTERNS) {
    if (pattern.test(folded)) {
      return {
        verdict: "handoff",
        code: "emergency",
        reasonKey: "guards.input.emergency",
        category,
        emergencyInfoKey: `emergency.${category}`,
        priority: "immediate",
      };
    }
  }
  return { verdict: "pass" };
}
