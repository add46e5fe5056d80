import type { EntityType, NationalIdCountry } from "./entity-type.ts";

/** One piece of personal data found in a text. Offsets are UTF-16 indices, end exclusive. */
export interface Detection {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  /** Confidence between 0 and 1. */
  readonly score: number;
  /** Which recogniser fired and why, for reviewers and audits. */
  readonly reason: string;
  /** Issuing country, set for NATIONAL_ID (and US_SSN, whose country is implied). */
  readonly country?: NationalIdCountry;
}

/**
 * A recogniser looks at the whole text once and reports candidates.
 * Recognisers are pluggable so that a statistical model can be added later beside the rule-based ones.
 */
export interface Recogniser {
  readonly name: string;
  readonly types: readonly EntityType[];
  recognise(text: string): Detection[];
}
