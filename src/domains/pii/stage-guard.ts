import { type DetectOptions, detectPersonalData, type InputTooLarge } from "./detect-personal-data.ts";
import type { Detection } from "./detection.ts";
import { checkLeak, type LeakCheck } from "./leak-check.ts";
import type { PiiPolicy } from "./policy.ts";
import { type PlaceholderMap, pseudonymise, restore } from "./pseudonymise.ts";

export type ProtectedText =
  | { ok: true; text: string; map: PlaceholderMap; detections: Detection[] }
  | { ok: false; error: InputTooLarge };

export type GuardedOutput =
  | { ok: true; text: string }
  | { ok: false; leaks: Exclude<LeakCheck, { ok: true }>["leaks"]; text: string };

/**
 * What the case flow calls at each stage. Pure: the caller keeps the (encrypted) placeholder map of the case
 * and passes it back in, writes ledger events, and decides erasure; nothing here stores raw text.
 */
export interface PiiStageGuard {
  /** Intake text, a prompt before the model, or one retrieved passage: pseudonymise, extending the case map. */
  protect(text: string, map: PlaceholderMap): ProtectedText;
  /** Several retrieved passages, sharing one map so the same person keeps one placeholder. */
  protectPassages(
    passages: readonly string[],
    map: PlaceholderMap,
  ): { ok: true; passages: string[]; map: PlaceholderMap } | { ok: false; error: InputTooLarge };
  /** The model's output: blocked (placeholders put back in) if it holds a real value of the case. */
  guardOutput(output: string, map: PlaceholderMap): GuardedOutput;
  /** What a reviewer sees: originals only if the policy allows it. */
  forReviewer(text: string, map: PlaceholderMap): string;
}

export function createPiiStageGuard(
  policy: PiiPolicy,
  options: Omit<DetectOptions, "policy"> = {},
): PiiStageGuard {
  const protect = (text: string, map: PlaceholderMap): ProtectedText => {
    const result = detectPersonalData(text, { ...options, policy });
    if (!result.ok) return result;
    const pseudonymised = pseudonymise(text, result.detections, map);
    return { ok: true, text: pseudonymised.text, map: pseudonymised.map, detections: result.detections };
  };
  return {
    protect,
    protectPassages(passages, map) {
      const output: string[] = [];
      let current = map;
      for (const passage of passages) {
        const result = protect(passage, current);
        if (!result.ok) return result;
        output.push(result.text);
        current = result.map;
      }
      return { ok: true, passages: output, map: current };
    },
    guardOutput(output, map) {
      const check = checkLeak(output, map);
      if (check.ok) return { ok: true, text: output };
      let text = "";
      let cursor = 0;
      for (const leak of check.leaks) {
        if (leak.start < cursor) continue;
        text += output.slice(cursor, leak.start) + leak.placeholder;
        cursor = leak.end;
      }
      return { ok: false, leaks: check.leaks, text: text + output.slice(cursor) };
    },
    forReviewer(text, map) {
      return policy.reviewerSeesOriginals ? restore(text, map) : text;
    },
  };
}
