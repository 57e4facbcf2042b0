import MiniSearch from "minisearch";
import type { SearchHit } from "../core/execute.js";
import { type Operation, operationPath } from "../core/operation.js";

interface Document {
  id: string;
  name: string;
  namespace: string;
  description: string;
  parameters: string;
  route: string;
  tags: string;
}

/** `listIssuesForRepo` → "list issues for repo"; `read_text_file` → "read text file". */
export function splitWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/[_\-./{}]+/g, " ")
    .toLowerCase()
    .trim();
}

function parameterNames(operation: Operation): string {
  const schema = operation.inputSchema;
  if (typeof schema !== "object" || !schema.properties || typeof schema.properties !== "object")
    return "";
  return Object.keys(schema.properties).map(splitWords).join(" ");
}

/**
 * A ranked full-text index over the catalog: operation names split into words, descriptions,
 * parameter names, HTTP paths and tags, with prefix and fuzzy matching.
 */
export class CatalogSearch {
  private readonly index: MiniSearch<Document>;
  private readonly operations = new Map<string, Operation>();

  constructor(
    operations: readonly Operation[],
    private readonly signature: (operation: Operation) => string,
  ) {
    this.index = new MiniSearch<Document>({
      fields: ["name", "namespace", "description", "parameters", "route", "tags"],
      storeFields: [],
      processTerm: (term) => term.toLowerCase(),
      tokenize: (text) =>
        splitWords(text)
          .split(/[^a-z0-9]+/)
          .filter(Boolean),
      searchOptions: {
        boost: { name: 3, namespace: 1.5, route: 1.5, tags: 1, description: 1, parameters: 0.5 },
        prefix: (term) => term.length > 2,
        fuzzy: (term) => (term.length > 4 ? 0.2 : false),
        combineWith: "OR",
      },
    });
    const documents: Document[] = [];
    for (const operation of operations) {
      const id = operationPath(operation);
      this.operations.set(id, operation);
      documents.push({
        id,
        name: splitWords(operation.name),
        namespace: splitWords(operation.namespace),
        description: operation.description ?? "",
        parameters: parameterNames(operation),
        route: [operation.source.method, operation.source.path, operation.source.originalName]
          .filter(Boolean)
          .join(" "),
        tags: (operation.source.tags ?? []).join(" "),
      });
    }
    this.index.addAll(documents);
  }

  search(query: string, options: { limit?: number } = {}): SearchHit[] {
    const limit = Math.max(1, Math.min(options.limit ?? 10, 100));
    const trimmed = query.trim();
    const results = trimmed === "" ? [] : this.index.search(trimmed);
    return results.slice(0, limit).map((result) => {
      const operation = this.operations.get(result.id as string) as Operation;
      return {
        path: result.id as string,
        signature: this.signature(operation),
        description: firstLine(operation.description ?? ""),
        score: Math.round(result.score * 1000) / 1000,
      };
    });
  }
}

function firstLine(text: string): string {
  const line = text.split(/\n/)[0]?.trim() ?? "";
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
