import type { Translator } from "../../i18n/index.ts";

function translated(
  i18n: Translator,
  key: string,
  fallback: string,
  values?: Record<string, string>,
): string {
  const text = i18n.t(key, values);
  return text === key ? fallback : text;
}

export function caseStateLabel(i18n: Translator, state: string): string {
  return translated(i18n, `caseState.${state}`, state);
}

export function flagLabel(i18n: Translator, flag: string): string {
  return translated(i18n, `flag.${flag}`, flag);
}

export function rejectReasonLabel(i18n: Translator, reason: string): string {
  return translated(i18n, `rejectReason.${reason}`, reason);
}

/** Why a case went to a person, in words: `draft-rejected:tone` names the reviewer's reason too. */
export function handoffReasonLabel(i18n: Translator, reason: string): string {
  if (reason.startsWith("draft-rejected:")) {
    return i18n.t("handoff.draft-rejected", {
      reason: rejectReasonLabel(i18n, reason.slice("draft-rejected:".length)),
    });
  }
  return translated(i18n, `handoff.${reason}`, i18n.t("handoff.unknown", { reason }));
}
