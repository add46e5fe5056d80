/**
 * Accuracy and throughput of the pii module. Accuracy: token-level matching as in presidio-research's
 * Evaluator, on the development part of its synthetic set. Throughput: MB/s on one core.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  accumulateTokenScores,
  createEvaluationScores,
  defaultRecognisers,
  detectPersonalData,
  type EvaluationScores,
  type LabelledSpan,
  precisionRecallF,
  type Recogniser,
} from "../src/domains/pii/index.ts";
import { tokensOf } from "../src/domains/pii/scan.ts";
import type { LabelledText } from "./labelled-markup.ts";
import { heldOutFrom, loadSixLanguageSet } from "./six-languages.ts";
import { withSwappedValues } from "./swapped-values.ts";

interface DatasetRow {
  full_text: string;
  spans: { entity_type: string; start_position: number; end_position: number }[];
}

/** Dataset types renamed to ours; TITLE and NRP (nationality, religion, politics) are not scored. */
const datasetTypeMapping: Record<string, string | undefined> = {
  GPE: "LOCATION",
  ZIP_CODE: "POSTAL_CODE",
  DOMAIN_NAME: "URL",
  US_DRIVER_LICENSE: "DRIVER_LICENSE",
  US_BANK_NUMBER: "BANK_ACCOUNT",
  TITLE: undefined,
  NRP: undefined,
};
/** Our finer types folded into the dataset's coarser ones. */
const predictionTypeMapping: Record<string, string> = { DATE_OF_BIRTH: "DATE_TIME", NATIONAL_ID: "US_SSN" };
const checksumTypes = new Set(["CREDIT_CARD", "IBAN_CODE", "US_SSN"]);
/** Timed passes per corpus: other load on a shared machine only ever adds time, so the fastest pass is reported. */
const THROUGHPUT_PASSES = 3;

function loadDataset(): DatasetRow[] {
  const file = path.resolve(process.cwd(), "..", "shared", "data", "pii-dev", "synth_dataset_v2.dev.json");
  if (!existsSync(file)) {
    console.error(`The development set is missing: expected ${file} (run from the repository root).`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(file, "utf8")) as DatasetRow[];
}

function goldSpans(row: DatasetRow): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (const span of row.spans) {
    const type =
      span.entity_type in datasetTypeMapping ? datasetTypeMapping[span.entity_type] : span.entity_type;
    if (type !== undefined) spans.push({ type, start: span.start_position, end: span.end_position });
  }
  return spans;
}

function predictedSpans(text: string, typeMapping = predictionTypeMapping): LabelledSpan[] {
  const result = detectPersonalData(text);
  if (!result.ok) throw new Error("unexpected size refusal");
  return result.detections.map((detection) => ({
    type: typeMapping[detection.type] ?? detection.type,
    start: detection.start,
    end: detection.end,
  }));
}

/** The six-language set labels a US social security number as one of its national identifiers. */
const sixLanguagePredictionMapping: Record<string, string> = { US_SSN: "NATIONAL_ID" };

/** A message of the set with what the engine found in it, found once and scored for every table it is in. */
interface ScoredMessage {
  readonly text: string;
  readonly gold: readonly LabelledSpan[];
  readonly predicted: readonly LabelledSpan[];
}

function scoredMessage({ text, spans }: LabelledText): ScoredMessage {
  const predicted = predictedSpans(text, sixLanguagePredictionMapping);
  return { text, gold: spans, predicted };
}

function sixLanguageScores(messages: readonly ScoredMessage[]): EvaluationScores {
  const scores = createEvaluationScores();
  for (const { text, gold, predicted } of messages) accumulateTokenScores(scores, text, gold, predicted);
  return scores;
}

/** Accuracy per language on the project's own labelled messages, and per type over all six. */
function sixLanguageAccuracy(): void {
  const languages = loadSixLanguageSet();
  console.log(
    `\nSix languages: the project's labelled messages (bench/six-languages; lines 1–${heldOutFrom} development, the rest held out)\n`,
  );
  console.log(
    "| language | messages | precision | recall | F2 (any type) | F2 (type must match) | F2 development / held out |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  const all: ScoredMessage[] = [];
  for (const { language, messages } of languages) {
    const scored = messages.map(scoredMessage);
    all.push(...scored);
    const scores = sixLanguageScores(scored);
    const overall = precisionRecallF(scores.overall);
    const typed = precisionRecallF(scores.overallTyped);
    const development = precisionRecallF(sixLanguageScores(scored.slice(0, heldOutFrom)).overall);
    const heldOut = precisionRecallF(sixLanguageScores(scored.slice(heldOutFrom)).overall);
    console.log(
      `| ${language} | ${messages.length} | ${format(overall.precision)} | ${format(overall.recall)} | ${format(overall.f)} | ${format(typed.f)} | ${format(development.f)} / ${format(heldOut.f)} |`,
    );
  }
  console.log("");
  printTypeTable(sixLanguageScores(all), "type, all six languages");
}

function format(value: number): string {
  return value.toFixed(3);
}

/** Precision, recall and F2 per type, then overall with any type and with the type required to match. */
function printTypeTable(scores: EvaluationScores, firstColumn: string): void {
  console.log(`| ${firstColumn} | precision | recall | F2 | gold tokens |`);
  console.log("| --- | --- | --- | --- | --- |");
  for (const [type, score] of [...scores.perType].sort(([left], [right]) => left.localeCompare(right))) {
    const { precision, recall, f } = precisionRecallF(score);
    const mark = checksumTypes.has(type) ? " (checksum)" : "";
    console.log(
      `| ${type}${mark} | ${format(precision)} | ${format(recall)} | ${format(f)} | ${score.annotated} |`,
    );
  }
  const overall = precisionRecallF(scores.overall);
  const typed = precisionRecallF(scores.overallTyped);
  console.log(
    `| **overall, any PII type** | ${format(overall.precision)} | ${format(overall.recall)} | ${format(overall.f)} | ${scores.overall.annotated} |`,
  );
  console.log(
    `| **overall, type must match** | ${format(typed.precision)} | ${format(typed.recall)} | ${format(typed.f)} | ${scores.overallTyped.annotated} |`,
  );
}

function accuracy(rows: DatasetRow[], title: string, overallOnly = false): void {
  const scores = createEvaluationScores();
  for (const row of rows)
    accumulateTokenScores(scores, row.full_text, goldSpans(row), predictedSpans(row.full_text));
  if (overallOnly) {
    const overall = precisionRecallF(scores.overall);
    const typed = precisionRecallF(scores.overallTyped);
    console.log(
      `| ${title} | ${format(overall.precision)} | ${format(overall.recall)} | ${format(overall.f)} | ${format(typed.f)} |`,
    );
    return;
  }
  console.log(`\n${title}: accuracy on ${rows.length} sentences (token level, F2)\n`);
  printTypeTable(scores, "type");
}

/** A seeded generator so every run measures the same text. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function mixedLanguageText(targetBytes: number): string {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const names = [
    "Camille Durand",
    "Lucía Fernández",
    "Jonas Becker",
    "João Silva",
    "Emily Carter",
    "محمد الأحمد",
  ];
  const templates = [
    (name: string) =>
      `My name is ${name}, call me on +44 20 7946 0${Math.floor(100 + random() * 899)} or write to someone${Math.floor(random() * 1e4)}@example.org. The office opens on Monday.`,
    (name: string) =>
      `Je m'appelle ${name}, j'habite 12 rue de la Paix à Paris. Mon IBAN est FR14 2004 1010 0505 0001 3M02 606, merci.`,
    (name: string) =>
      `Me llamo ${name} y vivo en Madrid. Mi DNI es 12345678Z y mi teléfono es 612 345 678. Gracias por la ayuda.`,
    (name: string) =>
      `Ich heiße ${name} und wohne in der Hauptstraße 5 in Berlin. Geboren am 12. März 1980. Bitte rufen Sie zurück.`,
    (name: string) =>
      `Chamo-me ${name}, moro em Lisboa, o meu cartão é 4111 1111 1111 1111 e o NIF 123456789. Obrigado.`,
    (name: string) =>
      `اسمي ${name} وأسكن في القاهرة. رقم هاتفي +20 10 1234 5678 وعمري 34 سنة. شكرا لكم على المساعدة في هذا الطلب.`,
    () =>
      "The committee reviewed the annual report and agreed to publish the summary before the end of the quarter.",
    () =>
      "Le service public répond aux demandes dans un délai de trente jours, sauf exception prévue par la loi.",
  ];
  const parts: string[] = [];
  let length = 0;
  while (length < targetBytes) {
    const sentence = pick(templates)(pick(names));
    parts.push(sentence);
    length += Buffer.byteLength(sentence) + 1;
  }
  return parts.join("\n");
}

/**
 * The engine keeps the tokens of the last text it saw; a pass over a one-text corpus would find them there
 * after the warm-up and skip tokenising. Each timed pass starts with another text cached.
 */
function forgetCachedTokens(): void {
  tokensOf("");
}

/** The fastest of THROUGHPUT_PASSES passes of `work` over the texts, in seconds. */
function fastestPass(texts: readonly string[], work: (text: string) => unknown): number {
  for (const text of texts.slice(0, 200)) work(text); // warm-up
  let fastest = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < THROUGHPUT_PASSES; pass++) {
    forgetCachedTokens();
    const started = process.hrtime.bigint();
    for (const text of texts) work(text);
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return fastest;
}

/** Only the shared scan: the base every recogniser's own time is measured from. */
const tokeniserOnly: Recogniser = {
  name: "tokeniser",
  types: [],
  recognise(text) {
    tokensOf(text);
    return [];
  },
};

/**
 * Where a pass spends its time: the shared tokeniser (with the per-call work around the recognisers), then each
 * recogniser's own time, measured as (tokeniser + that recogniser) − tokeniser alone, and its share of a whole
 * pass. The rows add up to less than the whole: run together, the recognisers share caches and the overlap
 * resolution has more to do.
 */
function recogniserBreakdown(label: string, texts: readonly string[]): void {
  const whole = fastestPass(texts, (text) => detectPersonalData(text));
  const base = fastestPass(texts, (text) => detectPersonalData(text, { recognisers: [tokeniserOnly] }));
  const row = (name: string, seconds: number) =>
    console.log(
      `| ${label} | ${name} | ${(seconds * 1000).toFixed(0)} ms | ${((100 * seconds) / whole).toFixed(1)} % |`,
    );
  row("tokeniser and per-call work", base);
  let sum = base;
  for (const recogniser of defaultRecognisers) {
    const own =
      fastestPass(texts, (text) => detectPersonalData(text, { recognisers: [tokeniserOnly, recogniser] })) -
      base;
    sum += own;
    row(recogniser.name, own);
  }
  row("sum of the rows", sum);
  row("whole pass", whole);
}
function throughput(label: string, texts: readonly string[]): void {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  for (const text of texts.slice(0, 200)) detectPersonalData(text); // warm-up
  let fastest = Number.POSITIVE_INFINITY;
  let slowest = 0;
  let detections = 0;
  for (let pass = 0; pass < THROUGHPUT_PASSES; pass++) {
    forgetCachedTokens();
    const started = process.hrtime.bigint();
    detections = 0;
    for (const text of texts) {
      const result = detectPersonalData(text);
      if (result.ok) detections += result.detections.length;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    fastest = Math.min(fastest, seconds);
    slowest = Math.max(slowest, seconds);
  }
  console.log(
    `| ${label} | ${(bytes / 1e6).toFixed(1)} MB | ${fastest.toFixed(2)} s | ${(bytes / 1e6 / fastest).toFixed(1)} MB/s | ${(bytes / 1e6 / slowest).toFixed(1)} MB/s | ${detections} |`,
  );
}

/** Wall-clock seconds of the fastest of two runs of the command line, output discarded. */
function fastestCommandRun(args: readonly string[]): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 2; run++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [path.resolve("bin", "steward.js"), ...args], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (result.status !== 0) throw new Error(`steward ${args.join(" ")} exited with ${result.status}`);
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return fastest;
}

/**
 * What a user of `steward pii` gets: whole runs of the command line on files, start-up (loading the TypeScript
 * sources and the word lists) included, and that start-up alone on an empty file.
 */
function commandLineThroughput(sentences: readonly string[]): void {
  const folder = mkdtempSync(path.join(tmpdir(), "steward-bench-"));
  try {
    const lines = sentences.map((text) => JSON.stringify({ text }));
    const bytes = sentences.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const files = {
      jsonl: path.join(folder, "sentences.jsonl"),
      text: path.join(folder, "sentences.txt"),
      empty: path.join(folder, "empty.txt"),
    };
    writeFileSync(files.jsonl, `${lines.join("\n")}\n`);
    writeFileSync(files.text, sentences.join("\n"));
    writeFileSync(files.empty, "");
    const startUp = fastestCommandRun(["pii", "scan", files.empty]);
    const row = (label: string, seconds: number) =>
      console.log(
        `| ${label} | ${(bytes / 1e6).toFixed(1)} MB | ${seconds.toFixed(2)} s | ${(bytes / 1e6 / seconds).toFixed(1)} MB/s | ${(bytes / 1e6 / (seconds - startUp)).toFixed(1)} MB/s |`,
      );
    console.log(
      `\nCommand line, dev set repeated (fastest of 2 runs; start-up alone ${startUp.toFixed(2)} s)\n`,
    );
    console.log("| command | size | time | throughput | without start-up |");
    console.log("| --- | --- | --- | --- | --- |");
    row(
      "`pii scan --jsonl`, one sentence per line",
      fastestCommandRun(["pii", "scan", "--jsonl", files.jsonl]),
    );
    row("`pii scan`, one text", fastestCommandRun(["pii", "scan", files.text]));
    row("`pii redact`, one text", fastestCommandRun(["pii", "redact", files.text]));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Inputs built to be slow: one short piece repeated, each a shape some recogniser works hard on (units, cues,
 * numbers, addresses, names). Scanning 4 times the text must take about 4 times as long; a rule that compares
 * every detection with every other shows as a ratio far above 4 (a megabyte of "Apt. 1 " once took 3 s, 4 MB 43 s).
 */
const worstCasePieces = [
  "Apt. 1 ",
  "1 ",
  "1:",
  "aged 12 ",
  "MRN 1234 ",
  "12 Main Street\n",
  "Rue de la Paix 12, 75001 Paris\n",
  "John Smith ",
  "in Paris, ",
  "محمد ",
  // A weekday joined to its date once spliced the list of dates per join: a megabyte took 0.9 s, four 46 s.
  "jeudi 18 avril à 14h15 ",
];

function worstCaseScaling(): void {
  console.log("\nWorst-case inputs: one piece repeated (one pass each; linear time shows a ratio near 4)\n");
  console.log("| piece | 1 MB | 4 MB | ratio |");
  console.log("| --- | --- | --- | --- |");
  for (const piece of worstCasePieces) {
    const seconds = [1e6, 4e6].map((size) => {
      const text = piece.repeat(Math.ceil(size / piece.length));
      const started = process.hrtime.bigint();
      detectPersonalData(text);
      return Number(process.hrtime.bigint() - started) / 1e9;
    });
    const [small, large] = seconds as [number, number];
    console.log(
      `| ${JSON.stringify(piece)} | ${(small * 1000).toFixed(0)} ms | ${(large * 1000).toFixed(0)} ms | ${(large / small).toFixed(1)} |`,
    );
  }
}

const rows = loadDataset();
accuracy(rows, "Whole development set");
// Hold-out check: the two halves by sentence index must move together, or a change fits one of them.
const half = Math.ceil(rows.length / 2);
console.log("\nHalves of the development set (by sentence index)\n");
console.log("| part | precision | recall | F2 (any type) | F2 (type must match) |");
console.log("| --- | --- | --- | --- | --- |");
accuracy(rows.slice(0, half), `first half (${half} sentences)`, true);
accuracy(rows.slice(half), `second half (${rows.length - half} sentences)`, true);
// Generalisation check: the same sentences with person, place, organisation and address values swapped between them.
console.log("\nValues swapped between sentences (persons, places, organisations, addresses; three seeds)\n");
console.log("| part | precision | recall | F2 (any type) | F2 (type must match) |");
console.log("| --- | --- | --- | --- | --- |");
for (const seed of [1, 2, 3]) accuracy(withSwappedValues(rows, seed), `seed ${seed}`, true);
sixLanguageAccuracy();
// `--accuracy`: the tables above only, in seconds rather than a minute.
if (process.argv.includes("--accuracy")) process.exit(0);
console.log(`\nThroughput, one core (fastest of ${THROUGHPUT_PASSES} passes; the slowest beside it)\n`);
console.log("| corpus | size | time | throughput | slowest pass | detections |");
console.log("| --- | --- | --- | --- | --- | --- |");
const sentences = rows.map((row) => row.full_text);
const repeated: string[] = [];
let repeatedBytes = 0;
while (repeatedBytes < 10e6) {
  for (const sentence of sentences) {
    repeated.push(sentence);
    repeatedBytes += Buffer.byteLength(sentence);
  }
}
throughput("dev set repeated, sentence by sentence", repeated);
const mixed = mixedLanguageText(10e6);
throughput("mixed six-language text, one 10 MB string", [mixed]);
const mixedLines = mixed.split("\n");
throughput("mixed six-language text, line by line", mixedLines);
commandLineThroughput(repeated);
worstCaseScaling();

if (process.argv.includes("--breakdown")) {
  console.log(`\nPer recogniser, one core (fastest of ${THROUGHPUT_PASSES} passes each)\n`);
  console.log("| corpus | part | time | share of a whole pass |");
  console.log("| --- | --- | --- | --- |");
  recogniserBreakdown("dev set repeated", repeated);
  recogniserBreakdown("mixed, one string", [mixed]);
  recogniserBreakdown("mixed, line by line", mixedLines);
}
