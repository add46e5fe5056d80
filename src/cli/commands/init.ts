import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { createAgency, listAgencies } from "../../domains/identity/index.ts";
import { AppError } from "../../errors.ts";
import { createLogger } from "../../logger.ts";
import { seedDemoIfEmpty } from "../../operations/seed-demo.ts";
import { openRuntime } from "../../runtime.ts";
import { CliError } from "../cli-error.ts";

export function registerInitCommand(program: Command): void {
  program
    .command("init")
    .description("create the data directory, apply migrations, create the signing key and a first agency")
    .option("--agency <slug>", "create this agency instead of the demo agency")
    .option("--agency-name <name>", "the agency's display name (with --agency)")
    .action(async (options: { agency?: string; agencyName?: string }) => {
      const config = loadConfig();
      const runtime = await openRuntime(config, { logger: createLogger("silent") });
      try {
        if (options.agency) {
          if ((await listAgencies(runtime)).some((agency) => agency.slug === options.agency)) {
            throw new CliError(`the agency "${options.agency}" exists already`);
          }
          const agency = await createAgency(runtime, {
            slug: options.agency,
            name: options.agencyName ?? options.agency,
          });
          process.stdout.write(`created agency ${agency.slug} (${agency.id})\n`);
        } else {
          const seed = await seedDemoIfEmpty(runtime);
          if (seed) {
            process.stdout.write(
              `created the demo agency "${seed.agencySlug}"; staff passwords are in ${seed.credentialsFile}\n`,
            );
          }
        }
        process.stdout.write(
          `Steward is initialised (${runtime.database.kind}, data directory ${config.dataDir})\n`,
        );
      } catch (error) {
        if (error instanceof AppError) throw new CliError(error.message);
        throw error;
      } finally {
        await runtime.close();
      }
    });
}
