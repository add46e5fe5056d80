/** A retrieved passage handed to a provider; `id` is what the draft cites. */
export type DraftPassage = { id: string; text: string; title: string };

export type DraftRequest = {
  question: string;
  /** ISO 639-1 code of the language the answer must be written in. */
  language: string;
  passages: readonly DraftPassage[];
  /** The service's drafting instructions (tone, scope, what never to promise). */
  instructions: string;
  /** Lets the runner cancel a draft (job cancelled, shutdown). */
  signal?: AbortSignal;
};

export type DraftSentence = { text: string; passageIds: string[] };

export type ModelIdentity = { provider: string; id: string; version: string };

export type DraftFailureReason =
  | "timeout"
  | "invalid-output"
  | "unknown-passage"
  | "provider-error"
  | "circuit-open"
  /** Nothing in the passages answers the question (extractive provider). */
  | "no-answer";

export type DraftResult =
  | {
      status: "drafted";
      answer: {
        sentences: DraftSentence[];
        /** "extractive": sentences quoted from the passages; the interface must say so to the reader. */
        mode: "generated" | "extractive";
      };
      model: ModelIdentity;
    }
  | { status: "failed"; reason: DraftFailureReason; detail: string };

/**
 * Drafts an answer grounded in the given passages. Never throws for an expected failure: a failed draft is a
 * value the runner sends to a person, so no case is lost because a model misbehaved.
 */
export interface DraftProvider {
  readonly name: string;
  draft(request: DraftRequest): Promise<DraftResult>;
}
