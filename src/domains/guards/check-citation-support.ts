import { contentTerms } from "../language/index.ts";

export type CitedSentence = { text: string; passageIds: readonly string[] };
export type SourcePassage = { id: string; text: string };

export type SentenceSupport = {
  index: number;
  /** Share of the sentence's content words found in the best cited passage (0..1). */
  support: number;
  /** The cited passage that supports the sentence best, if any was cited. */
  bestPassageId: string | null;
  /** Numbers in the sentence that no cited passage contains. */
  unsupportedNumbers: string[];
};

export type CitationProblem =
  | { code: "unknown-passage"; index: number; passageId: string }
  | { code: "missing-citation"; index: number }
  | { code: "unsupported-sentence"; index: number; support: number; bestPassageId: string | null }
  | { code: "unsupported-number"; index: number; numbers: string[] };

export type CitationCheck =
  | { verdict: "pass"; sentences: SentenceSupport[] }
  | {
      verdict: "fail";
      reasonKey: "guards.output.citation-support";
      problems: CitationProblem[];
      sentences: SentenceSupport[];
    };

export type CitationSupportOptions = {
  language?: string;
  /**
   * Minimum share of a sentence's content words (stopwords removed, light-stemmed) that must appear in one of
   * its cited passages. 0.6 lets a model rephrase connecting words and inflections but not introduce a claim
   * made of words the source does not contain; an extractive answer scores 1.
   */
  minSupport?: number;
};

export const DEFAULT_MIN_SUPPORT = 0.6;

/**
 * Checks that every sentence of a draft is lexically supported by a passage it cites. Rules:
 * - citing a passage id that was not among the given passages invalidates the draft (the model made it up);
 * - a sentence with content words but no citation fails, even "It is free." or "Thank you." (courtesy
 *   belongs in the service's templates, not in the model's draft); only pure connectives ("Here it is:") pass;
 * - support is the containment of the sentence's content terms in the best cited passage, against minSupport;
 * - every number in the sentence (fees, days, dates) must appear in a cited passage, whatever the overlap,
 *   because a wrong figure is the costliest kind of unsupported claim.
 * Lexical support is a floor, not proof of faithfulness: a negation can flip a sentence's meaning with
 * identical words. Human review remains the final check.
 */
export function checkCitationSupport(
  sentences: readonly CitedSentence[],
  passages: readonly SourcePassage[],
  options: CitationSupportOptions = {},
): CitationCheck {
  const minSupport = options.minSupport ?? DEFAULT_MIN_SUPPORT;
  const passageTerms = new Map(passages.map((p) => [p.id, new Set(contentTerms(p.text, options.language))]));
  const passageNumbers = new Map(passages.map((p) => [p.id, new Set(numbersIn(p.text))]));
  const problems: CitationProblem[] = [];
  const results: SentenceSupport[] = [];

  sentences.forEach((sentence, index) => {
    for (const passageId of sentence.passageIds) {
      if (!passageTerms.has(passageId)) problems.push({ code: "unknown-passage", index, passageId });
    }
    const cited = sentence.passageIds.filter((id) => passageTerms.has(id));
    const terms = [...new Set(contentTerms(sentence.text, options.language))];
    const numbers = numbersIn(sentence.text);

    let support = terms.length === 0 ? 1 : 0;
    let bestPassageId: string | null = null;
    for (const id of cited) {
      const available = passageTerms.get(id) ?? new Set<string>();
      const score = terms.length === 0 ? 1 : terms.filter((t) => available.has(t)).length / terms.length;
      if (bestPassageId === null || score > support) {
        support = score;
        bestPassageId = id;
      }
    }
    const citedNumbers = new Set(cited.flatMap((id) => [...(passageNumbers.get(id) ?? [])]));
    const unsupportedNumbers = numbers.filter((n) => !citedNumbers.has(n));
    results.push({ index, support: round(support), bestPassageId, unsupportedNumbers });

    if (terms.length === 0 && numbers.length === 0) return;
    if (sentence.passageIds.length === 0) {
      problems.push({ code: "missing-citation", index });
      return;
    }
    if (support < minSupport) {
      problems.push({ code: "unsupported-sentence", index, support: round(support), bestPassageId });
    }
    if (unsupportedNumbers.length > 0) {
      problems.push({ code: "unsupported-number", index, numbers: unsupportedNumbers });
    }
  });

  if (problems.length === 0) return { verdict: "pass", sentences: results };
  return { verdict: "fail", reasonKey: "guards.output.citation-support", problems, sentences: results };
}

/** Numbers normalised so "1,000", "1 000" and "1000" compare equal, and "30.50"/"30,50" too. */
function numbersIn(text: string): string[] {
  const found = text.match(/\d(?:[\d.,\u00A0\u202F]*\d)?/gu) ?? [];
  const normalise = (n: string) =>
    n
      .replace(/[\u00A0\u202F]/gu, "")
      .replace(/[.,](?=\d{3}(?:\D|$))/gu, "")
      .replace(",", ".");
  return [...new Set(found.map(normalise))];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
