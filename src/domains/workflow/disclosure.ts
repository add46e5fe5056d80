/**
 * What the citizen is told about how their answer was made. It depends only on facts recorded on the
 * case (who wrote it, how many people checked it), so it is always true for that case.
 */
export type AnswerOrigin = "ai-reviewed" | "ai-reviewed-twice" | "ai-unreviewed" | "staff-written";

export function disclosureKey(
  origin: AnswerOrigin,
  modelMode: "generated" | "extractive" | undefined,
): string {
  const extractive = modelMode === "extractive";
  switch (origin) {
    case "ai-reviewed":
      return extractive ? "disclosure.extractiveReviewed" : "disclosure.aiReviewed";
    case "ai-reviewed-twice":
      return extractive ? "disclosure.extractiveReviewedTwice" : "disclosure.aiReviewedTwice";
    case "ai-unreviewed":
      return extractive ? "disclosure.extractiveUnreviewed" : "disclosure.aiUnreviewed";
    case "staff-written":
      return "disclosure.staffWritten";
  }
}
