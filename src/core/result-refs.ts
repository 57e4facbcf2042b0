import type { ExecutionRecord } from "./journal.js";
import { parseJson } from "./json.js";
import type { ResultReference, RunDataStore } from "./run-data.js";

/** What the model gets in place of a result kept by reference: valid JSON, and how to load it. */
export interface ReferencedResult {
  truncated: true;
  /** `ref_…`: `await codemode.load(ref)` in a later run returns the whole value. */
  ref: string;
  notice: string;
  /** The start of the value, itself valid JSON of the same shape (arrays and objects cut short). */
  preview: unknown;
}

const REFERENCE = /^ref_[0-9a-f]{24}$/;
/** The most a preview of a result kept by reference shows (characters of JSON). */
const PREVIEW_CHARS = 2_000;

/** Whether `text` has the shape of a reference handle. */
export function isReferenceId(text: string): boolean {
  return REFERENCE.test(text);
}

/** A new handle: 96 random bits, so a handle cannot be guessed from another. */
export function newReferenceId(newId: () => string): string {
  return `ref_${(newId().replaceAll("-", "") + newId().replaceAll("-", "")).slice(0, 24)}`;
}

/**
 * Keeps an over-long result or console output whole in the store and gives back what the model
 * sees instead: a preview of the result that stays valid JSON, and a last line of output saying
 * where the rest is. Returns the handles made.
 */
export async function keepByReference(options: {
  store: Pick<RunDataStore, "putReference">;
  executionId: string;
  newId: () => string;
  now: number;
  maxChars: number;
  /** The whole result as JSON, when it was too long. */
  resultJson?: string;
  /** Every line of output, when it was too long; `shownLines` of them are shown. */
  logs?: { whole: string[]; shown: string[] };
}): Promise<{ result?: ReferencedResult; logs?: string[]; refs: string[] }> {
  const { store, executionId, now, maxChars } = options;
  const refs: string[] = [];
  const keep = async (kind: ResultReference["kind"], value: string): Promise<string> => {
    const id = newReferenceId(options.newId);
    await store.putReference({ id, executionId, kind, value, createdAt: now });
    refs.push(id);
    return id;
  };
  const kept: { result?: ReferencedResult; logs?: string[]; refs: string[] } = { refs };
  if (options.logs) {
    const { whole, shown } = options.logs;
    const value = JSON.stringify(whole);
    const id = await keep("logs", value);
    kept.logs = [
      ...shown,
      `… output truncated at ${maxChars} characters (limits.maxOutputChars): all ${whole.length} lines are kept as ${id}; \`await codemode.load("${id}")\` in a later run returns them.`,
    ];
  }
  if (options.resultJson !== undefined) {
    const id = await keep("result", options.resultJson);
    const value = parseJson(options.resultJson, "The script's result");
    const size = Array.isArray(value) ? ` (${value.length} items)` : "";
    const notice = `The result was ${options.resultJson.length} characters of JSON${size}, more than limits.maxOutputChars (${maxChars}); this is its start. It is kept whole: \`await codemode.load("${id}")\` in a later run returns it.`;
    // A sample of its shape, not as much as fits: the model loads the rest where it needs it.
    const budget = Math.max(0, Math.min(PREVIEW_CHARS, maxChars - notice.length - 80));
    kept.result = { truncated: true, ref: id, notice, preview: previewValue(value, budget) };
  }
  return kept;
}

/**
 * The start of a JSON value in about `budget` characters, itself valid JSON of the same shape:
 * an array keeps its first items, an object its first keys, a string its start.
 */
export function previewValue(value: unknown, budget: number): unknown {
  if (typeof value === "string") return value.length <= budget ? value : value.slice(0, budget);
  if (value === null || typeof value !== "object") return value;
  let left = budget - 2;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const size = JSON.stringify(item).length + 1;
      if (size <= left) {
        items.push(item);
        left -= size;
        continue;
      }
      if (items.length === 0 && left > 20) items.push(previewValue(item, left));
      break;
    }
    return items;
  }
  const entries: [string, unknown][] = [];
  for (const [key, item] of Object.entries(value)) {
    const size = JSON.stringify(key).length + JSON.stringify(item).length + 2;
    if (size <= left) {
      entries.push([key, item]);
      left -= size;
      continue;
    }
    if (left > JSON.stringify(key).length + 20)
      entries.push([key, previewValue(item, left - JSON.stringify(key).length - 2)]);
    break;
  }
  return Object.fromEntries(entries);
}

/** The handles an execution's latest run made (read back from what it shows the model). */
export function referencesOf(record: Pick<ExecutionRecord, "result" | "logs">): string[] {
  const refs: string[] = [];
  const result = record.result as Partial<ReferencedResult> | undefined;
  if (result?.truncated === true && typeof result.ref === "string" && isReferenceId(result.ref))
    refs.push(result.ref);
  const last = record.logs.at(-1);
  const logsRef = last?.startsWith("… output truncated")
    ? /\b(ref_[0-9a-f]{24})\b/.exec(last)
    : null;
  if (logsRef?.[1]) refs.push(logsRef[1]);
  return refs;
}
