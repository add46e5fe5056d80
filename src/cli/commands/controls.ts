import type { Command } from "commander";
import { runOperation } from "../run-operation.ts";

export function registerControlsCommands(program: Command): void {
  const controls = program
    .command("controls")
    .description("the controls compiled from an AI system's assessments");
  controls
    .command("show")
    .description(
      "print the system's current control set (settings with their sources, and obligations) as JSON",
    )
    .argument("<system>", "the AI system's id or exact name")
    .option("--agency <slug>", "the agency (needed when there are several)")
    .action(async (system: string, options: { agency?: string }) => {
      const result = await runOperation("controls.show", {
        system,
        ...(options.agency ? { agency: options.agency } : {}),
      });
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    });
}
