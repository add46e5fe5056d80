import type { Command } from "commander";
import { runOperation } from "../run-operation.ts";

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerSystemsCommands(program: Command): void {
  const systems = program.command("systems").description("the inventory of AI systems");
  systems
    .command("register")
    .description("register an AI system in the inventory and print its id")
    .requiredOption("--name <name>", "the system's name (unique in the agency)")
    .requiredOption("--purpose <text>", "what the system does, in at least 10 characters")
    .requiredOption("--official <name>", "the accountable official")
    .requiredOption("--affected <text>", "the people affected by the system")
    .option("--model <model>", "a model the system uses (repeatable)", collect)
    .option("--data-source <source>", "a data source the system uses (repeatable)", collect)
    .option("--agency <slug>", "the agency (needed when there are several)")
    .action(
      async (options: {
        name: string;
        purpose: string;
        official: string;
        affected: string;
        model?: string[];
        dataSource?: string[];
        agency?: string;
      }) => {
        const result = (await runOperation("systems.register", {
          name: options.name,
          purpose: options.purpose,
          official: options.official,
          affected: options.affected,
          models: options.model ?? [],
          dataSources: options.dataSource ?? [],
          ...(options.agency ? { agency: options.agency } : {}),
        })) as { id: string };
        process.stdout.write(`${result.id}\n`);
      },
    );
}
