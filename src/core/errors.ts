import type { ErrorCode } from "./error-codes.js";

/** Where in the model's script something went wrong (1-based line and column). */
export interface ScriptLocation {
  line: number;
  column?: number;
}

const CODEMODE_ERROR = Symbol.for("codemode.error");

/**
 * The base of every error codemode raises. `code` is stable and machine-readable (one of
 * {@link ERROR_CODES}); the message says what went wrong and what to do next. Use
 * {@link isCodemodeError} rather than `instanceof` where errors may cross a realm.
 */
export class CodemodeError extends Error {
  /** An {@link ErrorCode}; an error rebuilt from the journal or another thread keeps the code it had. */
  readonly code: string;
  readonly details?: Record<string, unknown>;
  /** Marks codemode's errors for {@link isCodemodeError}, whichever copy of the class made them. */
  readonly [CODEMODE_ERROR] = true;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    if (options?.details) this.details = options.details;
  }
}

/** Whether `value` is a {@link CodemodeError}, also one made by another copy of codemode or in another realm. */
export function isCodemodeError(value: unknown): value is CodemodeError {
  return (
    value instanceof CodemodeError ||
    (value instanceof Error && CODEMODE_ERROR in value && value[CODEMODE_ERROR] === true)
  );
}

/**
 * An error as it was recorded (in the journal, or across threads), raised again: its own name,
 * code and details, whatever they were.
 */
export function revivedError<Class extends CodemodeError>(
  error: Class,
  info: { name?: string; code?: string },
): Class {
  if (info.code !== undefined) Object.defineProperty(error, "code", { value: info.code });
  if (info.name !== undefined)
    Object.defineProperty(error, "name", { value: info.name, configurable: true, writable: true });
  return error;
}

/** A config file or object that is not valid; the message names the key. */
export class ConfigError extends CodemodeError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("config_invalid", message, options);
  }
}

/**
 * A tool call that failed: bad arguments, an error result from an MCP server, an HTTP error
 * status. Raised inside the script, which may catch it.
 */
export class ToolError extends CodemodeError {
  constructor(
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown>; code?: ErrorCode },
  ) {
    super(options?.code ?? "tool_failed", message, options);
  }
}

/** The script calls an operation the catalog does not have. */
export class UnknownOperationError extends ToolError {
  constructor(path: string) {
    super(`There is no operation "${path}". Use codemode.search("...") to find the right name.`, {
      code: "unknown_operation",
      details: { path },
    });
  }
}

/** The script does not parse, or does not type-check against the catalog's declarations. */
export class ScriptCompileError extends CodemodeError {
  readonly diagnostics: readonly (ScriptLocation & { message: string })[];

  constructor(
    code: "syntax_error" | "type_error",
    diagnostics: readonly (ScriptLocation & { message: string })[],
  ) {
    const lines = diagnostics.map(
      (d) => `line ${d.line}${d.column ? `:${d.column}` : ""}: ${d.message}`,
    );
    const what = code === "syntax_error" ? "Syntax error" : "Type error";
    super(code, `${what} in the script, nothing was run.\n${lines.join("\n")}`, {
      details: { diagnostics },
    });
    this.diagnostics = diagnostics;
  }
}

/** An application's validator refused the script before anything of it ran. */
export class ScriptRefusedError extends CodemodeError {
  constructor(validator: string, reason: string) {
    super(
      "script_refused",
      `The script was refused by the validator "${validator}" before anything ran: ${reason}`,
      { details: { validator, reason } },
    );
  }
}

/**
 * A limit of the run was reached. The run ends (the script cannot catch it) and the message
 * names the limit and how to raise it.
 */
export class LimitError extends CodemodeError {
  readonly limit: string;

  constructor(code: ErrorCode, limit: string, message: string) {
    super(code, message, { details: { limit } });
    this.limit = limit;
  }
}

export class SandboxTimeoutError extends LimitError {
  constructor(timeoutMs: number) {
    super(
      "timeout",
      "timeoutMs",
      `The script ran longer than ${timeoutMs} ms and was stopped. Make it do less per run, or raise limits.timeoutMs.`,
    );
  }
}

export class SandboxCpuLimitError extends LimitError {
  constructor(cpuMs: number) {
    super(
      "cpu_limit",
      "cpuMs",
      `The script computed for more than ${cpuMs} ms without waiting (an endless loop or a runaway regular expression?) and was stopped. Fix the loop, or raise limits.cpuMs.`,
    );
  }
}

export class SandboxMemoryError extends LimitError {
  constructor(memoryMb: number) {
    super(
      "memory_limit",
      "memoryMb",
      `The script used more than ${memoryMb} MB of memory and was stopped. Process data in smaller pieces, or raise limits.memoryMb.`,
    );
  }
}

export class ToolCallLimitError extends LimitError {
  constructor(maxToolCalls: number) {
    super(
      "tool_call_limit",
      "maxToolCalls",
      `The script made more than ${maxToolCalls} tool calls and was stopped. Batch the work, or raise limits.maxToolCalls.`,
    );
  }
}

export class OutputLimitError extends LimitError {
  constructor(maxOutputChars: number) {
    super(
      "output_limit",
      "maxOutputChars",
      `The script printed more than ${maxOutputChars} characters and was stopped. Print a summary instead of whole values, or raise limits.maxOutputChars.`,
    );
  }
}

/** A person rejected the call at its approval gate. Raised in the script, which may catch it. */
export class ApprovalRejectedError extends ToolError {
  constructor(path: string, approvalId: string, note?: string) {
    super(
      `${path} was rejected at its approval gate${note ? `: ${note}` : ""}. It was not made; do not retry it.`,
      { code: "approval_rejected", details: { path, approvalId, ...(note ? { note } : {}) } },
    );
  }
}

/** The approval policy forbids the call: it was not made, and asking again will not change that. */
export class CallBlockedError extends ToolError {
  constructor(path: string, rule: string) {
    super(
      `${path} is blocked by the approval policy (${rule}). It was not made; do not try it another way.`,
      { code: "blocked", details: { path, rule } },
    );
  }
}

/**
 * A call's arguments or result are larger than `limits.maxCallBytes`: the call is not made (its
 * arguments), or its result is withheld (the call was made); neither is journaled whole.
 */
export class CallTooLargeError extends ToolError {
  constructor(path: string, part: "arguments" | "result", size: number, max: number) {
    super(
      part === "arguments"
        ? `${path}: the arguments are ${size} characters of JSON, more than limits.maxCallBytes (${max}); the call was not made. Send less per call.`
        : `${path} was made, but its result is ${size} characters of JSON, more than limits.maxCallBytes (${max}); it was not kept. Ask for less (a page, a filter), or raise limits.maxCallBytes.`,
      {
        code: part === "arguments" ? "call_too_large" : "result_too_large",
        details: { path, size, max },
      },
    );
  }
}

/**
 * A resumed run did not make the calls its journal holds: the code or what it depends on changed.
 * Nothing new was made; the execution fails.
 */
export class ReplayDivergenceError extends LimitError {
  constructor(message: string, details: Record<string, unknown>) {
    super("replay_divergence", "replay", message);
    Object.assign(this.details ?? {}, details);
  }
}

/** A run's journal write failed: the run ends (the script cannot catch it) and nothing more is made. */
export class JournalWriteError extends LimitError {
  constructor(cause: unknown) {
    super(
      "journal_write_failed",
      "journal",
      `The journal store failed during the run (${cause instanceof Error ? cause.message : String(cause)}); the run stopped and nothing more was made. Check the store, then look at the execution's journal.`,
    );
  }
}

/** No execution has this id. */
export class ExecutionNotFoundError extends CodemodeError {
  constructor(executionId: string) {
    super(
      "execution_not_found",
      `There is no execution "${executionId}": list them with \`codemode executions\`.`,
    );
  }
}

/** A sandbox backend that cannot run here: a missing optional package, or a Node too old. */
export class SandboxUnavailableError extends CodemodeError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("sandbox_unavailable", message, options);
  }
}
