import { contentTerms } from "../language/index.ts";
import type { InputGuardVerdict } from "./input-verdict.ts";

export type ScopeCheckInput = {
  question: string;
  language?: string;
  /** Words and short phrases describing what the service handles, from its configuration. */
  scopeKeywords: readonly string[];
  /** Scores of the passages retrieval returned for the question (any scale; empty when nothing matched). */
  retrievalScores: readonly number[];
};

export type ScopeVerdict =
  | { verdict: "pass"; topRetrievalScore: number | null; keywordOverlap: number }
  | Extract<InputGuardVerdict, { code: "out-of-scope" }>;

export type ScopeThresholds = {
  /** A passage scoring at least this (on the retrieval's own scale) means the knowledge base covers the question. */
  minRetrievalScore: number;
  /** Share of the question's content words found among the scope keywords that counts as "about this service". */
  minKeywordOverlap: number;
};

/** Defaults suit PostgreSQL ts_rank (normalised with 32: 0..1) and short citizen questions; services can override. */
export const DEFAULT_SCOPE_THRESHOLDS: ScopeThresholds = { minRetrievalScore: 0.05, minKeywordOverlap: 0.2 };

/**
 * Decides whether a question is within the service's scope, from two independent signals: retrieval found a
 * passage that scores well enough, or the question shares enough words with the scope keywords. Either is
 * enough to continue; with neither, nothing could ground an answer, so a person takes the case. The measured
 * values travel with the verdict so the ledger shows why.
 */
export function checkScope(
  input: ScopeCheckInput,
  thresholds: ScopeThresholds = DEFAULT_SCOPE_THRESHOLDS,
): ScopeVerdict {
  const topRetrievalScore = input.retrievalScores.length > 0 ? Math.max(...input.retrievalScores) : null;
  const keywordOverlap = overlap(input.question, input.scopeKeywords, input.language);
  const retrievalCovers = topRetrievalScore !== null && topRetrievalScore >= thresholds.minRetrievalScore;
  if (retrievalCovers || keywordOverlap >= thresholds.minKeywordOverlap) {
    return { verdict: "pass", topRetrievalScore, keywordOverlap };
  }
  return {
    verdict: "handoff",
    code: "out-of-scope",
    reasonKey: "guards.input.out-of-scope",
    topRetrievalScore,
    keywordOverlap,
  };
}

function overlap(question: string, keywords: readonly string[], language?: string): number {
  const questionTerms = new Set(contentTerms(question, language));
  if (questionTerms.size === 0) return 0;
  const scopeTerms = new Set(keywords.flatMap((keyword) => contentTerms(keyword, language)));
  let shared = 0;
  for (const term of questionTerms) if (scopeTerms.has(term)) shared++;
  return Math.round((shared / questionTerms.size) * 1000) / 1000;
}
