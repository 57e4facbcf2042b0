import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { ConfigError } from "../../core/errors.js";
import type { Skill } from "../../core/skills.js";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** Files kept beside a skill's instructions are listed, and TypeScript ones read (they may become saved scripts). */
const MAX_FILES = 50;
const MAX_SCRIPT_CHARS = 100_000;

/**
 * Reads a folder of Agent Skills: one folder per skill holding a `SKILL.md` whose YAML front
 * matter has `name` and `description`, and whose body is the instructions. A skill that cannot
 * be read is an error naming its file and the fix.
 *
 * @example
 * const skills = loadSkills("./skills", process.cwd()); // [{ name: "release-notes", ... }]
 */
export function loadSkills(folder: string, baseDirectory: string): Skill[] {
  const root = resolve(baseDirectory, folder);
  let entries: string[];
  try {
    entries = readdirSync(root).sort();
  } catch (error) {
    throw new ConfigError(
      `skills: the folder ${root} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): create it, or fix "skills" in the config.`,
    );
  }
  const skills: Skill[] = [];
  const names = new Set<string>();
  for (const entry of entries) {
    const directory = join(root, entry);
    if (!statSync(directory).isDirectory()) continue;
    const file = join(directory, "SKILL.md");
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    const skill = parseSkill(text, file);
    if (names.has(skill.name))
      throw new ConfigError(`${file}: another skill is also named "${skill.name}"; rename one.`);
    names.add(skill.name);
    const files = filesOf(directory).filter((path) => path !== "SKILL.md");
    skills.push({
      ...skill,
      // Relative to the config: the model reads it, and the host's own paths are none of its business.
      folder: relative(baseDirectory, directory).split("\\").join("/") || ".",
      files,
      scripts: files
        .filter((path) => path.endsWith(".ts"))
        .map((path) => ({
          path,
          code: readFileSync(join(directory, path), "utf8").slice(0, MAX_SCRIPT_CHARS),
        })),
    });
  }
  return skills;
}

/** The front matter's name and description, and the body as instructions. */
export function parseSkill(
  text: string,
  file: string,
): Pick<Skill, "name" | "description" | "instructions"> {
  const match = FRONT_MATTER.exec(text);
  if (!match)
    throw new ConfigError(
      `${file} has no front matter: start it with ---, then "name:" and "description:" lines, then ---.`,
    );
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? "");
  } catch (error) {
    throw new ConfigError(`${file}: its front matter is not YAML (${(error as Error).message}).`);
  }
  const { name, description } = (data ?? {}) as { name?: unknown; description?: unknown };
  if (typeof name !== "string" || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(name))
    throw new ConfigError(
      `${file}: "name" must be lowercase letters, digits and hyphens (up to 64), such as release-notes.`,
    );
  if (typeof description !== "string" || description.trim() === "")
    throw new ConfigError(
      `${file}: "description" is missing: say what the skill does and when to use it.`,
    );
  return {
    name,
    description: description.trim(),
    instructions: text.slice(match[0].length).trim(),
  };
}

function filesOf(directory: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (found.length >= MAX_FILES || entry.name.startsWith(".")) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(relative(directory, path).split("\\").join("/"));
    }
  };
  walk(directory);
  return found.sort();
}
