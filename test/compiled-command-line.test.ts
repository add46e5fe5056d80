import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compileCommandLine, sourceFingerprint } from "../bin/compiled-command-line.js";
import { runCli } from "./support/cli.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BUILDS = join(ROOT, "node_modules", ".cache", "steward", "command-line");
const REFERENCE_ANSWERS = fileURLToPath(
  new URL("../src/domains/assessment/fixtures/aia-reference/answers-000.json", import.meta.url),
);
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** Runs a compiled entry module with Node, as bin/steward.js imports it. */
function runCompiled(entry: string, args: string[], input = "") {
  return spawnSync(process.execPath, [entry, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, STEWARD_LOG_LEVEL: "silent" },
  });
}

describe("source fingerprint", () => {
  let project: string;
  before(() => {
    project = mkdtempSync(join(tmpdir(), "steward-fingerprint-"));
    mkdirSync(join(project, "src", "cli"), { recursive: true });
    writeFileSync(join(project, "src", "cli", "main.ts"), "export {};\n");
    writeFileSync(join(project, "package.json"), "{}\n");
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  test("is the same for the same files and changes with any edit, addition or removal", () => {
    const first = sourceFingerprint(project);
    assert.equal(sourceFingerprint(project), first);

    const source = join(project, "src", "cli", "main.ts");
    writeFileSync(source, "export const changed = 1;\n");
    const edited = sourceFingerprint(project);
    assert.notEqual(edited, first);

    // Same size, later modification time: an edit that keeps the length is still seen.
    writeFileSync(source, "export const changed = 2;\n");
    const later = new Date(Date.now() + 5000);
    utimesSync(source, later, later);
    const touched = sourceFingerprint(project);
    assert.notEqual(touched, edited);

    const added = join(project, "src", "cli", "messages.json");
    writeFileSync(added, "{}\n");
    const withAddition = sourceFingerprint(project);
    assert.notEqual(withAddition, touched);
    rmSync(added);
    assert.equal(sourceFingerprint(project), touched);

    writeFileSync(join(project, "package-lock.json"), "{}\n");
    assert.notEqual(sourceFingerprint(project), touched);
  });
});

describe("compiled command line", () => {
  let output: string;
  before(async () => {
    mkdirSync(BUILDS, { recursive: true });
    output = mkdtempSync(join(BUILDS, "test-"));
    await compileCommandLine(ROOT, output);
  });
  after(() => rmSync(output, { recursive: true, force: true }));

  test("runs commands that read files kept beside their sources", () => {
    const entry = join(output, "main.js");
    const version = runCompiled(entry, ["--version"]);
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), VERSION);

    // The questionnaire and the scoring tables are read relative to their modules, not to the build.
    const score = runCompiled(entry, [
      "assess",
      "score",
      "--questionnaire",
      "aia",
      "--answers",
      REFERENCE_ANSWERS,
    ]);
    assert.equal(score.status, 0, score.stderr);
    assert.equal(JSON.parse(score.stdout).questionnaire, "aia");
  });

  test("finds what the uncompiled sources find", async () => {
    const text = "Call Anna Smith on 020 7946 0018 or write to anna.smith@example.org.\n";
    const compiled = runCompiled(join(output, "main.js"), ["pii", "scan", "-"], text);
    const uncompiled = await runCli(["pii", "scan", "-"], { STEWARD_COMPILE: "0" }, text);
    assert.equal(compiled.status, 0, compiled.stderr);
    assert.equal(uncompiled.code, 0, uncompiled.stderr);
    assert.equal(compiled.stdout, uncompiled.stdout);
    assert.match(compiled.stdout, /"type":"EMAIL_ADDRESS"/);
  });

  test("a setting other than 0 or 1 stops with a clear message", async () => {
    const result = await runCli(["--version"], { STEWARD_COMPILE: "yes" });
    assert.equal(result.code, 78);
    assert.equal(result.stdout, "");
    assert.match(result.stderr, /STEWARD_COMPILE must be 0 or 1, not "yes"/);
  });

  test("bin/steward.js runs the build of the sources as they are", async () => {
    const result = await runCli(["--version"], { STEWARD_DEBUG: "1" });
    assert.equal(result.code, 0, result.stderr);
    const entry = join(BUILDS, sourceFingerprint(ROOT), "main.js");
    assert.ok(existsSync(entry));
    assert.ok(
      result.stderr.includes(`running the compiled build ${pathToFileURL(entry).href}`),
      result.stderr,
    );
    assert.equal(result.stdout.trim(), VERSION);

    const uncompiled = await runCli(["--version"], { STEWARD_DEBUG: "1", STEWARD_COMPILE: "0" });
    assert.equal(uncompiled.code, 0, uncompiled.stderr);
    assert.doesNotMatch(uncompiled.stderr, /compiled build/);
    assert.equal(uncompiled.stdout.trim(), VERSION);
  });
});
