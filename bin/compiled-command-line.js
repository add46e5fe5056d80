// @ts-check
// The command line compiled once per version of the sources, so that a run does not transpile every module it
// loads (see docs/decisions/2026-11-24-compiled-command-line.md). Plain JavaScript: it runs before any TypeScript
// loader is registered.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
/**
 * Inside the repository, under node_modules: the build leaves packages external, and Node resolves them from the
 * build's own folder upwards, so the build must sit where the repository's node_modules is found.
 */
const cacheDirectory = path.join(root, "node_modules", ".cache", "steward", "command-line");
/** Builds kept besides the newest: a long-running server may still load modules from the one it started with. */
const KEPT_BUILDS = 3;
/** Raise when the build's options change, so that builds made with the old ones are not reused. */
const BUILD_FORMAT = 1;

/**
 * A fingerprint of what the build is made from: every file under src/ (path, size, modification time) and the
 * package manifests. Any edit, addition or removal gives another fingerprint, and so another build.
 * @param {string} projectRoot
 * @returns {string}
 */
export function sourceFingerprint(projectRoot) {
  const hash = createHash("sha256").update(`format ${BUILD_FORMAT}\n`);
  const files = readdirSync(path.join(projectRoot, "src"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    // (`parentPath` is Node 20.12's name for the older `path`.)
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
  files.push(path.join(projectRoot, "package.json"), path.join(projectRoot, "package-lock.json"));
  for (const file of files.sort()) {
    const stats = statSync(file, { throwIfNoEntry: false });
    const facts = stats === undefined ? "missing" : `${stats.size} ${stats.mtimeMs}`;
    hash.update(`${path.relative(projectRoot, file)}\0${facts}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Compiles src/cli/main.ts and the modules it imports into ES modules in `outputDirectory`, one chunk per lazily
 * loaded command. Each module's `import.meta.url` is replaced by its source file's URL, so files it reads beside
 * its source (messages, migrations, policies, questionnaires, styles) are found where they are.
 * @param {string} projectRoot
 * @param {string} outputDirectory
 * @returns {Promise<void>}
 */
export async function compileCommandLine(projectRoot, outputDirectory) {
  const { build } = await import("esbuild");
  await build({
    absWorkingDir: projectRoot,
    entryPoints: { main: path.join(projectRoot, "src", "cli", "main.ts") },
    outdir: outputDirectory,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "silent",
    plugins: [
      {
        name: "source-module-urls",
        setup(builder) {
          builder.onLoad({ filter: /\.tsx?$/ }, (args) => ({
            contents: readFileSync(args.path, "utf8").replaceAll(
              "import.meta.url",
              JSON.stringify(pathToFileURL(args.path).href),
            ),
            loader: args.path.endsWith(".tsx") ? "tsx" : "ts",
          }));
        },
      },
    ],
  });
}

/** Removes all but the newest builds, and compilations left unfinished for an hour (a run killed meanwhile). */
function pruneOldBuilds() {
  const builds = [];
  for (const entry of readdirSync(cacheDirectory, { withFileTypes: true })) {
    const folder = path.join(cacheDirectory, entry.name);
    const modified = statSync(folder, { throwIfNoEntry: false })?.mtimeMs;
    if (!entry.isDirectory() || modified === undefined) continue;
    if (!entry.name.endsWith(".tmp")) builds.push({ folder, modified });
    else if (Date.now() - modified > 3_600_000) rmSync(folder, { recursive: true, force: true });
  }
  builds.sort((left, right) => right.modified - left.modified);
  for (const stale of builds.slice(KEPT_BUILDS + 1)) rmSync(stale.folder, { recursive: true, force: true });
}

/**
 * The URL of the compiled command line for the sources as they are, compiling it first when there is none; undefined
 * when it cannot be had (compilation turned off with STEWARD_COMPILE=0, a read-only checkout, a compile error), in
 * which case the caller runs the sources through the TypeScript loader.
 * @returns {Promise<string | undefined>}
 */
export async function compiledCommandLine() {
  const setting = process.env.STEWARD_COMPILE;
  if (setting !== undefined && setting !== "0" && setting !== "1") {
    process.stderr.write(`steward: STEWARD_COMPILE must be 0 or 1, not ${JSON.stringify(setting)}\n`);
    process.exit(78);
  }
  if (setting === "0") return undefined;
  try {
    const build = path.join(cacheDirectory, sourceFingerprint(root));
    const entry = path.join(build, "main.js");
    if (statSync(entry, { throwIfNoEntry: false }) === undefined) {
      // Compiled beside the final folder and renamed into place: a run started meanwhile sees no half-written build,
      // and of two runs compiling at once, the second rename fails and its copy is dropped.
      const scratch = `${build}.${process.pid}.${Date.now()}.tmp`;
      mkdirSync(cacheDirectory, { recursive: true });
      try {
        await compileCommandLine(root, scratch);
        renameSync(scratch, build);
      } catch (error) {
        rmSync(scratch, { recursive: true, force: true });
        if (statSync(entry, { throwIfNoEntry: false }) === undefined) throw error;
      }
      pruneOldBuilds();
    }
    return pathToFileURL(entry).href;
  } catch (error) {
    if (process.env.STEWARD_DEBUG === "1") {
      process.stderr.write(
        `steward: running the sources uncompiled: ${error instanceof Error ? error.message : error}\n`,
      );
    }
    return undefined;
  }
}
