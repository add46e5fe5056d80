/**
 * What an input guard decides. Anything but "pass" sends the case to a person; the reason key is an i18n
 * key the interface translates, the code is what the ledger and the metrics record.
 */
export type InputGuardCode = "prompt-injection" | "emergency" | "out-of-scope";

export type EmergencyCategory = "self-harm" | "medical" | "violence" | "homelessness";

export type InputGuardVerdict =
  | { verdict: "pass" }
  | {
      verdict: "handoff";
      code: "prompt-injection";
      reasonKey: "guards.input.prompt-injection";
      /** Names of the pattern families that matched, for reviewers and the ledger (not the raw text). */
      signals: string[];
    }
  | {
      verdict: "handoff";
      code: "emergency";
      reasonKey: "guards.input.emergency";
      category: EmergencyCategory;
      /** i18n key of the emergency information shown to the person at once, before any human picks up. */
      emergencyInfoKey: `emergency.${EmergencyCategory}`;
      priority: "immediate";
    }
  | {
      verdict: "handoff";
      code: "out-of-scope";
      reasonKey: "guards.input.out-of-scope";
      topRetrievalScore: number | null;
      keywordOverlap: number;
    };
