#!/usr/bin/env node
// Runs the node:test suites through tsx. Node 20 does not expand globs itself, so we list the files here.
// `unit`: every *.test.ts under src/ and test/ (except test/e2e), once per database backend:
//   PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it; see .ci/run).
// `e2e`: the browser suite under test/e2e (needs Chromium at STEWARD_CHROMIUM or /usr/bin/chromium).
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const suite = process.argv[2] ?? "unit";
const only = process.argv.slice(3);

function findTests(dir, out = []) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === "node_modules") continue;
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (entry.endsWith(".test.ts") || entry.endsWith(".test.tsx")) out.push(path);
  }
  return out;
}

const all = [...findTests("src"), ...findTests("test")];
let files =
  suite === "e2e"
    ? all.filter((f) => f.startsWith(join("test", "e2e")))
    : all.filter((f) => !f.startsWith(join("test", "e2e")));
if (only.length > 0) files = files.filter((f) => only.some((o) => f.includes(o)));

const backends =
  suite === "e2e" ? ["pglite"] : ["pglite", ...(process.env.TEST_DATABASE_URL ? ["postgres"] : [])];
if (suite === "e2e" && process.env.TEST_DATABASE_URL) backends.push("postgres");
if (!process.env.TEST_DATABASE_URL) {
  console.log(
    "note: TEST_DATABASE_URL is not set, so this run covers PGlite only (CI covers PostgreSQL too).",
  );
}

console.log(`property tests use seed ${process.env.FC_SEED ?? 20261123} (set FC_SEED to change it)`);
let failed = false;
for (const backend of backends) {
  console.log(`\n== ${suite} tests on ${backend} (${files.length} files) ==`);
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      "./test/support/setup.ts",
      "--test",
      "--test-concurrency=2",
      // A test that hangs (a server that never answers) fails after five minutes instead of holding the run until
      // CI's own limit; the slowest test, a browser run, takes well under one.
      "--test-timeout=300000",
      "--test-reporter=spec",
      ...files,
    ],
    { stdio: "inherit", env: { ...process.env, STEWARD_TEST_BACKEND: backend } },
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
