import type { Operation } from "./operation.js";

/** The namespace skills are found under (`describe("skills.NAME")`). */
export const SKILLS_NAMESPACE = "skills";

/** One Agent Skill: a folder with a `SKILL.md` (front matter `name`, `description`; body: instructions). */
export interface Skill {
  name: string;
  description: string;
  /** The body of `SKILL.md`. */
  instructions: string;
  /** Its folder, relative to the config's. */
  folder: string;
  /** The other files of its folder, relative to it. */
  files: string[];
  /** Its TypeScript files, which may be saved as scripts. */
  scripts: { path: string; code: string }[];
}

/** What `describe("skills.NAME")` gives: the instructions, then its files and how to save its scripts. */
export function describeSkill(skill: Skill): string {
  const lines = [`# Skill ${skill.name}`, "", skill.description, "", skill.instructions];
  if (skill.files.length > 0) lines.push("", `Files: ${skill.files.join(", ")}`);
  for (const script of skill.scripts)
    lines.push(
      "",
      `${script.path} (save it as a script: codemode scripts save NAME ${skill.folder}/${script.path} --description "...")`,
      "```ts",
      script.code.trim(),
      "```",
    );
  return lines.join("\n");
}

/** A skill as an entry of the search index (found by its name and description). */
export function skillOperation(skill: Skill): Operation {
  return {
    namespace: SKILLS_NAMESPACE,
    name: skill.name,
    description: skill.description,
    inputSchema: {},
    source: { kind: "functions" },
  };
}
