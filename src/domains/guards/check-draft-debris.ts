/**
 * Finds text that must never reach a citizen: pseudonymisation placeholders (such as "[PERSON_1]") still in
 * the draft, and template debris (TODO, lorem ipsum, "{{ name }}", "[insert date]").
 *
 * Placeholders are reported, not judged: the pii module restores the ones it issued before delivery, so the
 * runner calls this on the draft (to know restoration is needed) and again on the delivered answer, where
 * any placeholder left is a leak.
 */
export type DraftDebris = {
  placeholders: string[];
  templateDebris: string[];
};

export type DebrisCheck =
  | { verdict: "pass" }
  | { verdict: "fail"; code: "draft-debris"; reasonKey: "guards.output.draft-debris"; found: DraftDebris };

const PLACEHOLDER = /\[[A-Z][A-Z_]*_\d+\]/g;

const TEMPLATE_DEBRIS: readonly RegExp[] = [
  /\{\{[^{}]*\}\}/g, // mustache / handlebars
  /\{%[^{}]*%\}/g, // jinja / liquid
  /\$\{[^{}]*\}/g, // template literals
  /(?<![\p{L}\p{N}])(?:TODO|FIXME|TBD|XXX)(?![\p{L}\p{N}])/gu, // upper case only: "todo" is Spanish for "all"
  /lorem ipsum/gi,
  /\[(?:insert|add|your|enter|name of|date of|placeholder)[^\]]{0,40}\]/gi,
  /<(?:insert|placeholder|your)[^>]{0,40}>/gi,
];

export function findDraftDebris(text: string): DraftDebris {
  const placeholders = [...new Set(text.match(PLACEHOLDER) ?? [])];
  const templateDebris = [...new Set(TEMPLATE_DEBRIS.flatMap((pattern) => text.match(pattern) ?? []))];
  return { placeholders, templateDebris };
}

/** True when the text still holds a pseudonymisation placeholder. */
export function containsPlaceholders(text: string): boolean {
  return new RegExp(PLACEHOLDER.source).test(text);
}

/**
 * For a text about to be delivered: any placeholder or template debris fails. Placeholders the pii module
 * will restore should be restored before this check, so `allowedPlaceholders` is only for placeholders that
 * legitimately stay (none, usually).
 */
export function checkDeliverable(text: string, allowedPlaceholders: readonly string[] = []): DebrisCheck {
  const found = findDraftDebris(text);
  const leaked = found.placeholders.filter((p) => !allowedPlaceholders.includes(p));
  if (leaked.length === 0 && found.templateDebris.length === 0) return { verdict: "pass" };
  return {
    verdict: "fail",
    code: "draft-debris",
    reasonKey: "guards.output.draft-debris",
    found: { placeholders: leaked, templateDebris: found.templateDebris },
  };
}
