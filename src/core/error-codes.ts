/**
 * The `code` of a `ToolError` a script may catch from a call, and what the model should do about
 * it: one table, read by the tool description and the system prompt. Connectors may raise more
 * specific codes (`http_timeout`, `mcp_server_exited`...); these are the ones a model acts on.
 */
export const CALL_ERROR_CODES = {
  approval_rejected: "a person said no, do not retry",
  blocked: "the policy forbids it, do not work around it",
  invalid_arguments: "fix the arguments (describe shows the types)",
  unknown_operation: "no such operation, search for the name",
  request_refused: "the path leaves the API's base URL",
  http_error: "an error status, in e.details.status",
  tool_error_result: "the MCP tool reported an error",
  source_unavailable: "the server or API is unreachable now",
} as const;

export type CallErrorCode = keyof typeof CALL_ERROR_CODES;

/** One line for the model: the codes it can branch on. */
export function callErrorCodesLine(): string {
  const codes = Object.entries(CALL_ERROR_CODES)
    .map(([code, meaning]) => `${code} (${meaning})`)
    .join(", ");
  return `A failed call throws ToolError (catchable; e instanceof ToolError) with e.code, among them: ${codes}.`;
}
