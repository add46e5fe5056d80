import { detectPersonalData } from "./detect-personal-data.ts";

/**
 * "TYPE:value" of every detection in `text`, in text order: how tests state what the engine finds. Throws on an
 * input the engine refuses, which a test's short sentence never is.
 */
export function detectionsAsText(text: string): string[] {
  const result = detectPersonalData(text);
  if (!result.ok) throw new Error(`refused: ${result.error.kind}`);
  return result.detections.map(
    (detection) => `${detection.type}:${text.slice(detection.start, detection.end)}`,
  );
}
