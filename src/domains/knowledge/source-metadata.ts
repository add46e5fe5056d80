import { z } from "zod";

export const sourceClassifications = ["public", "internal", "confidential", "personal"] as const;
export type SourceClassification = (typeof sourceClassifications)[number];

/** Metadata an editor records for each knowledge source; it decides whether the source may feed answers. */
export const sourceMetadataSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    owner: z.string().trim().min(1).max(200),
    classification: z.enum(sourceClassifications),
    legalBasis: z.string().trim().min(1).max(500),
    language: z
      .string()
      .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, "expected an ISO 639-1 code such as 'fr' or 'pt-BR'"),
    version: z.string().trim().min(1).max(50),
    approver: z.string().trim().min(1).max(200).nullable(),
    reviewDate: z.iso.date(),
    expiresAt: z.iso.date().nullable(),
    approved: z.boolean(),
  })
  .refine((source) => !source.approved || source.approver !== null, {
    message: "an approved source needs an approver",
    path: ["approver"],
  });

export type SourceMetadata = z.infer<typeof sourceMetadataSchema>;

export type Retrievability =
  | { retrievable: true }
  | {
      retrievable: false;
      reason: "not-approved" | "expired" | "review-overdue" | "classification";
    };

export type RetrievabilityOptions = {
  /**
   * Classifications the service may answer from. Default: public only. "personal" is never retrievable, even
   * if listed: personal data must not reach a shared index of answers.
   */
  allowedClassifications?: readonly SourceClassification[];
};

/**
 * Whether a source may be retrieved for an answer at `now`: approved, not expired, its review date not passed
 * (an unreviewed source may state an outdated rule), and of an allowed classification. Dates are calendar
 * days in UTC: a source expiring on 2025-03-01 is no longer retrievable from that day on.
 */
export function retrievability(
  source: SourceMetadata,
  now: Date,
  options: RetrievabilityOptions = {},
): Retrievability {
  const allowed = options.allowedClassifications ?? ["public"];
  const today = now.toISOString().slice(0, 10);
  if (!source.approved) return { retrievable: false, reason: "not-approved" };
  if (source.classification === "personal" || !allowed.includes(source.classification)) {
    return { retrievable: false, reason: "classification" };
  }
  if (source.expiresAt !== null && today >= source.expiresAt)
    return { retrievable: false, reason: "expired" };
  if (today > source.reviewDate) return { retrievable: false, reason: "review-overdue" };
  return { retrievable: true };
}

export function isRetrievable(
  source: SourceMetadata,
  now: Date,
  options: RetrievabilityOptions = {},
): boolean {
  return retrievability(source, now, options).retrievable;
}
