import { AppError } from "../../errors.ts";
import type { User } from "../identity/index.ts";
import type { CaseContext } from "./case-context.ts";
import { casePersonalDataErased } from "./case-events.ts";

/**
 * A data-subject request: deletes a case's personal data (the sealed original question, the placeholder
 * map, the redacted question and any comments) and records that it was done. The ledger never held the
 * data, so its chain stays intact and verifiable.
 */
export async function eraseCasePersonalData(context: CaseContext, user: User, caseId: string): Promise<void> {
  await context.database.transaction(async (transaction) => {
    const rows = await transaction.query<{ agency_id: string }>(
      `UPDATE cases SET question_sealed = NULL, placeholder_map_sealed = NULL, question_redacted = NULL,
              erased_at = $3, updated_at = now()
       WHERE id = $1 AND agency_id = $2 AND erased_at IS NULL RETURNING agency_id`,
      [caseId, user.agencyId, context.now()],
    );
    if (rows.length === 0)
      throw new AppError("not_found", "no such case, or its personal data was already erased");
    await transaction.query("UPDATE case_feedback SET comment_redacted = NULL WHERE case_id = $1", [caseId]);
    await transaction.query("UPDATE review_decisions SET edited_text = NULL WHERE case_id = $1", [caseId]);
    await context.ledger.appendIn(transaction, user.agencyId, {
      type: casePersonalDataErased.type,
      actor: `user:${user.id}`,
      subject: `case:${caseId}`,
      payload: { caseId },
    });
  });
}
