import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
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

/** A number as JSON writes it: `String` agrees with `JSON.stringify` on finite numbers, which are all a score is. */
function jsonNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : "null";
}

/**
 * `JSON.stringify(toDetectionRecord(detection))`, written out directly: a long scan prints a line per detection,
 * and building a record object for each only to serialise it was a tenth of the command's time.
 */
export function detectionJson(detection: Detection): string {
  const { type, start, end, score, country } = detection;
  const fields = `{"type":${JSON.stringify(type)},"start":${jsonNumber(start)},"end":${jsonNumber(end)},"score":${jsonNumber(Math.round(score * 1000) / 1000)}`;
  return type === "NATIONAL_ID" && country !== undefined
    ? `${fields},"country":${JSON.stringify(country)}}`
    : `${fields}}`;
}

export type JsonLinesError = { kind: "invalid-line"; line: number; message: string };

/** Bytes of output gathered before one write. */
const outputBatchLength = 64 * 1024;

/**
 * Lines gathered into one write of about 64 KiB. Standard output into a pipe is written synchronously on Linux,
 * one system call per write: a write per line cost more than the scanning of a short line.
 */
class LineBatch {
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly output: Writable) {}

  /** Adds a line; writes the batch once it is full, waiting while the output asks to. */
  async add(line: string): Promise<void> {
    this.pending.push(line);
    this.pendingLength += line.length + 1;
    if (this.pendingLength >= outputBatchLength) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = `${this.pending.join("\n")}\n`;
    this.pending = [];
    this.pendingLength = 0;
    if (!this.output.write(chunk)) await once(this.output, "drain");
  }
}

/** `steward pii scan`'s output: one JSON object per detection, one per line. */
export async function writeDetectionLines(detections: readonly Detection[], output: Writable): Promise<void> {
  const batch = new LineBatch(output);
  for (const detection of detections) await batch.add(detectionJson(detection));
  await batch.flush();
}

/**
 * The lines of a stream, a chunk's worth at a time: split at "\n" (the "\r" of a "\r\n" stays, and JSON.parse
 * takes it as white space), decoded as UTF-8 across chunk edges, a last line without a line break included. A
 * stream that ends with a line break has no empty last line.
 */
async function* linesOf(input: Readable): AsyncGenerator<string[]> {
  const decoder = new StringDecoder("utf8");
  let carried = "";
  for await (const chunk of input) {
    const piece = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    const lines: string[] = [];
    let from = 0;
    for (let newline = piece.indexOf("\n"); newline >= 0; newline = piece.indexOf("\n", from)) {
      lines.push(carried + piece.slice(from, newline));
      carried = "";
      from = newline + 1;
    }
    carried += piece.slice(from);
    if (lines.length > 0) yield lines;
  }
  carried += decoder.end();
  if (carried.length > 0) yield [carried];
}

/** The output line for one input line of `scanJsonLines`, or what is wrong with the input line. */
function scanLine(
  line: string,
  options: { policy?: PiiPolicy },
): { ok: true; output: string } | { ok: false; message: string } {
  let text: unknown;
  try {
    text = (JSON.parse(line) as { text?: unknown } | null)?.text;
  } catch {
    return { ok: false, message: "is not valid JSON" };
  }
  if (typeof text !== "string") return { ok: false, message: 'has no string field "text"' };
  const result = detectPersonalData(text, options);
  if (!result.ok) return { ok: false, message: `is longer than ${result.error.maxInputLength} characters` };
  let output = '{"detections":[';
  const { detections } = result;
  for (let index = 0; index < detections.length; index++) {
    if (index > 0) output += ",";
    output += detectionJson(detections[index]!);
  }
  return { ok: true, output: `${output}]}` };
}

/**
 * Reads one `{"text": ...}` object per line and writes one `{"detections": [...]}` line per input line, in order.
 * Reads a chunk of lines at a time and writes in batches, so a batch pays start-up cost once and no line pays a
 * system call of its own. A malformed line stops the run with an error value naming the line; the lines before
 * it are written, and the input is closed (leaving the loop over it destroys it).
 */
export async function scanJsonLines(
  input: Readable,
  output: Writable,
  policy?: PiiPolicy,
): Promise<{ ok: true; lines: number } | { ok: false; error: JsonLinesError }> {
  const batch = new LineBatch(output);
  const options = policy === undefined ? {} : { policy };
  let lineNumber = 0;
  for await (const lines of linesOf(input)) {
    for (const line of lines) {
      lineNumber++;
      const scanned = scanLine(line, options);
      if (!scanned.ok) {
        await batch.flush();
        return { ok: false, error: { kind: "invalid-line", line: lineNumber, message: scanned.message } };
      }
      await batch.add(scanned.output);
    }
  }
  await batch.flush();
  return { ok: true, lines: lineNumber };
}
