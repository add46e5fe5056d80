import PDFDocument from "pdfkit";
import type { AiaScore, StoredAssessment } from "../../domains/assessment/index.ts";
import type { MappingTable, ObligationStatus, StoredControlSet } from "../../domains/controls/index.ts";
import type { AiSystem } from "../../domains/inventory/index.ts";
import { translator } from "../../i18n/index.ts";
import { settingValueText } from "../pages/governance/controls-page.tsx";
import { localized, roman } from "../pages/governance/shared.tsx";

export interface AssessmentPdfInput {
  assessment: StoredAssessment;
  system: AiSystem;
  agencyName: string;
  score: AiaScore | undefined;
  signerNames: string[];
  controlSet: StoredControlSet | undefined;
  obligations: ObligationStatus[];
  mappingTable: MappingTable;
  locale: "en" | "fr";
  generatedAt: Date;
}

/**
 * The assessment as a PDF for auditors: what was assessed, with which questionnaire, the scores and level
 * with every contributing answer, who signed, and the control set that followed. Streams are left
 * uncompressed so that the text can be searched (and tested) without a PDF library.
 */
export function assessmentPdf(input: AssessmentPdfInput): Promise<Buffer> {
  const i18n = translator(input.locale);
  const { t, locale } = i18n;
  const { assessment, system, score } = input;
  const text = (value: { en: string; fr: string }) => localized(value, locale).text;
  const questionnaireName = t(`gov.questionnaire.${assessment.questionnaire}`, {
    version: assessment.questionnaireVersion,
  });
  const result = assessment.result;
  const outcome =
    result?.kind === "aia"
      ? t("gov.level", { level: roman(result.level) })
      : result?.kind === "eu-ai-act"
        ? t(`gov.eu.category.${result.category}`)
        : score
          ? `${t("gov.level", { level: roman(score.level) })} (${t("gov.status.draft")})`
          : t("gov.status.draft");

  const document = new PDFDocument({
    compress: false,
    size: "A4",
    margin: 50,
    lang: locale,
    displayTitle: true,
    info: {
      Title: `${t("gov.pdf.title")}: ${system.name}`,
      Subject: `${questionnaireName}: ${outcome}`,
      Author: input.agencyName,
      Creator: "Steward",
      CreationDate: input.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on("data", (chunk: Buffer) => chunks.push(chunk));
    document.on("end", () => resolve(Buffer.concat(chunks)));
    document.on("error", reject);
  });

  const heading = (value: string) => {
    document.moveDown(0.8).font("Helvetica-Bold").fontSize(14).text(value).moveDown(0.3);
    document.font("Helvetica").fontSize(10.5);
  };
  const row = (name: string, value: string) => {
    document.font("Helvetica-Bold").text(`${name}: `, { continued: true }).font("Helvetica").text(value);
  };

  document
    .font("Helvetica-Bold")
    .fontSize(20)
    .text(`${t("gov.pdf.title")}: ${system.name}`);
  document.font("Helvetica").fontSize(10.5).moveDown(0.5);
  row(t("gov.system.agency"), input.agencyName);
  row(t("gov.system.purpose"), system.purpose);
  row(t("gov.register.accountableOfficial"), system.accountableOfficial);
  row(t("gov.systems.lifecycle"), t(`gov.lifecycle.${system.lifecycle}`));
  row(t("gov.assessment.questionnaire"), questionnaireName);
  row(t("gov.assessment.status"), t(`gov.status.${assessment.status}`));
  row(
    t("gov.assessment.signers"),
    input.signerNames.length > 0 ? input.signerNames.join(", ") : t("gov.assessment.noSigners"),
  );
  row(t("gov.pdf.assessmentId"), assessment.id);
  row(t("gov.pdf.generated"), input.generatedAt.toISOString());

  heading(t("gov.assessment.outcome"));
  document.font("Helvetica-Bold").fontSize(16).text(outcome).font("Helvetica").fontSize(10.5);
  if (score) {
    row(
      t("gov.result.rawImpact"),
      t("gov.result.outOf", { value: score.rawImpactScore, max: score.maxRawImpactScore }),
    );
    row(
      t("gov.result.mitigation"),
      t("gov.result.outOf", { value: score.mitigationScore, max: score.maxMitigationScore }),
    );
    row(
      t("gov.result.reduction"),
      score.mitigationReductionApplied
        ? t("gov.result.reductionApplied", { threshold: score.mitigationThreshold })
        : t("gov.result.reductionNotApplied", { threshold: score.mitigationThreshold }),
    );
    row(t("gov.result.current"), String(score.currentScore));
    row(
      t("gov.result.thresholds"),
      [
        t("gov.result.thresholdUpTo", { level: "I", max: score.levelThresholds.levelI }),
        t("gov.result.thresholdUpTo", { level: "II", max: score.levelThresholds.levelII }),
        t("gov.result.thresholdUpTo", { level: "III", max: score.levelThresholds.levelIII }),
        t("gov.result.thresholdAbove", { level: "IV", min: score.levelThresholds.levelIII }),
      ].join("; "),
    );
    for (const warning of score.warnings) document.text(`! ${warning.message}`);

    heading(t("gov.result.contributionsTitle"));
    if (score.contributions.length === 0) document.text(t("gov.result.noContributions"));
    for (const contribution of score.contributions) {
      document
        .font("Helvetica-Bold")
        .text(
          `${t("gov.result.pointsOf", { points: contribution.points, max: contribution.maxPoints })} ${t(`gov.area.${contribution.area}`)} – ${text(contribution.pageTitle)}${contribution.visible ? "" : ` (${t("gov.result.hiddenCounted")})`}`,
        )
        .font("Helvetica")
        .text(text(contribution.questionTitle), { indent: 12 })
        .text(`> ${contribution.answerText.map(text).join("; ")}`, { indent: 12 })
        .moveDown(0.2);
    }
  }
  if (result?.kind === "eu-ai-act") {
    heading(t("gov.eu.reasonsTitle"));
    if (result.reasons.length === 0) document.text(t("gov.eu.noReasons"));
    for (const reason of result.reasons) document.text(`- ${reason}`);
    heading(t("gov.eu.obligationsTitle"));
    for (const obligation of result.obligations)
      document.text(`- ${text(obligation.title)} (${obligation.articles.join(", ")})`);
  }

  heading(t("gov.controls.title"));
  const controlSet = input.controlSet;
  if (!controlSet) {
    document.text(t("gov.system.noControls"));
  } else {
    row(t("gov.controls.version"), String(controlSet.version));
    row(t("gov.controls.mappingTable"), controlSet.controlSet.mappingTableVersion);
    row(t("gov.controls.hash"), controlSet.controlSet.contentHash);
    document.moveDown(0.3);
    for (const [name, setting] of Object.entries(controlSet.controlSet.settings)) {
      const label = t(`gov.setting.${name}`);
      row(label === `gov.setting.${name}` ? name : label, settingValueText(i18n, name, setting.value));
      if (setting.sources.length > 0) document.text(`(${setting.sources.join(", ")})`, { indent: 12 });
    }
    heading(t("gov.controls.obligationsTitle"));
    if (input.obligations.length === 0) document.text(t("gov.controls.noObligations"));
    for (const obligation of input.obligations) {
      document
        .font("Helvetica-Bold")
        .text(`${text(obligation.title)} – ${t(`gov.controls.status.${obligation.status}`)}`)
        .font("Helvetica")
        .text(
          `${t("gov.controls.owner")}: ${t(`gov.owner.${obligation.owner}`)}; ${t("gov.controls.due")}: ${obligation.dueDate ?? t("gov.controls.noDue")}`,
          { indent: 12 },
        )
        .text(obligation.references.join("; "), { indent: 12 })
        .moveDown(0.2);
    }
  }
  document.end();
  return done;
}
