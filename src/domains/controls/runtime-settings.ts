import { z } from "zod";

/** Review of case outputs before release, from least to most strict. */
export const reviewModeSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("none") }).strict(),
  z.object({ mode: z.literal("sample"), percent: z.number().gt(0).lt(100) }).strict(),
  z.object({ mode: z.literal("all") }).strict(),
  z.object({ mode: z.literal("four_eyes") }).strict(),
]);
export type ReviewMode = z.infer<typeof reviewModeSchema>;

export const disclosureSchema = z
  .object({
    id: z.string().min(1),
    text: z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict(),
  })
  .strict();
export type Disclosure = z.infer<typeof disclosureSchema>;

/** Canada's security categories, lowest first; the setting is the highest one a model may receive. */
export const dataClassifications = [
  "unclassified",
  "protected_a",
  "protected_b",
  "protected_c",
  "classified",
] as const;
export type DataClassification = (typeof dataClassifications)[number];

/** Which models a service may call: any configured model, or only those that passed its evaluation. */
export const modelPolicies = ["any", "evaluated"] as const;
export type ModelPolicy = (typeof modelPolicies)[number];

/** The settings the runtime enforces. Each has a baseline and a strictness order (see merge-settings.ts). */
export interface RuntimeSettings {
  reviewMode: ReviewMode;
  reviewerQualificationRequired: boolean;
  /** Texts shown to the public: every required one is shown. */
  disclosures: Disclosure[];
  /** Highest data classification allowed to reach a model. */
  allowedDataClassifications: DataClassification;
  allowedModels: ModelPolicy;
  /** Minimum days logs and case records are kept; 0 means no minimum from the assessment. */
  retentionDays: number;
  /** A version may go live only after its evaluation passes. */
  evaluationGate: boolean;
  /** The runtime refuses every case (e.g. a prohibited practice). */
  operationBlocked: boolean;
}
export type SettingName = keyof RuntimeSettings;

/** One table row's setting, validated per setting name. */
export const settingControlSchema = z.discriminatedUnion("setting", [
  z
    .object({ kind: z.literal("setting"), setting: z.literal("reviewMode"), value: reviewModeSchema })
    .strict(),
  z
    .object({
      kind: z.literal("setting"),
      setting: z.literal("reviewerQualificationRequired"),
      value: z.boolean(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("setting"),
      setting: z.literal("disclosures"),
      value: z.array(disclosureSchema).min(1),
    })
    .strict(),
  z
    .object({
      kind: z.literal("setting"),
      setting: z.literal("allowedDataClassifications"),
      value: z.enum(dataClassifications),
    })
    .strict(),
  z
    .object({ kind: z.literal("setting"), setting: z.literal("allowedModels"), value: z.enum(modelPolicies) })
    .strict(),
  z
    .object({
      kind: z.literal("setting"),
      setting: z.literal("retentionDays"),
      value: z.number().int().nonnegative(),
    })
    .strict(),
  z.object({ kind: z.literal("setting"), setting: z.literal("evaluationGate"), value: z.boolean() }).strict(),
  z
    .object({ kind: z.literal("setting"), setting: z.literal("operationBlocked"), value: z.boolean() })
    .strict(),
]);
export type SettingControl = z.infer<typeof settingControlSchema>;

/** What the runtime uses when no row sets a value: the least strict value of each setting. */
export const baselineSettings: RuntimeSettings = {
  reviewMode: { mode: "none" },
  reviewerQualificationRequired: false,
  disclosures: [],
  allowedDataClassifications: "classified",
  allowedModels: "any",
  retentionDays: 0,
  evaluationGate: false,
  operationBlocked: false,
};
