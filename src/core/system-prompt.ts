import { callErrorCodesLine } from "./error-codes.js";
import type { Operation } from "./operation.js";

/** Results by reference, tokens, long runs, content for the user and state, in a few lines. */
const RUN_DATA_PARAGRAPH =
  'Long results come back cut with a ref: `await codemode.load(ref)` returns them whole. Pass tokens like [email_3] as they are: they stand for personal data. On status "running", call execute with {executionId}. `codemode.emit(content)` shows content to the user only; `codemode.state.get(key)`/`set(key, value)` keep data between scripts.';

/** Declarations up to this size go into the prompt whole; beyond it, the model searches. */
const INLINE_DECLARATIONS_CHARS = 6000;

/**
 * The system prompt for a model using codemode: the workflow, the rules of the sandbox, and the
 * catalog (whole when small, as namespaces to search when large).
 */
export function systemPrompt(input: {
  operations: readonly Operation[];
  /** The declarations, asked for only when the catalog is small enough to inline. */
  declarations: () => string;
}): string {
  const counts = new Map<string, number>();
  for (const operation of input.operations)
    counts.set(operation.namespace, (counts.get(operation.namespace) ?? 0) + 1);
  const namespaces = [...counts]
    .map(([namespace, count]) => `${namespace} (${count} operations)`)
    .join(", ");
  // Each operation takes well over 60 characters to declare: a large catalog is never rendered here.
  const declarations =
    input.operations.length * 60 <= INLINE_DECLARATIONS_CHARS ? input.declarations() : undefined;
  const catalog =
    declarations !== undefined && declarations.length <= INLINE_DECLARATIONS_CHARS
      ? `These are all the operations, as TypeScript declarations:\n\n\`\`\`ts\n${declarations.trim()}\n\`\`\``
      : `Namespaces: ${namespaces}. Use search to find operations and describe to read their exact types.`;
  return [
    "You act by writing TypeScript that the `execute` tool runs in a sandbox.",
    "Every API is a global namespace of async functions that take one object argument: `const r = await ns.name({ ... })`.",
    "Write one script for the whole task: loops, conditions and Promise.all instead of one call per step.",
    "Inside a script, codemode.search(query), codemode.describe(path) and codemode.operations({ namespace, text }) (every operation: path, HTTP method and path, summary) find what exists.",
    "Only console.log output and the script's returned value come back to you: return or print just what you need, not whole payloads.",
    "There is no network, filesystem, process, require or import in the sandbox.",
    callErrorCodesLine(),
    RUN_DATA_PARAGRAPH,
    input.operations.length === 0 ? "No operations are configured yet." : catalog,
  ].join("\n");
}
