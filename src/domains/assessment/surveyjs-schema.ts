import { z } from "zod";

/**
 * The part of the SurveyJS document format that questionnaire files use. Unknown keys (html, help,
 * description, choicesOrder …) are kept but ignored: they only affect presentation.
 */
export const localizableSchema = z.union([
  z.string(),
  z.object({ default: z.string(), fr: z.string().optional() }).loose(),
]);

export const choiceSchema = z.union([
  z.string(),
  z.number().transform(String),
  z
    .object({
      value: z.union([z.string(), z.number().transform(String)]),
      text: localizableSchema.optional(),
    })
    .loose(),
]);

export interface RawElement {
  type: string;
  name: string;
  title?: z.infer<typeof localizableSchema> | undefined;
  choices?: z.infer<typeof choiceSchema>[] | undefined;
  visibleIf?: string | undefined;
  isRequired?: boolean | undefined;
  elements?: RawElement[] | undefined;
}

export const elementTypes = [
  "panel",
  "radiogroup",
  "checkbox",
  "dropdown",
  "text",
  "comment",
  "html",
] as const;

export const elementSchema: z.ZodType<RawElement> = z.lazy(() =>
  z
    .object({
      type: z.enum(elementTypes),
      name: z.string().min(1),
      title: localizableSchema.optional(),
      choices: z.array(choiceSchema).optional(),
      visibleIf: z.string().optional(),
      isRequired: z.boolean().optional(),
      elements: z.array(elementSchema).optional(),
    })
    .loose(),
);

export const pageSchema = z
  .object({
    name: z.string().min(1),
    title: localizableSchema.optional(),
    visibleIf: z.string().optional(),
    elements: z.array(elementSchema).default([]),
  })
  .loose();

export const surveySchema = z.object({ pages: z.array(pageSchema).min(1) }).loose();

export type RawSurvey = z.infer<typeof surveySchema>;
