import { ToolError } from "./errors.js";
import { parseJson } from "./json.js";
import { isReferenceId } from "./result-refs.js";
import type { EmittedContent, RunDataStore } from "./run-data.js";

/** `codemode.*` functions a run has besides discovery, with their positional parameters. */
export const RUN_SERVICE_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  "codemode.load": ["ref"],
  "codemode.emit": ["content"],
  "codemode.state.get": ["key"],
  "codemode.state.set": ["key", "value"],
};

/** The largest state value, as JSON. */
const MAX_STATE_CHARS = 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MIME_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

/**
 * What `codemode.load`, `codemode.emit` and `codemode.state` do for one run: load a value kept
 * by reference, collect content for the user (up to `maxEmittedChars`), and read or write the
 * session's state.
 */
export class RunServices {
  readonly emitted: EmittedContent[] = [];
  private emittedChars = 0;

  constructor(
    private readonly options: {
      store: RunDataStore;
      /** Whose state this run sees: the session, or the runtime's default. */
      scope: string;
      maxEmittedChars: number;
      now: () => number;
    },
  ) {}

  /** Handles `codemode.<name>`; undefined when the name is not one of these. */
  call(name: string, args: unknown): Promise<unknown> | undefined {
    const input = (args ?? {}) as Record<string, unknown>;
    switch (name) {
      case "load":
        return this.load(input.ref);
      case "emit":
        this.emit(input.content);
        return Promise.resolve(undefined);
      case "state.get":
        return this.getState(input.key);
      case "state.set":
        return this.setState(input.key, input.value);
      default:
        return undefined;
    }
  }

  private async load(ref: unknown): Promise<unknown> {
    if (typeof ref !== "string" || !isReferenceId(ref))
      throw new ToolError(
        `codemode.load needs a handle such as "ref_0123456789abcdef01234567", as a truncated result or output named it.`,
        { code: "invalid_arguments" },
      );
    const reference = await this.options.store.getReference(ref);
    if (!reference)
      throw new ToolError(
        `There is no value kept as ${ref}: it was never made here, or its execution was pruned. Run the script that made it again.`,
        { code: "reference_not_found" },
      );
    return parseJson(reference.value, `The value kept as ${ref}`);
  }

  private emit(content: unknown): void {
    const checked = checkContent(content);
    const size = checked.type === "text" ? checked.text.length : checked.data.length;
    if (this.emittedChars + size > this.options.maxEmittedChars)
      throw new ToolError(
        `codemode.emit: this run's content for the user would pass limits.maxEmittedChars (${this.options.maxEmittedChars} characters); emit less (a smaller image, a summary), or raise the limit.`,
        { code: "output_limit" },
      );
    this.emittedChars += size;
    this.emitted.push(checked);
  }

  private async getState(key: unknown): Promise<unknown> {
    const text = await this.options.store.getState(this.options.scope, checkKey(key));
    return text === undefined ? undefined : parseJson(text, "A state value");
  }

  private async setState(key: unknown, value: unknown): Promise<void> {
    const checked = checkKey(key);
    const text = value === undefined ? undefined : JSON.stringify(value);
    if (text !== undefined && text.length > MAX_STATE_CHARS)
      throw new ToolError(
        `codemode.state.set("${checked}"): the value is ${text.length} characters of JSON, more than ${MAX_STATE_CHARS}; keep less, or return it and load it by reference.`,
        { code: "invalid_arguments" },
      );
    await this.options.store.setState(this.options.scope, checked, text, this.options.now());
  }
}

function checkKey(key: unknown): string {
  if (typeof key !== "string" || key === "" || key.length > 200)
    throw new ToolError(
      "codemode.state needs a key: a non-empty string of at most 200 characters.",
      {
        code: "invalid_arguments",
      },
    );
  return key;
}

function checkContent(content: unknown): EmittedContent {
  const fail = (what: string): never => {
    throw new ToolError(
      `codemode.emit: ${what}. Give { type: "text", text } or { type: "image" | "file", data: base64, mimeType, name? } (a file needs its name).`,
      { code: "invalid_arguments" },
    );
  };
  if (content === null || typeof content !== "object") return fail("the content is not an object");
  const { type, text, data, mimeType, name } = content as Record<string, unknown>;
  if (type === "text") {
    if (typeof text !== "string") return fail("a text needs its text as a string");
    return { type, text };
  }
  if (type !== "image" && type !== "file") return fail(`"${String(type)}" is not a content type`);
  if (typeof data !== "string" || data === "" || !BASE64.test(data))
    return fail(`the ${type}'s data is not base64`);
  if (typeof mimeType !== "string" || !MIME_TYPE.test(mimeType))
    return fail(`the ${type} needs a MIME type such as "image/png"`);
  if (type === "image" && !mimeType.startsWith("image/"))
    return fail(`an image's MIME type starts with "image/" (got "${mimeType}")`);
  if (name !== undefined && typeof name !== "string") return fail("name is a string");
  if (type === "file") {
    if (typeof name !== "string" || name === "") return fail("a file needs a name");
    return { type, data, mimeType, name };
  }
  return { type, data, mimeType, ...(typeof name === "string" ? { name } : {}) };
}
