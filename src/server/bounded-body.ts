import { concatBytes } from "../core/bytes.js";
import { refuse } from "./http-guard.js";

/** The largest body each path takes: an MCP message, a JSON API call, a console login. */
export const MAX_BODY_BYTES = { mcp: 4 * 1024 * 1024, api: 1024 * 1024, session: 16 * 1024 };

/**
 * The request with its body read to at most `maxBytes`, or a 413 refusal: a `Content-Length`
 * past the cap is refused before a byte is read, and a body sent without one is cut off as soon
 * as it passes the cap. Whoever sends it, nothing unbounded is held in memory.
 */
export async function boundedRequest(
  request: Request,
  maxBytes: number,
): Promise<Request | Response> {
  if (request.body === null) return request;
  const tooLarge = () =>
    refuse(413, `The request body is larger than ${maxBytes} bytes, the most this path takes.`);
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body.cancel().catch(() => undefined);
    return tooLarge();
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: concatBytes(chunks, size),
    signal: request.signal,
  });
}
