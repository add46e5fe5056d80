import type { Command } from "commander";
import { runOperation } from "../run-operation.ts";

export function registerTokensCommands(program: Command): void {
  const tokens = program.command("tokens").description("manage API tokens");
  tokens
    .command("create")
    .description("create an API token for a user and print only the token")
    .requiredOption("--user <email>", "the user the token acts as")
    .option("--name <name>", "a label for the token", "cli")
    .action(async (options: { user: string; name: string }) => {
      const result = (await runOperation("tokens.create", { user: options.user, name: options.name })) as {
        token: string;
      };
      process.stdout.write(`${result.token}\n`);
    });
  tokens
    .command("revoke")
    .description("revoke one of a user's API tokens")
    .requiredOption("--user <email>", "the token's user")
    .argument("<token-id>", "the token's id (shown in the staff area)")
    .action(async (tokenId: string, options: { user: string }) => {
      await runOperation("tokens.revoke", { user: options.user, tokenId });
      process.stdout.write(`revoked ${tokenId}\n`);
    });
}
