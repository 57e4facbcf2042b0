/**
 * The `code` of a `ToolError` a script may catch from a call, and what the model should do about
 * it: one table, read by the tool description and the system prompt. Connectors may raise more
 * specific codes (`http_timeout`, `mcp_server_exited`...); these are the ones a model acts on.
 */
export const CALL_ERROR_CODES = {
  approval_rejected: "a person said no: do not retry it",
  blocked: "the policy forbids the call: do not try it another way",
  invalid_arguments: "fix the arguments (describe shows the types)",
  unknown_operation: "no such operation: search for the right name",
  request_refused: "the path leaves the API: give one below its base URL",
  http_error: "the API answered an error status (e.details.status)",
  tool_error_result: "the MCP tool reported an error",
  source_unavailable: "the server or API cannot be reached now",
} as const;

export type CallErrorCode = keyof typeof CALL_ERROR_CODES;

/** One line for the model: the codes it can branch on. */
export function callErrorCodesLine(): string {
  const codes = Object.entries(CALL_ERROR_CODES)
    .map(([code, meaning]) => `${code} (${meaning})`)
    .join(", ");
  return `A failed call throws ToolError (catchable; e instanceof ToolError) with e.code, among them: ${codes}.`;
}
