/**
 * What a code means for the ones who act on it. `hint`: what the model should do when a script
 * catches it from a call (the tool description and the system prompt list these). `caller`: the
 * caller's to fix, so `codemode` exits 2 and the JSON API answers `http` (500 when absent).
 */
interface ErrorCodeSpec {
  hint?: string;
  caller?: true;
  http?: number;
}

/**
 * Every `code` a `CodemodeError` has: one table, read by the CLI's exit codes, the JSON API's
 * statuses, the model's tool description and the in-sandbox `ToolError`. A new failure adds its
 * code here first; the compiler then refuses a code that is not in it.
 */
export const ERROR_CODES = {
  // A call failed: raised in the script as a ToolError, which it may catch.
  approval_rejected: { hint: "a person said no, do not retry" },
  blocked: { hint: "the policy forbids it, do not work around it" },
  invalid_arguments: { hint: "fix the arguments (describe shows the types)" },
  unknown_operation: { hint: "no such operation, search for the name", caller: true, http: 404 },
  request_refused: { hint: "the path leaves the API's base URL" },
  http_error: { hint: "an error status, in e.details.status" },
  tool_error_result: { hint: "the MCP tool reported an error" },
  source_unavailable: {
    hint: "the server or API is unreachable now",
    caller: true,
    http: 503,
  },
  tool_failed: {},
  policy_failed: {},
  unknown_outcome: {},
  call_too_large: {},
  result_too_large: {},
  result_not_json: {},
  credential_withheld: {},
  reference_not_found: {},
  http_timeout: {},
  http_unavailable: {},
  redirect_refused: {},
  too_many_redirects: {},
  origin_refused: {},
  response_too_large: {},
  mcp_error: {},
  mcp_timeout: {},
  mcp_closed: {},
  mcp_server_exited: {},
  mcp_server_unavailable: {},
  spec_unavailable: {},
  search_embed_failed: {},
  // The run ended: a limit, or the host stopped it (LimitError).
  timeout: {},
  cpu_limit: {},
  memory_limit: {},
  tool_call_limit: {},
  output_limit: {},
  replay_divergence: {},
  journal_write_failed: {},
  cancelled: {},
  aborted: {},
  // The script did not run.
  syntax_error: {},
  type_error: {},
  script_refused: {},
  // Executions, approvals and saved scripts, as a caller asks for them.
  approval_not_found: { caller: true, http: 404 },
  approval_decided: { caller: true, http: 409 },
  approval_expired: {},
  execution_not_found: { caller: true, http: 404 },
  execution_finished: {},
  interrupted: {},
  closed: {},
  rollback_refused: { caller: true, http: 409 },
  script_invalid: { caller: true, http: 422 },
  script_not_found: { caller: true, http: 404 },
  script_not_draft: { caller: true, http: 409 },
  script_version_not_found: { caller: true },
  config_invalid: { caller: true },
  sandbox_unavailable: { caller: true },
  // The journal store.
  store_failed: {},
  store_unavailable: {},
  store_in_use: {},
  store_conflict: {},
  store_corrupt: {},
  store_schema_newer: {},
} as const satisfies Record<string, ErrorCodeSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The codes a model acts on when a script catches them from a call. */
export type CallErrorCode = {
  [Code in ErrorCode]: (typeof ERROR_CODES)[Code] extends { hint: string } ? Code : never;
}[ErrorCode];

function specOf(code: string): ErrorCodeSpec | undefined {
  return Object.hasOwn(ERROR_CODES, code) ? ERROR_CODES[code as ErrorCode] : undefined;
}

/**
 * The `code` of a `ToolError` a script may catch from a call, and what the model should do about
 * it. Connectors may raise more specific codes (`http_timeout`, `mcp_server_exited`...); these
 * are the ones a model acts on.
 */
export const CALL_ERROR_CODES = Object.fromEntries(
  Object.entries(ERROR_CODES).flatMap(([code, spec]: [string, ErrorCodeSpec]) =>
    spec.hint ? [[code, spec.hint]] : [],
  ),
) as Readonly<Record<CallErrorCode, string>>;

/** Whether an error with this code is the caller's to fix (a usage error, exit code 2). */
export function isCallerError(code: string): boolean {
  return specOf(code)?.caller === true;
}

/** The HTTP status the JSON API answers an error with this code. */
export function httpStatusOf(code: string): number {
  return specOf(code)?.http ?? 500;
}

/** One line for the model: the codes it can branch on. */
export function callErrorCodesLine(): string {
  const codes = Object.entries(CALL_ERROR_CODES)
    .map(([code, meaning]) => `${code} (${meaning})`)
    .join(", ");
  return `A failed call throws ToolError (catchable; e instanceof ToolError) with e.code, among them: ${codes}.`;
}
