/** Where in the model's script something went wrong (1-based line and column). */
export interface ScriptLocation {
  line: number;
  column?: number;
}

/**
 * The base of every error codemode raises. `code` is stable and machine-readable; the message
 * says what went wrong and what to do next. Use {@link isCodemodeError} rather than `instanceof`
 * where errors may cross a realm.
 */
export class CodemodeError extends Error {
  readonly code: string;
  readonly details?: Record<string, unknown>;

  constructor(
    code: string,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    if (options?.details) this.details = options.details;
  }
}

export function isCodemodeError(value: unknown): value is CodemodeError {
  return (
    value instanceof CodemodeError ||
    (value instanceof Error &&
      typeof (value as { code?: unknown }).code === "string" &&
      "details" in value)
  );
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
    options?: { cause?: unknown; details?: Record<string, unknown>; code?: string },
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

/**
 * A limit of the run was reached. The run ends (the script cannot catch it) and the message
 * names the limit and how to raise it.
 */
export class LimitError extends CodemodeError {
  readonly limit: string;

  constructor(code: string, limit: string, message: string) {
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
