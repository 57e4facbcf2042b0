import type { Catalog } from "./catalog.js";
import type { ScriptChecker, ScriptTranspiler, ScriptValidator } from "./compiler.js";
import type { CallContext, CallProgress } from "./connector.js";
import type { Discovery } from "./discovery.js";
import {
  OutputLimitError,
  ScriptCompileError,
  ScriptRefusedError,
  ToolCallLimitError,
  ToolError,
} from "./errors.js";
import { parseJson } from "./json.js";
import type { Limits } from "./limits.js";
import { capResult, OutputBuffer } from "./output.js";
import { RUN_SERVICE_PARAMETERS, type RunServices } from "./run-services.js";
import type {
  ExecutionErrorInfo,
  LogLevel,
  Nondeterminism,
  RunEnding,
  Sandbox,
  SandboxBridge,
} from "./sandbox.js";

/**
 * What one run of a script gave: how it ended (`RunEnding`'s statuses: `limit` when a limit or
 * the host stopped it, `paused` at an approval gate), its console output, its value or error.
 */
export interface ScriptOutcome {
  status: RunEnding["status"];
  /** Console output, one entry per call, formatted like Node's console. */
  logs: string[];
  /** The value the script returned, as JSON data (absent when it returned nothing). */
  result?: unknown;
  error?: ExecutionErrorInfo;
  durationMs: number;
  /** Calls the script made in this run, discovery and replayed ones included. */
  toolCalls: number;
  /** What was too long for the model and is to be kept whole by reference. */
  overflow?: { resultJson?: string; logs?: { whole: string[]; shown: string[] } };
}

/** What scripts run against: shared by every run of a runtime. */
export interface ScriptEnvironment {
  sandbox: Sandbox;
  transpiler: ScriptTranspiler;
  /** Checks scripts against the declarations before they run; absent: no check. */
  checker?: ScriptChecker;
  /** The application's checks, run before anything of a script runs (fail-closed). */
  validators?: readonly ScriptValidator[];
  declarations(): string;
  discovery: Discovery;
  /** The operations, for the sandbox's globals. */
  catalog: Catalog;
}

/** One run: where its calls go and where its draws come from. */
export interface ScriptRun {
  executionId: string;
  limits: Limits;
  /** Performs a call of the catalog (through the journal). */
  call(namespace: string, name: string, args: unknown, context: CallContext): Promise<unknown>;
  nondeterminism: Nondeterminism;
  /** Told when the script waits with nothing to run (see `SandboxBridge.idle`). */
  idle?(): void;
  /** Progress reported by sources while the script's calls run (MCP progress notifications). */
  onProgress?: (event: CallProgress & { path: string }) => void;
  /** Ends the run when aborted, with the signal's reason as its error. */
  signal?: AbortSignal;
  /** Saved scripts the code calls: name → TypeScript (see `SandboxRunRequest.scripts`). */
  scripts?: Readonly<Record<string, string>>;
  /** The global `input` (JSON data). */
  input?: unknown;
  /** `codemode.load`, `codemode.emit` and `codemode.state` (absent: the run has none). */
  services?: RunServices;
  /** Each line of console output as it is written. */
  onLog?: (line: string) => void;
  /** Turns a call's arguments into what the source gets (tokens replaced by their values). */
  prepareArgs?: (args: unknown) => Promise<unknown>;
}

const DISCOVERY_NAMESPACE = "codemode";
/** `codemode.search(query, options)` and `codemode.describe(path)` take positional arguments. */
const DISCOVERY_PARAMETERS = {
  "codemode.search": ["query", "options"],
  "codemode.describe": ["path"],
  "codemode.operations": ["filter"],
};

/**
 * Runs one script: transpile, optionally type-check, run in a fresh sandbox with every call
 * routed through `run.call`, and shape what comes back (capped output, errors located in the
 * model's own lines).
 *
 * @example
 * const outcome = await runScript("return 6 * 7", environment, run); // { status: "completed", result: 42, ... }
 */
export async function runScript(
  code: string,
  environment: ScriptEnvironment,
  run: ScriptRun,
): Promise<ScriptOutcome> {
  const started = Date.now();
  const { executionId, limits } = run;
  const output = new OutputBuffer(limits.maxOutputChars, limits.maxRefChars, run.onLog);
  let toolCalls = 0;
  const finish = (
    fields: Pick<ScriptOutcome, "status" | "result" | "error" | "overflow">,
  ): ScriptOutcome => ({
    logs: output.lines,
    ...fields,
    ...(output.whole
      ? { overflow: { ...fields.overflow, logs: { whole: output.whole, shown: output.lines } } }
      : {}),
    durationMs: Date.now() - started,
    toolCalls,
  });

  let javascript: string;
  let scripts: Record<string, string> | undefined;
  try {
    javascript = environment.transpiler.transpile(code);
    if (run.scripts) scripts = transpileSavedScripts(run.scripts, environment.transpiler);
    if (environment.checker) {
      const declarations =
        run.input === undefined
          ? environment.declarations()
          : `${environment.declarations()}\ndeclare const input: any;\n`;
      const diagnostics = await environment.checker.check(code, declarations);
      if (diagnostics.length > 0) throw new ScriptCompileError("type_error", diagnostics);
    }
  } catch (error) {
    if (error instanceof ScriptCompileError)
      return finish({ status: "failed", error: compileErrorInfo(error) });
    throw error;
  }
  for (const validator of environment.validators ?? []) {
    const refusal = await refusalOf(validator, code, environment);
    if (refusal) {
      const { name, message, code: errorCode, details } = refusal;
      return finish({
        status: "failed",
        error: { name, message, code: errorCode, ...(details ? { details } : {}) },
      });
    }
  }

  const controller = new AbortController();
  const stop = () => controller.abort(run.signal?.reason);
  if (run.signal?.aborted) stop();
  else run.signal?.addEventListener("abort", stop, { once: true });
  const bridge: SandboxBridge = {
    async call(namespace, name, args) {
      toolCalls++;
      if (toolCalls > limits.maxToolCalls) throw new ToolCallLimitError(limits.maxToolCalls);
      if (namespace === DISCOVERY_NAMESPACE)
        return run.services?.call(name, args) ?? discover(environment.discovery, name, args);
      if (run.prepareArgs) args = await run.prepareArgs(args);
      refuseProtoKeys(`${namespace}.${name}`, args);
      const { onProgress } = run;
      return run.call(namespace, name, args, {
        executionId,
        signal: controller.signal,
        // What a source logs during the call joins the script's output (cut at the same limit).
        onLog: (_level, text) => {
          output.push(text);
        },
        ...(onProgress
          ? {
              onProgress: (progress: CallProgress) =>
                onProgress({ ...progress, path: `${namespace}.${name}` }),
            }
          : {}),
      });
    },
    log(level: LogLevel, text: string) {
      if (!output.push(level === "log" || level === "info" ? text : `[${level}] ${text}`)) {
        throw new OutputLimitError(limits.maxOutputChars);
      }
    },
    nondeterminism: run.nondeterminism,
    ...(run.idle ? { idle: run.idle } : {}),
  };
  const globals = {
    ...environment.catalog.globals(),
    [DISCOVERY_NAMESPACE]: [
      "search",
      "describe",
      "operations",
      ...(run.services ? Object.keys(RUN_SERVICE_PARAMETERS).map((path) => path.slice(9)) : []),
    ],
  };
  try {
    const ending = await environment.sandbox.run({
      code: javascript,
      globals,
      positional: run.services
        ? { ...DISCOVERY_PARAMETERS, ...RUN_SERVICE_PARAMETERS }
        : DISCOVERY_PARAMETERS,
      ...(scripts ? { scripts } : {}),
      ...(run.input !== undefined ? { input: run.input } : {}),
      bridge,
      limits,
      signal: controller.signal,
    });
    if (ending.status !== "completed") return finish(ending);
    const json = ending.resultJson;
    if (
      json !== undefined &&
      json.length > limits.maxOutputChars &&
      json.length <= limits.maxRefChars
    )
      return finish({ status: "completed", overflow: { resultJson: json } });
    const result = capResult(json, limits.maxOutputChars, (text) =>
      parseJson(text, "The script's result"),
    );
    return finish(result === undefined ? { status: "completed" } : { status: "completed", result });
  } finally {
    run.signal?.removeEventListener("abort", stop);
    controller.abort();
  }
}

/**
 * Refuses arguments with a `__proto__` key at any depth: JavaScript objects on the host would
 * take it as their prototype, so the call would carry values the journal and the person
 * approving it never saw.
 */
function refuseProtoKeys(path: string, args: unknown): void {
  const pending: { value: unknown; at: string }[] = [{ value: args, at: "" }];
  while (pending.length > 0) {
    const { value, at } = pending.pop() as { value: unknown; at: string };
    if (value === null || typeof value !== "object") continue;
    for (const key of Object.keys(value)) {
      const where = at ? `${at}.${key}` : key;
      if (key === "__proto__")
        throw new ToolError(
          `${path}: the arguments may not have a "__proto__" key (at ${where}); rename it.`,
          { code: "invalid_arguments", details: { path, at: where } },
        );
      pending.push({ value: (value as Record<string, unknown>)[key], at: where });
    }
  }
}

async function discover(discovery: Discovery, name: string, args: unknown): Promise<unknown> {
  const input = (args ?? {}) as { query?: unknown; path?: unknown; options?: { limit?: unknown } };
  if (name === "search") {
    if (typeof input.query !== "string")
      throw new ToolError("codemode.search needs a query string.");
    const limit = typeof input.options?.limit === "number" ? input.options.limit : undefined;
    return discovery.search(input.query, limit === undefined ? {} : { limit });
  }
  if (name === "describe") {
    if (typeof input.path !== "string")
      throw new ToolError('codemode.describe needs a path such as "ns.name".');
    return discovery.describe(input.path);
  }
  if (name === "operations" && discovery.operations) {
    const filter = (args ?? {}) as { filter?: { namespace?: unknown; text?: unknown } };
    const { namespace, text } = filter.filter ?? {};
    return discovery.operations({
      ...(typeof namespace === "string" ? { namespace } : {}),
      ...(typeof text === "string" ? { text } : {}),
    });
  }
  throw new ToolError(
    `codemode.${name} does not exist: use codemode.search, codemode.describe or codemode.operations.`,
  );
}

/** Runs one validator, fail-closed: a refusal, a throw or a non-answer all refuse. */
async function refusalOf(
  validator: ScriptValidator,
  code: string,
  environment: ScriptEnvironment,
): Promise<ScriptRefusedError | undefined> {
  try {
    const verdict = await validator.validate(code, environment.declarations());
    if (verdict === undefined || verdict === true) return undefined;
    return new ScriptRefusedError(
      validator.name,
      typeof verdict === "string" && verdict !== "" ? verdict : "it does not pass the check.",
    );
  } catch (error) {
    return new ScriptRefusedError(
      validator.name,
      `the validator failed (${error instanceof Error ? error.message : String(error)}), so the script was not run.`,
    );
  }
}

/** Each saved script's JavaScript; a syntax error names the script whose line it is. */
function transpileSavedScripts(
  sources: Readonly<Record<string, string>>,
  transpiler: ScriptTranspiler,
): Record<string, string> {
  const scripts: Record<string, string> = {};
  for (const [name, source] of Object.entries(sources)) {
    try {
      scripts[name] = transpiler.transpile(source);
    } catch (error) {
      if (!(error instanceof ScriptCompileError)) throw error;
      throw new ScriptCompileError(
        error.code as "syntax_error",
        error.diagnostics.map((diagnostic) => ({
          ...diagnostic,
          message: `in saved script scripts.${name}: ${diagnostic.message}`,
        })),
      );
    }
  }
  return scripts;
}

function compileErrorInfo(error: ScriptCompileError): ExecutionErrorInfo {
  const first = error.diagnostics[0];
  return {
    name: error.code === "syntax_error" ? "SyntaxError" : "TypeError",
    message: error.message,
    code: error.code,
    ...(first ? { line: first.line } : {}),
    ...(first?.column ? { column: first.column } : {}),
    details: { diagnostics: error.diagnostics },
  };
}
