import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { isObject } from "../core/json.js";
import { type Operation, operationPath } from "../core/operation.js";
import type { CodeMode } from "../create-code-mode.js";
import { gatewayToolListing } from "../server/gateway-tools.js";
import { EXIT } from "./commands.js";
import { type CommonOptions, openCodeMode } from "./open-code-mode.js";

/** The offline tokenizer every figure is counted with. */
export const TOKENIZER = "o200k_base (gpt-tokenizer)";

/** What listing the catalog costs a model, three ways, in tokens. */
export interface TokenCost {
  tokenizer: string;
  operations: number;
  namespaces: number;
  /** Every operation as a native MCP tool: name, description, full inputSchema and outputSchema. */
  native: number;
  /** The same without outputSchema (what servers that declare no output types list). */
  nativeInputOnly: number;
  /** Every operation as its name and one line of description. */
  minimal: number;
  /** codemode's own tools/list: search, describe and execute. */
  codemode: number;
  /** How many times codemode's listing each of the others is. */
  ratios: { native: number; nativeInputOnly: number; minimal: number };
}

type Json = { [key: string]: unknown };

function countTokens(value: unknown): number {
  return encode(JSON.stringify(value)).length;
}

/**
 * A schema that stands alone, as an MCP `tools/list` entry must: `$ref`s into the operation's
 * `schemaRoot` (an OpenAPI document) are copied into `$defs`, each once, and pointed there.
 */
export function selfContainedSchema(schema: unknown, root: unknown): unknown {
  if (root === undefined || root === schema) return schema;
  const defs: Json = {};
  const names = new Map<string, string>();
  const resolve = (ref: string): unknown =>
    ref
      .slice(2)
      .split("/")
      .map((token) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((node, token) => (isObject(node) ? node[token] : undefined), root);
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!isObject(value)) return value;
    if (typeof value.$ref === "string" && value.$ref.startsWith("#/")) {
      const ref = value.$ref;
      let name = names.get(ref);
      if (name === undefined) {
        const base = ref.split("/").at(-1) ?? "def";
        name = base;
        for (let suffix = 2; Object.hasOwn(defs, name); suffix++) name = `${base}_${suffix}`;
        names.set(ref, name);
        defs[name] = {}; // claimed before descending: recursive schemas end here
        defs[name] = rewrite(resolve(ref));
      }
      return { ...value, $ref: `#/$defs/${name}` };
    }
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, rewrite(child)]));
  };
  const rewritten = rewrite(schema);
  if (Object.keys(defs).length === 0 || !isObject(rewritten)) return rewritten;
  return { ...rewritten, $defs: defs };
}

/** One operation as a native MCP server would list it in `tools/list`. */
export function nativeTool(operation: Operation): Json {
  const root = operation.schemaRoot;
  return {
    name: operation.name,
    ...(operation.description ? { description: operation.description } : {}),
    inputSchema: selfContainedSchema(operation.inputSchema, root),
    ...(operation.outputSchema !== undefined
      ? { outputSchema: selfContainedSchema(operation.outputSchema, root) }
      : {}),
    ...(operation.annotations ? { annotations: operation.annotations } : {}),
  };
}

/** One operation as a name and the first line of its description. */
export function minimalTool(operation: Operation): Json {
  const line = (operation.description ?? "").trim().split("\n")[0]?.trim() ?? "";
  return { name: operationPath(operation), description: line };
}

/** Tokens of the catalog as native MCP tools, as a minimal listing, and as codemode's tools. */
export function measureTokenCost(codeMode: CodeMode): TokenCost {
  const operations = codeMode.operations();
  const native = countTokens(operations.map(nativeTool));
  const nativeInputOnly = countTokens(
    operations.map((operation) => {
      const { outputSchema: _output, ...tool } = nativeTool(operation);
      return tool;
    }),
  );
  const minimal = countTokens(operations.map(minimalTool));
  const codemode = countTokens(gatewayToolListing(codeMode));
  const ratio = (value: number) => Math.round((value / codemode) * 10) / 10;
  return {
    tokenizer: TOKENIZER,
    operations: operations.length,
    namespaces: new Set(operations.map((operation) => operation.namespace)).size,
    native,
    nativeInputOnly,
    minimal,
    codemode,
    ratios: {
      native: ratio(native),
      nativeInputOnly: ratio(nativeInputOnly),
      minimal: ratio(minimal),
    },
  };
}

/** The cost as a small table, for people. */
export function formatTokenCost(cost: TokenCost): string {
  const number = (value: number) => value.toLocaleString("en-US");
  const rows: [string, number, string][] = [
    ["native MCP tools (full schemas)", cost.native, `${cost.ratios.native}x`],
    ["native, without outputSchema", cost.nativeInputOnly, `${cost.ratios.nativeInputOnly}x`],
    ["minimal listing (name + one line)", cost.minimal, `${cost.ratios.minimal}x`],
    ["codemode (search, describe, execute)", cost.codemode, "1x"],
  ];
  const width = Math.max(...rows.map(([, tokens]) => number(tokens).length), 6);
  return [
    `${number(cost.operations)} operations in ${cost.namespaces} namespace${cost.namespaces === 1 ? "" : "s"}; tokens counted with ${cost.tokenizer}.`,
    `${"listing".padEnd(38)}${"tokens".padStart(width)}  vs codemode`,
    ...rows.map(
      ([label, tokens, ratio]) => `${label.padEnd(38)}${number(tokens).padStart(width)}  ${ratio}`,
    ),
  ].join("\n");
}

/** `codemode tokens`: what this catalog costs as native tools versus codemode's three. */
export async function tokensCommand(options: CommonOptions & { json?: boolean }): Promise<number> {
  const codeMode = await openCodeMode(options);
  try {
    const cost = measureTokenCost(codeMode);
    process.stdout.write(
      options.json ? `${JSON.stringify(cost, null, 2)}\n` : `${formatTokenCost(cost)}\n`,
    );
    return EXIT.completed;
  } finally {
    await codeMode.close();
  }
}
