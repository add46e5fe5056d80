import { detectEmergency } from "./detect-emergency.ts";
import { detectPromptInjection } from "./detect-prompt-injection.ts";
import type { InputGuardVerdict } from "./input-verdict.ts";

export type CheckInputOptions = {
  /** Guards the service switched off in its controls (emergency detection cannot be switched off). */
  skip?: readonly "prompt-injection"[];
};

/**
 * The input guards that run before retrieval, in priority order: emergency first (someone in danger gets the
 * emergency information whatever else the message contains), then prompt injection. The scope check needs
 * retrieval scores, so the runner calls `checkScope` after retrieval.
 */
export function checkInput(text: string, options: CheckInputOptions = {}): InputGuardVerdict {
  const emergency = detectEmergency(text);
  if (emergency.verdict !== "pass") return emergency;
  if (!options.skip?.includes("prompt-injection")) {
    const injection = detectPromptInjection(text);
    if (injection.verdict !== "pass") return injection;
  }
  return { verdict: "pass" };
}
