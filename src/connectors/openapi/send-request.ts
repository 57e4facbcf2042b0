import { concatBytes } from "../../core/bytes.js";
import { ToolError } from "../../core/errors.js";
import { safeParseJson } from "../../core/json.js";
import type { Redactor } from "../redactor.js";
import { isJsonMediaType } from "./media-type.js";

const MAX_REDIRECTS = 5;
const EXCERPT_CHARS = 500;
/** A response larger than this is refused rather than held in memory and handed to the script. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

export interface HttpRequest {
  method: string;
  url: URL;
  /** Headers from the script's arguments (parameters, `request({ headers })`). */
  headers: Record<string, string>;
  body?: string | URLSearchParams | FormData;
}

export interface SendOptions {
  request: HttpRequest;
  /** The only origin requests and redirects may go to. */
  origin: string;
  /** Added by the host to every request, over any header of the same name the script gave. */
  credentials: Record<string, string>;
  redactor: Redactor;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** What the call is, for messages: `api.getPet (GET /pets/{id})`. */
  what: string;
}

/**
 * Performs one HTTP request on the host: only to `origin`, redirects followed by hand and only
 * within it, credentials attached here and redacted from whatever comes back. Returns the
 * decoded body of a 2xx response (JSON parsed, text as a string, other bytes as base64); any
 * other status throws a `ToolError` carrying the status and an excerpt of the body.
 *
 * @example
 * await sendRequest({ request: { method: "GET", url: new URL("https://api.example.com/pets"), headers: {} },
 *   origin: "https://api.example.com", credentials: {}, redactor: new Redactor([]), timeoutMs: 30000, what: "api.listPets" });
 */
export async function sendRequest(options: SendOptions): Promise<unknown> {
  const { origin, redactor, what } = options;
  let { method, url, body } = options.request;
  const headers = mergeHeaders(options.request.headers, options.credentials);
  const signals = [AbortSignal.timeout(options.timeoutMs)];
  if (options.signal) signals.push(options.signal);
  const signal = AbortSignal.any(signals);
  for (let redirects = 0; ; redirects++) {
    if (url.origin !== origin) {
      throw new ToolError(
        `${what}: ${redactor.text(url.href)} is outside ${origin}, the only origin this API may be called at; give a path such as /items.`,
        { code: "origin_refused", details: { origin } },
      );
    }
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        redirect: "manual",
        signal,
        ...(body === undefined ? {} : { body }),
      });
    } catch (error) {
      throw failure({ error, options, signal });
    }
    const location = response.headers.get("location");
    if (isRedirect(response.status) && location !== null) {
      await response.body?.cancel();
      const next = new URL(location, url);
      if (next.origin !== origin) {
        throw new ToolError(
          `${what}: the server redirected to another origin (${redactor.text(next.origin)}); only ${origin} may be called, so it was not followed.`,
          { code: "redirect_refused", details: { status: response.status } },
        );
      }
      if (redirects === MAX_REDIRECTS) {
        throw new ToolError(`${what}: more than ${MAX_REDIRECTS} redirects; not followed.`, {
          code: "too_many_redirects",
        });
      }
      if (response.status === 303 || (response.status <= 302 && method !== "HEAD")) {
        if (method !== "GET" && method !== "HEAD") {
          method = "GET";
          body = undefined;
          delete headers["content-type"];
        }
      }
      url = next;
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBody(response, what);
    } catch (error) {
      if (error instanceof ToolError) throw error;
      throw failure({ error, options, signal });
    }
    const contentType = response.headers.get("content-type");
    const leaks = redactor.leaksIn(bytes, { textual: isTextual(contentType) });
    if (response.status < 200 || response.status > 299) {
      const excerpt = leaks
        ? "(the body was withheld: it contains this API's credential)"
        : redactor.text(new TextDecoder().decode(bytes)).trim();
      const short =
        excerpt.length > EXCERPT_CHARS ? `${excerpt.slice(0, EXCERPT_CHARS)}…` : excerpt;
      throw new ToolError(
        `${what} failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}${short ? `: ${short}` : "."}`,
        { code: "http_error", details: { status: response.status, body: short } },
      );
    }
    // Text is redacted where the secret shows; in bytes, UTF-16 or base64 it cannot be: withheld.
    if (leaks)
      throw new ToolError(
        `${what}: the response carries this API's credential in a form that cannot be redacted (bytes, UTF-16, base64 or compressed), so it was withheld.`,
        { code: "credential_withheld", details: { status: response.status } },
      );
    return redactor.value(decodeBody(bytes, contentType));
  }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** Lower-cased header names; the credentials win over what the script gave. */
function mergeHeaders(
  fromScript: Record<string, string>,
  credentials: Record<string, string>,
): Record<string, string> {
  const headers: Record<string, string> = { accept: "application/json, */*;q=0.8" };
  for (const [name, value] of Object.entries(fromScript)) headers[name.toLowerCase()] = value;
  for (const [name, value] of Object.entries(credentials)) headers[name.toLowerCase()] = value;
  return headers;
}

async function readBody(response: Response, what: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw tooLarge(what);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_RESPONSE_BYTES) throw tooLarge(what);
    chunks.push(chunk);
  }
  return concatBytes(chunks, size);
}

function tooLarge(what: string): ToolError {
  return new ToolError(
    `${what}: the response is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB and was not read; ask for less (filters, pagination).`,
    { code: "response_too_large" },
  );
}

/**
 * JSON (by content type, or text that is a JSON object or array when none is given) parsed; text
 * as a string; other bytes as `{ contentType, size, base64 }`; nothing as `undefined`.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): unknown {
  if (bytes.byteLength === 0) return undefined;
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!isTextual(contentType)) {
    return {
      contentType: type,
      size: bytes.byteLength,
      base64: Buffer.from(bytes).toString("base64"),
    };
  }
  const text = new TextDecoder().decode(bytes);
  const trimmed = text.trim();
  const json =
    (isJsonMediaType(type) && type !== "*/*") ||
    (type === "" && (trimmed.startsWith("{") || trimmed.startsWith("[")));
  if (json) {
    const parsed = safeParseJson(text);
    if (parsed.success) return parsed.value;
  }
  return text;
}

/** Whether a body of this type is returned as text (or JSON), not as base64 bytes. */
function isTextual(contentType: string | null): boolean {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return (
    type === "" ||
    type.startsWith("text/") ||
    isJsonMediaType(type) ||
    /xml|javascript|yaml|x-www-form-urlencoded/.test(type) ||
    /charset=/i.test(contentType ?? "")
  );
}

function failure(options: {
  error: unknown;
  options: SendOptions;
  signal: AbortSignal;
}): ToolError {
  const { error, signal } = options;
  const { what, redactor, timeoutMs } = options.options;
  if (options.options.signal?.aborted) {
    return new ToolError(`${what} was cancelled: the run ended.`, { code: "cancelled" });
  }
  if (signal.aborted) {
    return new ToolError(
      `${what} did not answer within ${timeoutMs} ms. Raise the server's timeoutMs if it needs longer.`,
      { code: "http_timeout" },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
  const reason = cause && !message.includes(cause) ? `${message} (${cause})` : message;
  return new ToolError(`${what} failed: ${redactor.text(reason)}.`, { code: "http_unavailable" });
}
