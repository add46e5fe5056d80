/**
 * The six-language labelled set (`bench/six-languages/`): messages written for this project in English, French,
 * Spanish, German, Portuguese and Arabic. Lines 1–30 of each file are the development half, 31–60 held out.
 */
import { readFileSync } from "node:fs";
import { entityTypes } from "../src/domains/pii/index.ts";
import { type LabelledText, parseLabelledFile } from "./labelled-markup.ts";

export const sixLanguages = ["en", "fr", "es", "de", "pt", "ar"] as const;
export type SetLanguage = (typeof sixLanguages)[number];

/** The line where the held-out half starts (0-based). */
export const heldOutFrom = 30;

export interface LanguageSet {
  readonly language: SetLanguage;
  readonly messages: readonly LabelledText[];
}

const labelledTypes: ReadonlySet<string> = new Set(entityTypes);

export function loadSixLanguageSet(): LanguageSet[] {
  return sixLanguages.map((language) => {
    const file = new URL(`./six-languages/${language}.txt`, import.meta.url);
    return {
      language,
      messages: parseLabelledFile(`${language}.txt`, readFileSync(file, "utf8"), labelledTypes),
    };
  });
}
