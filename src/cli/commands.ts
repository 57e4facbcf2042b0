import { inspect } from "node:util";
import type { PolicyExplanation } from "../core/approval-policy.js";
import type { SearchHit } from "../core/discovery.js";
import type { ExecutionResult } from "../core/executions.js";
import type { ExecutionErrorInfo } from "../core/sandbox.js";
import { approvalNote } from "../core/tool-output-text.js";
import { type CommonOptions, openCodeMode } from "./open-code-mode.js";
import { readScript } from "./read-script.js";
import { writeErr, writeOut } from "./terminal-text.js";

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
    if (options.json) writeOut(`${JSON.stringify(result, null, 2)}\n`);
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
  for (const line of result.logs) writeOut(`${line}\n`);
  if (result.status === "completed") {
    if (result.result !== undefined) writeOut(`${formatValue(result.result)}\n`);
    return;
  }
  if (result.status === "paused") {
    const pending = result.pending ?? [];
    writeErr(
      `Paused: execution ${result.executionId} waits for approval of ${pending.length === 1 ? "1 call" : `${pending.length} calls`}:\n`,
    );
    for (const call of pending) {
      writeErr(
        `  ${call.summary}\n    codemode approvals approve ${call.approvalId}   (or: reject ${call.approvalId} --reason "...")\n`,
      );
    }
    return;
  }
  if (result.error) writeErr(`${formatError(result.error)}\n`);
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
    // Reads the saved scripts, so that the approved ones are declared too.
    await codeMode.scripts();
    writeOut(codeMode.types());
    return EXIT.completed;
  } finally {
    await codeMode.close();
  }
}

export async function describeCommand(path: string, options: CommonOptions): Promise<number> {
  const codeMode = await openCodeMode(options);
  try {
    const declaration = await codeMode.describe(path);
    writeOut(`${declaration}\n`);
    const rules = codeMode.policy(path.trim()).operations;
    // What an operator needs beside the types: which calls wait, and why (one line each).
    const notable = rules.length === 1 ? rules : rules.filter((rule) => rule.action !== "allow");
    for (const rule of notable) writeOut(`// ${rule.path}: ${policyLine(rule)}\n`);
    return EXIT.completed;
  } finally {
    await codeMode.close();
  }
}

export async function searchCommand(
  query: string,
  options: CommonOptions & { json?: boolean; limit?: number; explain?: boolean },
): Promise<number> {
  const codeMode = await openCodeMode(options);
  try {
    const hits = await codeMode.search(query, {
      ...(options.limit === undefined ? {} : { limit: options.limit }),
      ...(options.explain ? { explain: true } : {}),
    });
    if (options.json) {
      const rows = hits.map(({ path, description, score, signature, http, approval, explain }) => ({
        path,
        description,
        score,
        signature,
        ...(http ? { http } : {}),
        ...(approval ? { approval } : {}),
        ...(explain ? { explain } : {}),
      }));
      writeOut(`${JSON.stringify(rows, null, 2)}\n`);
    } else if (hits.length === 0) {
      writeErr(
        `Nothing matches "${query}". Try other words, or codemode types to see everything.\n`,
      );
    } else {
      for (const hit of hits) {
        writeOut(
          `${hit.path}  ${hit.description}${approvalNote(hit.approval)}\n    ${hit.signature}\n`,
        );
        if (hit.explain) writeOut(`    ${explanationLine(hit.score, hit.explain)}\n`);
      }
    }
    return EXIT.completed;
  } finally {
    await codeMode.close();
  }
}

/**
 * `score 4.2: BM25 3.1, … matched …`; with an embedder, the hit's rank by words and by meaning
 * first (their reciprocal ranks are what the score adds up).
 */
function explanationLine(score: number, why: NonNullable<SearchHit["explain"]>): string {
  const matched = Object.entries(why.matched)
    .map(([term, fields]) => `${term} (${fields.join(", ")})`)
    .join(", ");
  const lexical = `BM25 ${why.bm25}, the query's words in name and summary ${Math.round(why.coverage * 100)}%, method ×${why.method}, ${why.unasked} word${why.unasked === 1 ? "" : "s"} of the name not asked for; matched ${matched || "nothing"}${why.wordnet ? ` (through WordNet: ${why.wordnet.join(", ")})` : ""}`;
  const fusion = why.fusion;
  if (!fusion) return `score ${score}: ${lexical}`;
  const byWords = fusion.lexicalRank
    ? `#${fusion.lexicalRank} by words`
    : "not in the first 50 by words";
  const byMeaning = fusion.semanticRank
    ? `#${fusion.semanticRank} by meaning (similarity ${fusion.similarity})`
    : "not in the first 50 by meaning";
  return `score ${score}: ${byWords}, ${byMeaning}; ${fusion.lexicalRank ? lexical : ""}`.replace(
    /; $/,
    "",
  );
}

const ACTION_WORDS = {
  allow: "runs",
  ask: "waits for approval",
  block: "blocked",
  depends: "depends on the call",
} as const;

function policyLine(rule: PolicyExplanation): string {
  return `${ACTION_WORDS[rule.action]}: ${rule.reason}`;
}

/**
 * `codemode policy [PATH]`: the effective approval rule of every operation (or of one namespace
 * or operation), for review before going live; globs that match nothing are warned of on stderr.
 */
export async function policyCommand(
  path: string | undefined,
  options: CommonOptions & { json?: boolean },
): Promise<number> {
  const codeMode = await openCodeMode(options);
  try {
    const review = codeMode.policy(path?.trim() || undefined);
    if (path && review.operations.length === 0) await codeMode.describe(path);
    for (const warning of review.warnings) writeErr(`codemode: ${warning}\n`);
    if (options.json) {
      writeOut(`${JSON.stringify(review, null, 2)}\n`);
      return EXIT.completed;
    }
    const width = Math.max(0, ...review.operations.map((rule) => rule.path.length));
    const order = ["block", "ask", "depends", "allow"] as const;
    for (const action of order) {
      const rules = review.operations.filter((rule) => rule.action === action);
      if (rules.length === 0) continue;
      writeOut(`${ACTION_WORDS[action]} (${rules.length}):\n`);
      for (const rule of rules) writeOut(`  ${rule.path.padEnd(width)}  ${rule.reason}\n`);
    }
    return EXIT.completed;
  } finally {
    await codeMode.close();
  }
}
