import { errorInfo } from "../core/error-info.js";
import { type LimitError, SandboxMemoryError, ToolError } from "../core/errors.js";
import { safeParseJson, toJson } from "../core/json.js";
import { type HostEnding, limitErrorInfo } from "../core/run-ending.js";
import type {
  ExecutionErrorInfo,
  LogLevel,
  SandboxBridge,
  SandboxRunRequest,
} from "../core/sandbox.js";
import { formatLogLine } from "./format-log.js";
import { mapStack, SAVED_SCRIPTS_FOLDER } from "./locate-error.js";

/**
 * What every backend does the same way around the guest side (`PRELUDE`): how the script and
 * saved scripts are wrapped, how the bridge's messages are read and written, and how results are
 * copied. A backend only moves these strings in and out of its engine.
 */

const MB = 1024 * 1024;
/** The wrapper puts one line before the script's first line. */
export const LINE_OFFSET = 1;
/** Live timers one run may hold: each is a host timer. */
export const MAX_TIMERS = 1000;
/** A script that is one function expression (`async () => {...}`) is called. */
const LOOKS_LIKE_FUNCTION = /^\s*(?:async\b|function\b|\()/;
const LOG_LEVELS = new Set<LogLevel>(["log", "info", "warn", "error", "debug"]);

/**
 * Installs `scripts` (each saved script called with `{}` when given nothing; a name that is not
 * there says why instead of "not a function") and the run's `input`, read-only. Called with the
 * names as JSON, the input as JSON ("" for none), then one compiled function per name.
 */
export const INSTALL_SCRIPTS = `(function (namesText, inputText) {
  "use strict";
  const functions = Array.prototype.slice.call(arguments, 2);
  const names = JSON.parse(namesText);
  const api = {};
  for (let i = 0; i < names.length; i++) {
    const run = functions[i];
    api[names[i]] = { [names[i]]: (input) => run(input === undefined ? {} : input) }[names[i]];
  }
  Object.freeze(api);
  const missing = new Set(["then", "toJSON", "constructor", "valueOf", "toString", "inspect", "prototype", "__proto__"]);
  const view = new Proxy(api, {
    get(target, key) {
      if (key in target || typeof key !== "string" || missing.has(key)) return target[key];
      return () => Promise.reject(new TypeError("scripts." + key + " is not an approved saved script: call it as scripts." + key + "(input) once a person has approved it (codemode.search finds saved scripts)."));
    },
  });
  Object.defineProperty(globalThis, "scripts", { value: view, writable: false, enumerable: false, configurable: false });
  if (inputText !== "") Object.defineProperty(globalThis, "input", { value: JSON.parse(inputText), writable: false, enumerable: false, configurable: false });
})`;

/** What `configure` of the prelude receives. */
export function configText(request: SandboxRunRequest): string {
  return JSON.stringify({
    globals: request.globals,
    positional: request.positional ?? {},
    maxStringChars: request.limits.maxOutputChars + 1,
  });
}

/** The saved scripts' names and the arguments `INSTALL_SCRIPTS` takes before the functions. */
export function savedScriptsPlan(
  request: SandboxRunRequest,
): { names: string[]; namesText: string; inputText: string } | undefined {
  const { scripts, input } = request;
  if (scripts === undefined && input === undefined) return undefined;
  const names = Object.keys(scripts ?? {});
  return {
    names,
    namesText: JSON.stringify(names),
    inputText: input === undefined ? "" : JSON.stringify(input),
  };
}

/** A saved script as an async function of `input`, and the file its frames name. */
export function savedScriptSource(
  request: SandboxRunRequest,
  name: string,
): { source: string; filename: string } {
  return {
    source: `(async (input) => {\n${request.scripts?.[name] ?? ""}\n})`,
    filename: `${SAVED_SCRIPTS_FOLDER}/${name}.ts`,
  };
}

/**
 * The script as the expression of a function to call (tried first when it looks like one),
 * then as the body of an async function (top-level `await` and `return`).
 */
export function scriptSources(code: string): { source: string; callResult: boolean }[] {
  const body = { source: `(async () => {\n${code}\n})`, callResult: false };
  if (!LOOKS_LIKE_FUNCTION.test(code)) return [body];
  const expression = code.replace(/[\s;]+$/, "");
  return [{ source: `(async () => { return (\n${expression}\n) })`, callResult: true }, body];
}

/** A call from the guest: "<id>\x01<namespace>\x01<name>\x01<arguments JSON>". */
export function parseCallMessage(message: string): {
  id: string;
  namespace: string;
  name: string;
  args: unknown;
} {
  const [id = "", namespace = "", name = ""] = message.split("\u0001", 3);
  const parsed = safeParseJson(message.slice(id.length + namespace.length + name.length + 3));
  return { id, namespace, name, args: parsed.success ? parsed.value : {} };
}

export type CallSettlement = { text: string | undefined } | { error: unknown };

/**
 * Performs a guest's call through the bridge and settles it with the result as JSON text, or
 * the error; never rejects (a host promise that rejects is delivered, not left unhandled).
 * Arguments longer than the budget a result has (a quarter of the memory limit) end the run
 * with the memory-limit error, before the bridge sees a call.
 */
export function performCall(
  request: SandboxRunRequest,
  message: string,
  settle: (id: string, settlement: CallSettlement) => void,
): void {
  const { memoryMb } = request.limits;
  if (message.length > (memoryMb * MB) / 4) {
    // QuickJS runs out of memory before it can send this much; a V8 isolate may not.
    settle(parseCallMessage(message.slice(0, message.indexOf("\u0001"))).id, {
      error: new SandboxMemoryError(memoryMb),
    });
    return;
  }
  const { id, namespace, name, args } = parseCallMessage(message);
  let pending: Promise<unknown>;
  try {
    pending = request.bridge.call(namespace, name, args);
  } catch (error) {
    pending = Promise.reject(error);
  }
  pending.then(
    (result) => {
      let text: string | undefined;
      try {
        text = resultText(result, `${namespace}.${name}`, request.limits.memoryMb);
      } catch (error) {
        settle(id, { error });
        return;
      }
      settle(id, { text });
    },
    (error: unknown) => settle(id, { error }),
  );
}

/** What `deliver` of the prelude receives: "<id>\x01<1|u|0>\x01<JSON result or error>". */
export function deliveryMessage(id: string, settlement: CallSettlement): string {
  if ("error" in settlement)
    return `${id}\u00010\u0001${JSON.stringify(errorInfo(settlement.error))}`;
  return settlement.text === undefined
    ? `${id}\u0001u\u0001`
    : `${id}\u00011\u0001${settlement.text}`;
}

/** Copies a host value into JSON text for the guest; a value too large for its memory is refused. */
function resultText(result: unknown, path: string, memoryMb: number): string | undefined {
  if (result === undefined) return undefined;
  let text: string | undefined;
  try {
    text = toJson(result);
  } catch (error) {
    throw new ToolError(
      `${path} returned a value that is not JSON (${(error as Error).message}).`,
      { code: "result_not_json" },
    );
  }
  if (text === undefined) return undefined;
  const budget = (memoryMb * MB) / 4;
  if (text.length > budget) {
    throw new ToolError(
      `${path} returned ${(text.length / MB).toFixed(1)} MB, more than the sandbox can hold (limits.memoryMb = ${memoryMb}). Ask for less (filters, pagination), or raise limits.memoryMb.`,
      { code: "result_too_large" },
    );
  }
  return text;
}

/** One console call, "<level>\x01<tagged arguments JSON>", written to the bridge. */
export function writeLog(bridge: SandboxBridge, message: string): void {
  const separator = message.indexOf("\u0001");
  const level = message.slice(0, separator) as LogLevel;
  const text = formatLogLine(message.slice(separator + 1), (stack) => mapStack(stack, LINE_OFFSET));
  bridge.log(LOG_LEVELS.has(level) ? level : "log", text);
}

/** A draw of `Date.now()`, `Math.random()` or `crypto.randomUUID()`. */
export function draw(bridge: SandboxBridge, kind: string): string | number {
  const { nondeterminism } = bridge;
  if (kind === "uuid") return nondeterminism.randomUUID();
  return kind === "now" ? nondeterminism.now() : nondeterminism.random();
}

/** What `finish` of the prelude reported: the result as JSON text, or the script's error. */
export function finishOutcome(
  ok: boolean,
  payload: string | undefined,
): { status: "completed"; resultJson?: string } | { status: "failed"; error: ExecutionErrorInfo } {
  if (ok)
    return payload === undefined
      ? { status: "completed" }
      : { status: "completed", resultJson: payload };
  const parsed = payload === undefined ? undefined : safeParseJson(payload);
  const info = parsed?.success
    ? (parsed.value as ExecutionErrorInfo)
    : { name: "Error", message: String(payload) };
  return { status: "failed", error: info };
}

/** A delay for a guest timer: never past the end of the run's wall time. */
export function timerDelay(ms: number, deadline: number): number {
  const remaining = Math.max(0, deadline - Date.now()) + 1;
  return Math.min(Math.max(0, ms || 0), remaining);
}

/** The ending of a run stopped by a limit. */
export function limitEnding(error: LimitError): HostEnding {
  return { status: "limit", error: limitErrorInfo(error) };
}
