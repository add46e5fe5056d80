import { readFileSync, statSync } from "node:fs";
import type { Command } from "commander";
import { loadAiaQuestionnaire } from "../../domains/assessment/aia-questionnaires.ts";
import { importAiaAnswers } from "../../domains/assessment/aia-saved-file.ts";
import { scoreAia } from "../../domains/assessment/score-aia.ts";
import { validateAnswers } from "../../domains/assessment/validate-answers.ts";
import { CliError } from "../cli-error.ts";
import { runOperation } from "../run-operation.ts";

/** The largest saved file accepted for import, as on the web form (real ones are a few kilobytes). */
const MAX_IMPORT_BYTES = 1024 * 1024;
const LEVELS = ["I", "II", "III", "IV"] as const;

interface ImportOptions {
  system: string;
  file: string;
  agency?: string;
  user?: string;
}

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

/** `assess import`: a new draft AIA assessment from the official tool's saved file; prints its id and level. */
export async function importAnswersFile(options: ImportOptions): Promise<string> {
  let size: number;
  try {
    size = statSync(options.file).size;
  } catch (error) {
    throw new CliError(
      `cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  if (size > MAX_IMPORT_BYTES) throw new CliError(`${options.file} is larger than 1 MB`);
  const result = (await runOperation("assess.import", {
    system: options.system,
    saved: readJson(options.file),
    ...(options.agency ? { agency: options.agency } : {}),
    ...(options.user ? { user: options.user } : {}),
  })) as {
    assessmentId: string;
    level: 1 | 2 | 3 | 4;
    currentScore: number;
    rawImpactScore: number;
    mitigationScore: number;
    answers: number;
  };
  return [
    result.assessmentId,
    `level ${LEVELS[result.level - 1]} if submitted as is (current score ${result.currentScore}; raw impact ${result.rawImpactScore}, mitigation ${result.mitigationScore}; ${result.answers} answers imported)`,
  ].join("\n");
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
  assess
    .command("import")
    .description(
      "create a draft AIA assessment for a system from the official AIA tool's saved file (or its bare data object); prints the new assessment's id, then the level it would score",
    )
    .requiredOption("--system <system>", "the AI system's id or exact name")
    .requiredOption("--file <file>", 'the saved file ("AIA Results.json"), at most 1 MB')
    .option("--agency <slug>", "the agency (needed when there are several)")
    .option(
      "--user <email>",
      "the governance officer recorded as the assessment's author (default: the agency's first governance officer)",
    )
    .action(async (options: ImportOptions) => {
      process.stdout.write(`${await importAnswersFile(options)}\n`);
    });
}
