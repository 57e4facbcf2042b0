import { inspect } from "node:util";
import type { ExecutionResult } from "../core/executions.js";
import type { ExecutionErrorInfo } from "../core/sandbox.js";
import { type CommonOptions, openCodeMode } from "./open-code-mode.js";
import { readScript } from "./read-script.js";

export const EXIT = { completed: 0, failed: 1, usage: 2, paused: 3 } as const;

/** `codemode run`: prints the script's console output, then its result; exit 0, 1 or 3. */
export async function runCommand(
  file: string | undefined,
  options: CommonOptions & { json?: boolean; typecheck?: boolean },
): Promise<number> {
  const { code } = await readScript(file);
  const codeMode = await openCodeMode(options);
  try {
    const result = await codeMode.execute(code, { origin: "cli" });
    if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else printResult(result);
    return exitCodeOf(result);
  } finally {
    await codeMode.close();
  }
}

/** 0 completed, 3 paused, 1 anything else. */
export function exitCodeOf(result: ExecutionResult): number {
  if (result.status === "completed") return EXIT.completed;
  return result.status === "paused" ? EXIT.paused : EXIT.failed;
}

/** Console output and result on stdout; an error, or what waits for approval, on stderr. */
export function printResult(result: ExecutionResult): void {
  for (const line of result.logs) process.stdout.write(`${line}\n`);
  if (result.status === "completed") {
    if (result.result !== undefined) process.stdout.write(`${formatValue(result.result)}\n`);
    return;
  }
  if (result.status === "paused") {
    const pending = result.pending ?? [];
    process.stderr.write(
      `Paused: execution ${result.executionId} waits for approval of ${pending.length === 1 ? "1 call" : `${pending.length} calls`}:\n`,
    );
    for (const call of pending) {
      process.stderr.write(
        `  ${call.summary}\n    codemode approvals approve ${call.approvalId}   (or: reject ${call.approvalId} --reason "...")\n`,
      );
    }
    return;
  }
  if (result.error) process.stderr.write(`${formatError(result.error)}\n`);
}

function formatValue(value: unknown): string {
  return typeof value === "string"
    ? value
    : inspect(value, { depth: 8, breakLength: 100, colors: false });
}

/** `TypeError at line 3: cannot read property 'x' of null`, with compiler diagnostics below. */
export function formatError(error: ExecutionErrorInfo): string {
  const where = error.line ? ` at line ${error.line}${error.column ? `:${error.column}` : ""}` : "";
  return `${error.name}${where}: ${error.message}`;
}

export async function typesCommand(options: CommonOptions): Promise<number> {
  const codeMode = await openCodeMode(options);
  try {
    process.stdout.write(codeMode.types());
    return EXIT.completed;
  } finally {
    await codeMode.close();
  }
}

export async function describeCommand(path: string, options: CommonOptions): Promise<number> {
  const codeMode = await openCodeMode(options);
  try {
    process.stdout.write(`${await codeMode.describe(path)}\n`);
    return EXIT.completed;
  } finally {
    await codeMode.close();
  }
}

export async function searchCommand(
  query: string,
  options: CommonOptions & { json?: boolean; limit?: number },
): Promise<number> {
  const codeMode = await openCodeMode(options);
  try {
    const hits = await codeMode.search(
      query,
      options.limit === undefined ? {} : { limit: options.limit },
    );
    if (options.json) {
      const rows = hits.map(({ path, description, score, signature }) => ({
        path,
        description,
        score,
        signature,
      }));
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else if (hits.length === 0) {
      process.stderr.write(
        `Nothing matches "${query}". Try other words, or codemode types to see everything.\n`,
      );
    } else {
      for (const hit of hits)
        process.stdout.write(`${hit.path}  ${hit.description}\n    ${hit.signature}\n`);
    }
    return EXIT.completed;
  } finally {
    await codeMode.close();
  }
}
