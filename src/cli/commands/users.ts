import type { Command } from "commander";
import { ROLES } from "../../domains/identity/index.ts";
import { readStdin } from "../read-stdin.ts";
import { runOperation } from "../run-operation.ts";

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerUsersCommands(program: Command): void {
  const users = program.command("users").description("manage staff accounts");
  users
    .command("create")
    .description("create a staff account and print its id")
    .requiredOption("--email <email>", "the person's e-mail address (their sign-in name)")
    .requiredOption("--name <name>", "the person's display name")
    .requiredOption("--role <role>", `a role (repeatable): ${ROLES.join(", ")}`, collect)
    .option("--qualification <id>", "a reviewer qualification (repeatable)", collect)
    .option("--agency <slug>", "the agency (needed when there are several)")
    .option(
      "--password-stdin",
      "read the password from standard input (otherwise the account signs in through OIDC only)",
    )
    .action(
      async (options: {
        email: string;
        name: string;
        role: string[];
        qualification?: string[];
        agency?: string;
        passwordStdin?: boolean;
      }) => {
        const password = options.passwordStdin ? (await readStdin()).replace(/\r?\n$/, "") : undefined;
        const result = (await runOperation("users.create", {
          email: options.email,
          name: options.name,
          roles: options.role,
          qualifications: options.qualification ?? [],
          ...(options.agency ? { agency: options.agency } : {}),
          ...(password !== undefined ? { password } : {}),
        })) as { id: string };
        process.stdout.write(`${result.id}\n`);
      },
    );
}
