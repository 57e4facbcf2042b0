import type {
  CallToolResult,
  ReadResourceResult,
  Resource,
  Tool,
} from "@modelcontextprotocol/sdk/types.js";
import { latestApproved } from "../core/saved-script.js";
import { describeSkill } from "../core/skills.js";
import type { ToolCallOptions } from "../core/tools.js";
import { TOOL_NAMES } from "../core/tools.js";
import type { CodeMode } from "../create-code-mode.js";
import { executionToolResult } from "./gateway-tools.js";

/** Names the gateway's own tools hold: a saved script by one of them is not listed as a tool. */
const GATEWAY_NAMES = new Set<string>(TOOL_NAMES);
const SKILL_URI = "codemode://skills/";

/**
 * The approved saved scripts as MCP tools (`serve --expose-scripts`), each with its input schema,
 * so that a client without Code Mode can call them. Read from the store on each listing: another
 * process may have approved one since.
 */
export async function scriptToolListing(codeMode: CodeMode): Promise<Tool[]> {
  const approved = latestApproved(await codeMode.scripts());
  return [...approved.values()]
    .filter((script) => !GATEWAY_NAMES.has(script.name))
    .map((script) => ({
      name: script.name,
      description: script.description,
      inputSchema: objectSchema(script.inputSchema),
      ...(script.outputSchema !== undefined &&
      typeof script.outputSchema === "object" &&
      script.outputSchema.type === "object"
        ? { outputSchema: script.outputSchema as Tool["outputSchema"] }
        : {}),
      annotations: { title: `scripts.${script.name}`, openWorldHint: true },
    }));
}

/**
 * Calls an approved saved script as a tool: a run of `scripts.NAME(input)`, journaled and gated
 * like any other, whose result is the execution's. Undefined when no approved script has `name`.
 */
export async function callScriptTool(
  codeMode: CodeMode,
  name: string,
  args: unknown,
  options: ToolCallOptions = {},
): Promise<CallToolResult | undefined> {
  if (GATEWAY_NAMES.has(name) || !latestApproved(await codeMode.scripts(name)).has(name))
    return undefined;
  const execution = await codeMode.execute(`return await scripts.${name}(input);`, {
    input: args ?? {},
    origin: "mcp",
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return executionToolResult(execution);
}

/** Each skill as a resource: its instructions, read with `resources/read`. */
export function skillResources(codeMode: CodeMode): Resource[] {
  return codeMode.skills().map((skill) => ({
    uri: `${SKILL_URI}${skill.name}`,
    name: skill.name,
    title: `Skill: ${skill.name}`,
    description: skill.description,
    mimeType: "text/markdown",
  }));
}

/** The skill a `codemode://skills/NAME` URI names, or undefined for any other URI. */
export function readSkillResource(codeMode: CodeMode, uri: string): ReadResourceResult | undefined {
  if (!uri.startsWith(SKILL_URI)) return undefined;
  const skill = codeMode.skills().find((each) => each.name === uri.slice(SKILL_URI.length));
  if (!skill) return undefined;
  return { contents: [{ uri, mimeType: "text/markdown", text: describeSkill(skill) }] };
}

/** MCP requires a tool's input schema to be an object schema. */
function objectSchema(schema: unknown): Tool["inputSchema"] {
  const given = typeof schema === "object" && schema !== null ? schema : {};
  return { ...given, type: "object" } as Tool["inputSchema"];
}
