/**
 * Measures the prompt-injection guard on two labelled sets and prints precision, recall and false-alarm rate:
 *   node --import tsx src/domains/guards/evaluate-injection.ts <deepset-train.jsonl> <NotInject.json>
 * The first file is JSON lines `{ "text", "label" }` (label 1 = injection); the second a JSON array of
 * `{ "prompt" }`, all benign but full of trigger words, so every detection there is a false alarm.
 * The patterns are general techniques; this script reports, it must not be used to fit them.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { detectPromptInjection } from "./detect-prompt-injection.ts";

const labelledRow = z.object({ text: z.string(), label: z.union([z.literal(0), z.literal(1)]) });
const benignRows = z.array(z.object({ prompt: z.string() }));

function flagged(text: string): boolean {
  return detectPromptInjection(text).verdict === "handoff";
}

function main(labelledPath: string, benignPath: string): void {
  const rows = readFileSync(labelledPath, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => labelledRow.parse(JSON.parse(line)));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const row of rows) {
    const hit = flagged(row.text);
    if (row.label === 1) hit ? tp++ : fn++;
    else hit ? fp++ : tn++;
  }
  const benign = benignRows.parse(JSON.parse(readFileSync(benignPath, "utf8")));
  const falseAlarms = benign.filter((row) => flagged(row.prompt)).length;

  const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
  console.log(`labelled set: ${rows.length} rows (${tp + fn} injections, ${fp + tn} benign)`);
  console.log(
    `  precision ${pct(tp, tp + fp)}  recall ${pct(tp, tp + fn)}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`,
  );
  console.log(`  false-alarm rate on its benign rows ${pct(fp, fp + tn)}`);
  console.log(
    `trigger-word benign set: ${benign.length} rows, false alarms ${falseAlarms} (${pct(falseAlarms, benign.length)})`,
  );
}

const [labelledPath, benignPath] = process.argv.slice(2);
if (!labelledPath || !benignPath) {
  console.error("usage: evaluate-injection.ts <labelled.jsonl> <benign-trigger-words.json>");
  process.exit(2);
}
main(labelledPath, benignPath);
