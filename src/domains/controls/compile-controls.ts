import type { AssessmentResults } from "../assessment/assessment-record.ts";
import { contentHash } from "./content-hash.ts";
import type { Due, MappingRow, MappingTable, OwnerRole, RowCondition } from "./mapping-table.ts";
import { compareStrictness, mergeSetting } from "./merge-settings.ts";
import { baselineSettings, type RuntimeSettings, type SettingName } from "./runtime-settings.ts";

export interface CompiledSetting<K extends SettingName = SettingName> {
  value: RuntimeSettings[K];
  /** Rows whose value is the one enforced (for disclosures: every row that added one); [] = baseline. */
  sources: string[];
  /** Every row that set this setting, including weaker ones the strictest overruled. */
  consideredRows: string[];
}

export interface CompiledObligation {
  id: string;
  title: { en: string; fr: string };
  owner: OwnerRole;
  due: Due;
  evidence: "attestation" | "document";
  references: string[];
  sources: string[];
  /** Always open when compiled: the ledger records the evidence that closes it. */
  status: "open";
}

export interface ControlSet {
  schemaVersion: 1;
  mappingTableVersion: string;
  inputs: {
    aiaLevel: 1 | 2 | 3 | 4 | null;
    aiaQuestionnaireVersion: string | null;
    euCategory: string | null;
    euObligations: string[];
  };
  settings: { [K in SettingName]: CompiledSetting<K> };
  obligations: CompiledObligation[];
  /** Hash of everything above: equal inputs and table give an equal hash, any change a new one. */
  contentHash: string;
}

function applies(condition: RowCondition, results: AssessmentResults, euObligationIds: Set<string>): boolean {
  if ("always" in condition) return true;
  if ("aiaLevel" in condition)
    return results.aia !== undefined && condition.aiaLevel.includes(results.aia.level);
  if ("euObligation" in condition) return euObligationIds.has(condition.euObligation);
  return results.euAiAct !== undefined && condition.euCategory.includes(results.euAiAct.category);
}

/**
 * Assessment results → a versioned control set. Pure: the same results and table always give the same
 * control set and hash. Each matching row either sets a runtime setting (the strictest value wins) or
 * adds an open obligation (rows naming the same obligation merge their references).
 */
export function compileControls(results: AssessmentResults, table: MappingTable): ControlSet {
  const euObligationIds = new Set((results.euAiAct?.obligations ?? []).map((obligation) => obligation.id));
  const matching = table.rows.filter((row) => applies(row.when, results, euObligationIds));

  const settings = Object.fromEntries(
    (Object.keys(baselineSettings) as SettingName[]).map((name) => [name, compileSetting(name, matching)]),
  ) as ControlSet["settings"];

  const obligations = new Map<string, CompiledObligation>();
  for (const row of matching) {
    if (row.control.kind !== "obligation") continue;
    const existing = obligations.get(row.control.obligation);
    if (existing === undefined) {
      obligations.set(row.control.obligation, {
        id: row.control.obligation,
        title: row.control.title,
        owner: row.control.owner,
        due: row.control.due,
        evidence: row.control.evidence,
        references: [row.reference],
        sources: [row.id],
        status: "open",
      });
    } else {
      existing.references = [...new Set([...existing.references, row.reference])];
      existing.sources.push(row.id);
      // Documents are stronger evidence than attestations; a deadline before go-live is the earliest.
      if (row.control.evidence === "document") existing.evidence = "document";
      if (row.control.due.kind === "before_go_live") existing.due = row.control.due;
    }
  }

  const body = {
    schemaVersion: 1 as const,
    mappingTableVersion: table.version,
    inputs: {
      aiaLevel: results.aia?.level ?? null,
      aiaQuestionnaireVersion: results.aia?.questionnaireVersion ?? null,
      euCategory: results.euAiAct?.category ?? null,
      euObligations: [...euObligationIds].sort(),
    },
    settings,
    obligations: [...obligations.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
  return { ...body, contentHash: contentHash(body) };
}

function compileSetting<K extends SettingName>(name: K, rows: MappingRow[]): CompiledSetting<K> {
  const setting: { row: string; value: RuntimeSettings[K] }[] = [];
  for (const row of rows) {
    if (row.control.kind === "setting" && row.control.setting === name) {
      setting.push({ row: row.id, value: row.control.value as RuntimeSettings[K] });
    }
  }
  if (setting.length === 0) return { value: baselineSettings[name], sources: [], consideredRows: [] };
  const value = setting.map((entry) => entry.value).reduce((a, b) => mergeSetting(name, a, b));
  const sources =
    name === "disclosures"
      ? setting.map((entry) => entry.row)
      : setting
          .filter((entry) => compareStrictness(name, entry.value, value) === 0)
          .map((entry) => entry.row);
  return { value, sources, consideredRows: setting.map((entry) => entry.row) };
}
