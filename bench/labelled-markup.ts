/**
 * Text labelled inline, one message per line: personal data is written `{{TYPE|value}}`, so a person can read and
 * edit the set, and the offsets are computed rather than typed. Markers do not nest.
 */
import type { LabelledSpan } from "../src/domains/pii/index.ts";

export interface LabelledText {
  readonly text: string;
  readonly spans: readonly LabelledSpan[];
}

export type MarkupResult = { ok: true; value: LabelledText } | { ok: false; message: string };

const marker = /\{\{([A-Z_]+)\|([^{}|]+)\}\}/g;

/** One line of markup as its plain text and spans (UTF-16 offsets into the plain text). */
export function parseLabelledLine(line: string, knownTypes: ReadonlySet<string>): MarkupResult {
  const spans: LabelledSpan[] = [];
  let text = "";
  let from = 0;
  for (const match of line.matchAll(marker)) {
    const whole = match[0];
    const type = match[1]!;
    const value = match[2]!;
    if (!knownTypes.has(type)) return { ok: false, message: `unknown type ${type} in "${whole}"` };
    if (value.trim() !== value) return { ok: false, message: `space at the edge of the value in "${whole}"` };
    text += line.slice(from, match.index);
    spans.push({ type, start: text.length, end: text.length + value.length });
    text += value;
    from = match.index + whole.length;
  }
  text += line.slice(from);
  if (text.includes("{{") || text.includes("}}"))
    return { ok: false, message: "a marker is not of the form {{TYPE|value}}" };
  return { ok: true, value: { text, spans } };
}

/** Every line of a file of markup; throws naming the file and line of the first malformed one. */
export function parseLabelledFile(
  name: string,
  content: string,
  knownTypes: ReadonlySet<string>,
): LabelledText[] {
  const lines = content.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines.map((line, index) => {
    const parsed = parseLabelledLine(line, knownTypes);
    if (!parsed.ok) throw new Error(`${name} line ${index + 1}: ${parsed.message}`);
    return parsed.value;
  });
}
