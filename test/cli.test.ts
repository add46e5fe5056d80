import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { questionnaireFor, scoreAia } from "../src/domains/assessment/index.ts";
import { freePort, runCli, startServeProcess, stopProcess } from "./support/cli.ts";
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from "./support/test-runtime.ts";

const STANDALONE_VERIFIER = fileURLToPath(new URL("../docs/verify-ledger.mjs", import.meta.url));
const REFERENCE_ANSWERS = new URL(
  "../src/domains/assessment/fixtures/aia-reference/answers-000.json",
  import.meta.url,
);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe(`steward CLI (${TEST_BACKEND})`, () => {
  let dataDir: string;
  let testDatabase: TestDatabase | undefined;
  let environment: NodeJS.ProcessEnv;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "steward-cli-"));
    environment = { STEWARD_DATA_DIR: dataDir };
    if (TEST_BACKEND === "postgres") {
      testDatabase = await createTestDatabase();
      environment.DATABASE_URL = testDatabase.url;
    }
    const init = await runCli(["init"], environment);
    assert.equal(init.code, 0, init.stderr);
  });
  after(async () => {
    await testDatabase?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("--help works on every command", async () => {
    for (const command of [
      [],
      ["init"],
      ["serve"],
      ["users", "create"],
      ["tokens", "create"],
      ["ledger", "verify"],
      ["ledger", "export"],
      ["assess", "score"],
      ["sources", "ingest"],
      ["controls", "show"],
      ["pii", "scan"],
      ["pii", "redact"],
      ["pii", "reseal"],
      ["tokens", "revoke"],
      ["ledger", "checkpoint"],
      ["assess", "import"],
      ["systems", "register"],
    ]) {
      const result = await runCli([...command, "--help"], environment);
      assert.equal(result.code, 0, command.join(" "));
      assert.match(result.stdout, /Usage: steward/);
    }
  });

  test("errors are one clear line and a non-zero exit", async () => {
    const badEmail = await runCli(
      ["users", "create", "--email", "nope", "--name", "N", "--role", "reviewer"],
      environment,
    );
    assert.notEqual(badEmail.code, 0);
    assert.equal(badEmail.stderr.trim().split("\n").length, 1);
    assert.match(badEmail.stderr, /^steward: email: must be an e-mail address/);
    const unknownUser = await runCli(["tokens", "create", "--user", "ghost@demo.example"], environment);
    assert.notEqual(unknownUser.code, 0);
    assert.match(unknownUser.stderr, /^steward: no user with the e-mail ghost@demo\.example\n$/);
    const unknownCommand = await runCli(["frobnicate"], environment);
    assert.notEqual(unknownCommand.code, 0);
  });

  test("users create reads the password from standard input; tokens create prints only the token", async () => {
    const created = await runCli(
      [
        "users",
        "create",
        "--email",
        "new.reviewer@demo.example",
        "--name",
        "New Reviewer",
        "--role",
        "reviewer",
        "--password-stdin",
      ],
      environment,
      "a long enough password\n",
    );
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /^[0-9a-f-]{36}\n$/);
    const token = await runCli(["tokens", "create", "--user", "new.reviewer@demo.example"], environment);
    assert.equal(token.code, 0, token.stderr);
    assert.match(token.stdout, /^stw_[A-Za-z0-9_-]{43}\n$/);
  });

  test("ledger verify counts events; export verifies with the CLI and the standalone verifier; tampering is named", async () => {
    const verified = await runCli(["ledger", "verify"], environment);
    assert.equal(verified.code, 0, verified.stderr);
    const count = Number(/(\d+) events checked/.exec(verified.stdout)?.[1]);
    assert.ok(count >= 7, verified.stdout);

    const exportFile = join(dataDir, "export.jsonl");
    const exported = await runCli(["ledger", "export", "--out", exportFile], environment);
    assert.equal(exported.code, 0, exported.stderr);
    assert.equal((await runCli(["ledger", "verify", "--file", exportFile], environment)).code, 0);
    const lines = readFileSync(exportFile, "utf8").trimEnd().split("\n");
    assert.equal(lines.length, count + 1);

    const { spawnSync } = await import("node:child_process");
    const standalone = (file: string) =>
      spawnSync(process.execPath, [STANDALONE_VERIFIER, file], { encoding: "utf8" });
    assert.equal(standalone(exportFile).status, 0);

    const variants: Record<string, string[]> = {
      edited: lines.map((line, index) =>
        index === 4 ? line.replace('"actor":"system"', '"actor":"someone"') : line,
      ),
      deleted: lines.filter((_, index) => index !== 4),
      reordered: [...lines.slice(0, 3), lines[4]!, lines[3]!, ...lines.slice(5)],
      truncated: lines.slice(0, -1),
    };
    for (const [kind, variant] of Object.entries(variants)) {
      const file = join(dataDir, `${kind}.jsonl`);
      writeFileSync(file, `${variant.join("\n")}\n`);
      const result = await runCli(["ledger", "verify", "--file", file], environment);
      assert.notEqual(result.code, 0, kind);
      assert.match(result.stderr, /FAILED.*event/, kind);
      assert.notEqual(standalone(file).status, 0, `standalone verifier on ${kind}`);
    }
  });

  test("sources ingest: new files, unchanged files, and a changed file becoming a new version", async () => {
    const folder = join(dataDir, "sources");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, "fees.md"),
      "# Fees\n\n## Paper claims\n\nA paper claim costs nothing. You can post it to us.\n",
    );
    writeFileSync(
      join(folder, "hours.html"),
      '<html lang="en"><body><h1>Opening hours</h1><p>We are open on weekdays from 9am to 5pm.</p></body></html>',
    );
    const args = [
      "sources",
      "ingest",
      folder,
      "--service",
      "housing-benefit",
      "--approved-by",
      "officer@demo.example",
    ];
    const first = await runCli(args, environment);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^2 new, 0 updated \(new version\), 0 unchanged, 0 failed/);
    writeFileSync(
      join(folder, "fees.md"),
      "# Fees\n\n## Paper claims\n\nA paper claim costs nothing. Post it or bring it to the help desk.\n",
    );
    const second = await runCli(args, environment);
    assert.match(second.stdout, /^0 new, 1 updated \(new version\), 1 unchanged, 0 failed/);
    const badDate = await runCli([...args, "--review-date", "2027-13-40"], environment);
    assert.notEqual(badDate.code, 0);
    assert.match(badDate.stderr, /^steward: --review-date: /);
    const noService = await runCli(["sources", "ingest", folder, "--service", "nope"], environment);
    assert.match(noService.stderr, /^steward: there is no service "nope"/);
  });

  test("controls show names a missing system clearly; pii scan streams JSON Lines", async () => {
    const missing = await runCli(["controls", "show", "No such system"], environment);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /^steward: no AI system "No such system"/);
    const scanned = await runCli(
      ["pii", "scan", "--jsonl", "-"],
      environment,
      '{"text":"Write to jane.doe@example.org"}\n{"text":"nothing here"}\n',
    );
    assert.equal(scanned.code, 0, scanned.stderr);
    const lines = scanned.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { detections: { type: string; start: number; end: number }[] });
    assert.equal(lines.length, 2);
    assert.deepEqual(
      lines[0]?.detections.map((detection) => [detection.type, detection.start, detection.end]),
      [["EMAIL_ADDRESS", 9, 29]],
    );
    assert.deepEqual(lines[1]?.detections, []);
  });

  test("pii reseal reports per agency under the raised key version and records the run", async () => {
    const resealed = await runCli(["pii", "reseal"], {
      ...environment,
      STEWARD_PERSONAL_DATA_KEY_VERSION: "2",
    });
    assert.equal(resealed.code, 0, resealed.stderr);
    assert.match(resealed.stdout, /^\S+: 0 case\(s\) resealed under key version 2, 0 already current, /);
    const unknown = await runCli(["pii", "reseal", "--agency", "nope"], environment);
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.stderr, /^steward: no agency with the slug "nope"/);
  });

  test("systems register, then assess import creates a draft AIA assessment from the official saved file", async () => {
    const registered = await runCli(
      [
        "systems",
        "register",
        "--name",
        "Benefits triage",
        "--purpose",
        "Drafts replies to benefit enquiries for staff to check",
        "--official",
        "Director of Benefits",
        "--affected",
        "Residents who apply for benefits",
      ],
      environment,
    );
    assert.equal(registered.code, 0, registered.stderr);
    const systemId = registered.stdout.trim();
    assert.match(systemId, UUID);
    const again = await runCli(
      [
        "systems",
        "register",
        "--name",
        "Benefits triage",
        "--purpose",
        "Another purpose here",
        "--official",
        "X Y",
        "--affected",
        "Residents",
      ],
      environment,
    );
    assert.notEqual(again.code, 0);
    assert.match(again.stderr, /^steward: an AI system named "Benefits triage" exists already\n$/);
    const short = await runCli(
      [
        "systems",
        "register",
        "--name",
        "Short",
        "--purpose",
        "too short",
        "--official",
        "X Y",
        "--affected",
        "Residents",
      ],
      environment,
    );
    assert.match(short.stderr, /^steward: purpose: describe the purpose in at least 10 characters\n$/);

    const data = JSON.parse(readFileSync(REFERENCE_ANSWERS, "utf8")) as Record<string, unknown>;
    const file = join(dataDir, "AIA Results.json");
    writeFileSync(
      file,
      JSON.stringify({ version: "v1.0.1", currentPage: 2, data, translationsOnResult: {} }),
    );
    const expected = scoreAia(
      questionnaireFor("aia"),
      Object.fromEntries(
        Object.entries(data).filter(([, value]) => !(Array.isArray(value) && value.length === 0)),
      ) as Parameters<typeof scoreAia>[1],
    );
    const roman = ["I", "II", "III", "IV"][expected.level - 1];
    for (const system of [systemId, "Benefits triage"]) {
      const imported = await runCli(["assess", "import", "--system", system, "--file", file], environment);
      assert.equal(imported.code, 0, imported.stderr);
      const [id, level] = imported.stdout.trim().split("\n");
      assert.match(id ?? "", UUID);
      assert.match(
        level ?? "",
        new RegExp(`^level ${roman} if submitted as is \\(current score ${expected.currentScore};`),
      );
    }
    const bare = join(dataDir, "bare.json");
    writeFileSync(bare, JSON.stringify(data));
    const fromBare = await runCli(
      [
        "assess",
        "import",
        "--system",
        "Benefits triage",
        "--file",
        bare,
        "--agency",
        "demo",
        "--user",
        "officer@demo.example",
      ],
      environment,
    );
    assert.equal(fromBare.code, 0, fromBare.stderr);

    const failures: [string[], RegExp][] = [
      [
        ["--system", "No such system", "--file", file],
        /^steward: no AI system "No such system" in agency demo\n$/,
      ],
      [
        ["--system", systemId, "--file", join(dataDir, "missing.json")],
        /^steward: cannot read .*missing\.json: ENOENT\n$/,
      ],
      [
        ["--system", systemId, "--file", file, "--user", "auditor@demo.example"],
        /^steward: auditor@demo\.example is not a governance officer of agency demo\n$/,
      ],
    ];
    const notJson = join(dataDir, "not.json");
    writeFileSync(notJson, "{nope");
    failures.push([["--system", systemId, "--file", notJson], /^steward: .*not\.json is not valid JSON: /]);
    const unknown = join(dataDir, "unknown.json");
    writeFileSync(
      unknown,
      JSON.stringify({ version: "v1.0.1", currentPage: 0, data: { notAQuestion: "item1" } }),
    );
    failures.push([
      ["--system", systemId, "--file", unknown],
      /^steward: notAQuestion: no such question in aia 1\.0\.1\n$/,
    ]);
    const badOption = join(dataDir, "bad-option.json");
    writeFileSync(badOption, JSON.stringify({ projectDetailsPhase: "item9" }));
    failures.push([
      ["--system", systemId, "--file", badOption],
      /^steward: projectDetailsPhase: "item9" is not among the options/,
    ]);
    const wrongFormat = join(dataDir, "wrong.json");
    writeFileSync(wrongFormat, JSON.stringify([1, 2]));
    failures.push([
      ["--system", systemId, "--file", wrongFormat],
      /^steward: not the official AIA tool's saved file: /,
    ]);
    for (const [args, message] of failures) {
      const result = await runCli(["assess", "import", ...args], environment);
      assert.notEqual(result.code, 0, args.join(" "));
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split("\n").length, 1);
    }
  });

  test("a bad DATABASE_URL or an unusable data directory is one clear line and a non-zero exit", async () => {
    const badUrl = await runCli(["ledger", "verify"], {
      ...environment,
      DATABASE_URL: "postgres://nobody:wrong@127.0.0.1:1/none",
    });
    assert.notEqual(badUrl.code, 0);
    assert.match(badUrl.stderr, /^steward: cannot connect to PostgreSQL at DATABASE_URL/);
    const notAUrl = await runCli(["ledger", "verify"], { ...environment, DATABASE_URL: "mysql://x" });
    assert.notEqual(notAUrl.code, 0);
    assert.match(notAUrl.stderr, /^steward: invalid configuration: DATABASE_URL/);
    const fileAsDir = join(dataDir, "export.jsonl");
    const badDir = await runCli(["ledger", "verify"], { STEWARD_DATA_DIR: join(fileAsDir, "sub") });
    assert.notEqual(badDir.code, 0);
    assert.match(badDir.stderr, /^steward: cannot use the data directory/);
    assert.equal(badDir.stderr.trim().split("\n").length, 1);
  });

  test("while the server runs: a second server is refused, and CLI commands reach the running one", async () => {
    const port = await freePort();
    const server = await startServeProcess(environment, port);
    try {
      if (TEST_BACKEND === "pglite") {
        const second = await runCli(["serve", "--port", String(await freePort())], environment);
        assert.notEqual(second.code, 0);
        assert.match(second.stderr, /in use by another Steward process/);
      }
      const verified = await runCli(["ledger", "verify"], environment);
      assert.equal(verified.code, 0, verified.stderr);
      const token = await runCli(["tokens", "create", "--user", "auditor@demo.example"], environment);
      assert.equal(token.code, 0, token.stderr);
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/ledger/verify`, {
        headers: { authorization: `Bearer ${token.stdout.trim()}` },
      });
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { ok: boolean }).ok, true);
      const system = await runCli(
        [
          "systems",
          "register",
          "--name",
          "Served system",
          "--purpose",
          "Registered while the server runs",
          "--official",
          "A B",
          "--affected",
          "Residents",
        ],
        environment,
      );
      assert.equal(system.code, 0, system.stderr);
      const file = join(dataDir, "served.json");
      writeFileSync(file, readFileSync(REFERENCE_ANSWERS, "utf8"));
      const imported = await runCli(
        ["assess", "import", "--system", "Served system", "--file", file],
        environment,
      );
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stdout, /^[0-9a-f-]{36}\nlevel I+V? /);
    } finally {
      assert.equal(await stopProcess(server), 0, "graceful shutdown exits 0");
    }
    if (TEST_BACKEND === "pglite") {
      assert.equal(existsSync(join(dataDir, "steward.lock")), false, "the lock is released on shutdown");
      assert.equal(existsSync(join(dataDir, "control.sock")), false);
    }
    const afterwards = await runCli(["ledger", "verify"], environment);
    assert.equal(afterwards.code, 0, afterwards.stderr);
  });
});
