import { type ContextCue, cueWordsFor } from "./context-words.ts";
import type { Detection, Recogniser } from "./detection.ts";
import type { EntityType } from "./entity-type.ts";
import { digitWindows, matchInWindows, tokensOf } from "./scan.ts";

/** Passport, driving-licence and medical-record numbers have no universal format: a cue word must lead to them. */
interface DocumentSpec {
  readonly type: EntityType;
  readonly cue: ContextCue;
  readonly label: string;
  readonly cuePattern: RegExp;
}

function compileCueScanner(cue: ContextCue): RegExp {
  const words = [...new Set(cueWordsFor(cue))]
    .sort((left, right) => right.length - left.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}])(?:${words.join("|")})(?![\\p{L}])`, "giu");
}

const specs: readonly DocumentSpec[] = [
  { type: "PASSPORT", cue: "passport", label: "passport", cuePattern: compileCueScanner("passport") },
  {
    type: "DRIVER_LICENSE",
    cue: "driverLicense",
    label: "driving licence",
    cuePattern: compileCueScanner("driverLicense"),
  },
  {
    type: "MEDICAL_RECORD",
    cue: "medicalRecord",
    label: "medical record",
    cuePattern: compileCueScanner("medicalRecord"),
  },
];

const identifierToken = /[\p{L}\p{N}][\p{L}\p{N}-]{3,19}/gu;
/** Words allowed between the cue and the number ("number is", "n°", "Nr.", "es", ...). */
const fillerWord =
  /^(?:number|numbers|no|nr|num|numéro|numero|número|nummer|is|was|est|es|ist|é|de|du|da|do|of|my|mon|mi|meu|mein|id|card|n°|nº|#)$/iu;

function recogniseAfterCue(
  text: string,
  windows: readonly number[],
  spec: DocumentSpec,
  found: Detection[],
): void {
  for (const cueMatch of matchInWindows(text, windows, spec.cuePattern)) {
    const windowStart = cueMatch.index + cueMatch.value.length;
    const window = text.slice(windowStart, windowStart + 60);
    identifierToken.lastIndex = 0;
    let skipped = 0;
    for (const token of window.matchAll(identifierToken)) {
      const value = token[0].replace(/-+$/, "");
      if (/\d/.test(value) && value.length >= 4) {
        const start = windowStart + token.index;
        found.push({
          type: spec.type,
          start,
          end: start + value.length,
          score: 0.85,
          reason: `identifier after a ${spec.label} cue`,
        });
        break;
      }
      if (!fillerWord.test(value) || ++skipped > 4) break;
    }
  }
}

export const documentNumberRecogniser: Recogniser = {
  name: "document-number",
  types: ["PASSPORT", "DRIVER_LICENSE", "MEDICAL_RECORD"],
  recognise(text) {
    const found: Detection[] = [];
    // A document number holds digits: look for cues only in the 70 characters before a digit.
    const windows = digitWindows(tokensOf(text), 1, 0, 70, 0);
    if (windows.length === 0) return found;
    for (const spec of specs) recogniseAfterCue(text, windows, spec, found);
    return found;
  },
};
