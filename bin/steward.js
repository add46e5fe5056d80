#!/usr/bin/env node
// @ts-check
// Steward's command line. Sources are TypeScript: they run compiled, the build made on the first run after a change
// and cached (see compiled-command-line.js), or, when no build can be had, through tsx's loader.
import { compiledCommandLine } from "./compiled-command-line.js";

const compiled = await compiledCommandLine();
if (compiled !== undefined) {
  if (process.env.STEWARD_DEBUG === "1") {
    process.stderr.write(`steward: running the compiled build ${compiled}\n`);
    // Stack traces name the TypeScript sources.
    process.setSourceMapsEnabled(true);
  }
  await import(compiled);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
