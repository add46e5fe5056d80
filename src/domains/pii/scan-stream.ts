import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { detectPersonalData } from "./detect-personal-data.ts";
import type { Detection } from "./detection.ts";
import type { PiiPolicy } from "./policy.ts";

export interface DetectionRecord {
  type: string;
  start: number;
  end: number;
  score: number;
  country?: string;
}

export function toDetectionRecord(detection: Detection): DetectionRecord {
  const record: DetectionRecord = {
    type: detection.type,
    start: detection.start,
    end: detection.end,
    score: Math.round(detection.score * 1000) / 1000,
  };
  if (detection.type === "NATIONAL_ID" && detection.country !== undefined) record.country = detection.country;
  return record;
}

export type JsonLinesError = { kind: "invalid-line"; line: number; message: string };

function write(output: Writable, line: string): Promise<void> {
  return new Promise((resolve) => {
    if (output.write(`${line}\n`)) resolve();
    else output.once("drain", resolve);
  });
}

/**
 * Reads one `{"text": ...}` object per line and writes one `{"detections": [...]}` line per input line, in order.
 * Streams line by line, so a batch pays start-up cost once. A malformed line stops the run with an error value
 * naming the line; lines already written stay written.
 */
export async function scanJsonLines(
  input: Readable,
  output: Writable,
  policy?: PiiPolicy,
): Promise<{ ok: true; lines: number } | { ok: false; error: JsonLinesError }> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown } | null)?.text;
    } catch {
      lines.close();
      return { ok: false, error: { kind: "invalid-line", line: lineNumber, message: "is not valid JSON" } };
    }
    if (typeof text !== "string") {
      lines.close();
      return {
        ok: false,
        error: { kind: "invalid-line", line: lineNumber, message: 'has no string field "text"' },
      };
    }
    const result = detectPersonalData(text, policy === undefined ? {} : { policy });
    if (!result.ok) {
      lines.close();
      return {
        ok: false,
        error: {
          kind: "invalid-line",
          line: lineNumber,
          message: `is longer than ${result.error.maxInputLength} characters`,
        },
      };
    }
    await write(output, JSON.stringify({ detections: result.detections.map(toDetectionRecord) }));
  }
  return { ok: true, lines: lineNumber };
}
