import { existsSync, readFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { FunctionsInput } from "../connectors/functions/functions-connector.js";
import { ConfigError } from "../core/errors.js";
import { safeParseJson } from "../core/json.js";
import type { Config } from "./config.js";

/** Names looked for in the working directory when no config is given. */
export const DEFAULT_CONFIG_FILES = [
  "codemode.config.json",
  "codemode.config.mjs",
  "codemode.config.js",
];

export interface LoadedConfig {
  config: Config;
  /** Host functions, from a JavaScript config's `functions` export. */
  functions?: FunctionsInput;
  /** The file it came from, when it came from one. */
  path?: string;
  /** Relative paths in the config resolve against this folder. */
  baseDirectory: string;
}

/**
 * Reads a config file: JSON, or a JavaScript module whose default export is the config (it may
 * add `functions`, host functions for scripts). Without a path, the default names in `cwd` are
 * tried; none found is an empty config.
 */
export async function loadConfig(path?: string, cwd = process.cwd()): Promise<LoadedConfig> {
  const file = path
    ? resolve(cwd, path)
    : DEFAULT_CONFIG_FILES.map((name) => resolve(cwd, name)).find(existsSync);
  if (!file) return { config: {}, baseDirectory: cwd };
  if (!existsSync(file))
    throw new ConfigError(
      `The config file ${file} does not exist: check the path given to --config.`,
    );
  const baseDirectory = dirname(file);
  // zod is loaded only when there is a config to check: a bare `codemode run` starts faster.
  const { parseConfig } = await import("./config.js");
  if (extname(file) === ".json") {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new ConfigError(
        `The config file ${file} cannot be read (${(error as Error).message}).`,
      );
    }
    const parsed = safeParseJson(text);
    if (!parsed.success)
      throw new ConfigError(`The config file ${file} is not valid JSON: ${parsed.error.message}.`);
    return { config: parseConfig(parsed.value, file), path: file, baseDirectory };
  }
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError(`The config module ${file} failed to load: ${(error as Error).message}`);
  }
  const exported = module.default;
  if (typeof exported !== "object" || exported === null) {
    throw new ConfigError(
      `The config module ${file} must export the config object as its default export.`,
    );
  }
  const { functions, ...rest } = exported as { functions?: unknown };
  if (functions !== undefined && (typeof functions !== "object" || functions === null)) {
    throw new ConfigError(`${file}: functions must be an object of namespaces of host functions.`);
  }
  const loaded: LoadedConfig = { config: parseConfig(rest, file), path: file, baseDirectory };
  if (functions) loaded.functions = functions as FunctionsInput;
  return loaded;
}
