import type { CodeMode } from "../create-code-mode.js";

/**
 * What an agent loop adds to `cm.systemPrompt`: the order of the tools, what to do with a type
 * error, and what a paused execution means for the conversation.
 */
const WORKFLOW = [
  "Workflow: search → describe → execute (skip the first two for operations declared above). On a type error, fix the script and run it again.",
  "If execute pauses for a person's approval, tell the user what waits and end your turn; do not retry. The app tells you the outcome.",
].join("\n");

/**
 * The system prompt for an agent using codemode's tools: `cm.systemPrompt` (the sandbox's rules
 * and the catalog) and the workflow, including what to do when an execution pauses.
 *
 * @example
 * const messages = [{ role: "system", content: agentSystemPrompt(cm) }, { role: "user", content: task }];
 */
export function agentSystemPrompt(codeMode: Pick<CodeMode, "systemPrompt">): string {
  return `${codeMode.systemPrompt}\n\n${WORKFLOW}`;
}
