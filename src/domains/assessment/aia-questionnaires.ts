import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DefinitionError, loadQuestionnaire } from "./load-questionnaire.ts";
import type { Questionnaire } from "./questionnaire.ts";
import { fail, ok, type Result } from "./result.ts";

/**
 * Official AIA versions are data files named `aia-v<version>.json` in questionnaires/aia/: adding a
 * version means adding its file, nothing else. The newest version is the default.
 */
const AIA_DIRECTORY = fileURLToPath(new URL("./questionnaires/aia/", import.meta.url));
const FILE_PATTERN = /^aia-v(\d+(?:\.\d+)*)\.json$/;

function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Available official versions, oldest first. */
export function aiaVersions(directory = AIA_DIRECTORY): string[] {
  return readdirSync(directory)
    .flatMap((file) => {
      const match = FILE_PATTERN.exec(file);
      return match?.[1] === undefined ? [] : [match[1]];
    })
    .sort(compareVersions);
}

const cache = new Map<string, Questionnaire>();

export function loadAiaQuestionnaire(
  version?: string,
  directory = AIA_DIRECTORY,
): Result<Questionnaire, DefinitionError> {
  const versions = aiaVersions(directory);
  const wanted = version?.replace(/^v/, "") ?? versions.at(-1);
  if (wanted === undefined || !versions.includes(wanted)) {
    return fail([
      {
        path: "(version)",
        message: `no AIA definition for version ${version ?? "(latest)"}; available: ${versions.join(", ") || "none"}`,
      },
    ]);
  }
  const key = `${directory}\u0000${wanted}`;
  const cached = cache.get(key);
  if (cached !== undefined) return ok(cached);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(directory, `aia-v${wanted}.json`), "utf8"));
  } catch (error) {
    return fail([{ path: `aia-v${wanted}.json`, message: `not readable JSON: ${(error as Error).message}` }]);
  }
  const loaded = loadQuestionnaire(raw, { kind: "aia", version: wanted });
  if (loaded.ok) cache.set(key, loaded.value);
  return loaded;
}
