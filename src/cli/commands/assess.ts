import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { loadAiaQuestionnaire } from "../../domains/assessment/aia-questionnaires.ts";
import { importAiaAnswers } from "../../domains/assessment/aia-saved-file.ts";
import { scoreAia } from "../../domains/assessment/score-aia.ts";
import { validateAnswers } from "../../domains/assessment/validate-answers.ts";
import { CliError } from "../cli-error.ts";

interface ScoreOptions {
  questionnaire: string;
  answers: string;
  version?: string;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** `assess score`: the AIA result of an answer file (the official tool's saved file or its bare data). */
export function scoreAnswersFile(options: ScoreOptions): Record<string, unknown> {
  if (options.questionnaire !== "aia") {
    throw new CliError(`unknown questionnaire "${options.questionnaire}" (supported: aia)`);
  }
  const imported = importAiaAnswers(readJson(options.answers));
  if (!imported.ok) {
    const first = imported.errors[0];
    throw new CliError(`${options.answers}: ${first?.path}: ${first?.message}`);
  }
  const questionnaire = loadAiaQuestionnaire(options.version);
  if (!questionnaire.ok) {
    const first = questionnaire.errors[0];
    throw new CliError(`AIA definition: ${first?.path}: ${first?.message}`);
  }
  const answers = validateAnswers(questionnaire.value, imported.value.data, "draft");
  if (!answers.ok) {
    const [first, ...rest] = answers.errors;
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : "";
    throw new CliError(`${options.answers}: ${first?.message}${more}`);
  }
  const score = scoreAia(questionnaire.value, answers.value);
  return {
    questionnaire: "aia",
    questionnaireVersion: score.questionnaireVersion,
    savedFileVersion: imported.value.toolVersion,
    rawImpactScore: score.rawImpactScore,
    mitigationScore: score.mitigationScore,
    currentScore: score.currentScore,
    level: score.level,
    maxRawImpactScore: score.maxRawImpactScore,
    maxMitigationScore: score.maxMitigationScore,
    mitigationThreshold: score.mitigationThreshold,
    mitigationReductionApplied: score.mitigationReductionApplied,
    levelThresholds: score.levelThresholds,
    warnings: score.warnings,
    contributions: score.contributions
      .filter((contribution) => contribution.points !== 0)
      .map((contribution) => ({
        questionId: contribution.questionId,
        area: contribution.area,
        points: contribution.points,
        page: contribution.pageTitle,
        visible: contribution.visible,
      })),
  };
}

export function registerAssessCommands(program: Command): void {
  const assess = program
    .command("assess")
    .description("impact assessments (Canada AIA, EU AI Act screening)");
  assess
    .command("score")
    .description("score an answer file: the official AIA tool's saved file or its bare data object")
    .requiredOption("--questionnaire <name>", "questionnaire to score against (aia)")
    .requiredOption("--answers <file>", "answers JSON file")
    .option("--version <version>", "questionnaire version (default: the newest)")
    .action((options: ScoreOptions) => {
      console.log(JSON.stringify(scoreAnswersFile(options), null, 2));
    });
}
