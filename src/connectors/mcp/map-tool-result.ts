import type { CallToolResult, ContentBlock } from "@modelcontextprotocol/sdk/types.js";
import { ToolError } from "../../core/errors.js";
import { safeParseJson } from "../../core/json.js";

/**
 * Turns an MCP `tools/call` result into the plain value a script receives (see
 * docs/decisions/0007-mcp-results.md): `structuredContent` when present; otherwise the content,
 * one item as its value and several as an array of values. A text item is its string, or the
 * parsed object or array when the text is JSON of one; other items stay objects
 * (`{ type, mimeType, data }`, `{ type: "resource", resource }`). `isError: true` throws a
 * `ToolError` whose message is the result's text.
 *
 * @example
 * mapToolResult({ content: [{ type: "text", text: '{"a":1}' }] }, "ns.tool"); // { a: 1 }
 */
export function mapToolResult(result: CallToolResult, path: string): unknown {
  if (result.isError) {
    const text = textOf(result.content);
    throw new ToolError(text || `${path} failed and gave no message.`, {
      code: "tool_error_result",
      details: { path, ...nonText(result.content) },
    });
  }
  if (result.structuredContent !== undefined) return result.structuredContent;
  const values = result.content.map(contentValue);
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

/** The value of one content item. */
export function contentValue(item: ContentBlock): unknown {
  switch (item.type) {
    case "text":
      return textValue(item.text);
    case "image":
    case "audio":
      return { type: item.type, mimeType: item.mimeType, data: item.data };
    case "resource":
      return { type: item.type, resource: item.resource };
    case "resource_link": {
      const { type, uri, name, mimeType, description } = item;
      return {
        type,
        uri,
        name,
        ...(mimeType === undefined ? {} : { mimeType }),
        ...(description === undefined ? {} : { description }),
      };
    }
    default:
      return item;
  }
}

/** Text that is a JSON object or array becomes that value; other text stays a string. */
function textValue(text: string): unknown {
  const trimmed = text.trim();
  if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) return text;
  const parsed = safeParseJson(trimmed);
  return parsed.success ? parsed.value : text;
}

function textOf(content: readonly ContentBlock[]): string {
  return content
    .filter((item) => item.type === "text")
    .map((item) => item.text)
    .join("\n")
    .trim();
}

function nonText(content: readonly ContentBlock[]): { content?: unknown[] } {
  const others = content.filter((item) => item.type !== "text").map(contentValue);
  return others.length > 0 ? { content: others } : {};
}
