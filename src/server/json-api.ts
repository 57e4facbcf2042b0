import { httpStatusOf } from "../core/error-codes.js";
import { isCodemodeError } from "../core/errors.js";
import type { ExecutionStatus, JournalEvent } from "../core/journal.js";
import type { EmittedContent } from "../core/run-data.js";
import type { CodeMode } from "../create-code-mode.js";
import { catalogDeclaration, catalogListing } from "./catalog-api.js";
import type { ApiContext } from "./http-app.js";

/**
 * The JSON API under `/api` (behind the same Host check and token as `/mcp`):
 *
 * - `GET  /api/approvals` — pending approvals, oldest first
 * - `POST /api/approvals/:id/approve` and `/reject` — body `{ by?, reason? }`; answers with the
 *   execution's outcome once it resumed
 * - `GET  /api/executions?status=a,b&q=text&limit=&offset=` — newest first
 * - `GET  /api/executions/:id` — the execution, its calls and approvals, and what it emitted for
 *   the user (`emitted`); `GET /api/executions/:id/emitted/:n` — the n-th image or file's bytes
 * - `GET  /api/executions/:id/rollback` — what a rollback would do; `POST` does it
 * - `GET  /api/events` — server-sent events: every journal change, from this process or another
 *   sharing the store
 * - `GET  /api/catalog?q=text&namespace=ns&limit=` — the sources (servers, APIs, host functions)
 *   with their health and operation count, and the operations (`path`, one line of description),
 *   ranked by `q` through the model's own search (see `catalog-api-types.ts`)
 * - `GET  /api/catalog/:path` — `{ path, declaration }`: the TypeScript declaration of an
 *   operation (`ns.name`) or a namespace (`ns`)
 * - `GET  /api/scripts` — every version of every saved script, drafts included;
 *   `POST /api/scripts/:name/approve` approves its newest draft
 *
 * The web console logs in at `/api/session` (see `createSessionApi`): its session cookie then
 * stands in for the bearer token here, and its requests that change something send
 * `X-Codemode: 1`. Errors answer `{ error: { code, message } }`.
 */
export function createJsonApi(
  codeMode: CodeMode,
): (request: Request, context?: ApiContext) => Promise<Response> {
  return async (request, context = {}) => {
    const url = new URL(request.url);
    const parts = url.pathname.split("/").filter(Boolean).slice(1);
    const [collection, id, action, item] = parts;
    // Operators see real values; viewers see personal data as tokens, as the model does.
    const shown = <T>(value: T): Promise<T> =>
      context.credential?.role === "viewer" ? codeMode.tokenize(value) : Promise.resolve(value);
    try {
      if (request.method === "GET" && collection === "approvals" && !id)
        return Response.json(await shown(await codeMode.pending()));
      if (request.method === "POST" && collection === "approvals" && id && action) {
        if (action !== "approve" && action !== "reject") return notFound(url.pathname);
        const body = await readBody(request);
        // A named token decides as its person, whatever the body says; the shared token (or none,
        // on loopback) as the body says.
        const named = context.credential?.name;
        const decision = { by: named || (typeof body.by === "string" ? body.by : "api") };
        const reason = typeof body.reason === "string" ? body.reason : undefined;
        const execution =
          action === "approve"
            ? await codeMode.approve(id, { ...decision, ...(reason ? { note: reason } : {}) })
            : await codeMode.reject(id, reason, decision);
        return Response.json(execution);
      }
      if (request.method === "GET" && collection === "executions" && !id) {
        const status = url.searchParams.get("status");
        const text = url.searchParams.get("q");
        return Response.json(
          await shown(
            await codeMode.executions({
              ...(status ? { status: status.split(",") as ExecutionStatus[] } : {}),
              ...(text ? { text } : {}),
              limit: clampInteger(url.searchParams.get("limit"), 50, 1, 500),
              offset: clampInteger(url.searchParams.get("offset"), 0, 0, Number.MAX_SAFE_INTEGER),
            }),
          ),
        );
      }
      if (collection === "executions" && id && !action && request.method === "GET")
        return Response.json(
          await shown({
            ...(await codeMode.journal(id)),
            emitted: await codeMode.store.listEmitted(id),
          }),
        );
      if (collection === "executions" && id && action === "emitted" && request.method === "GET")
        return emittedResponse(await codeMode.store.listEmitted(id), Number(item));
      if (collection === "executions" && id && action === "rollback") {
        if (request.method === "GET") return Response.json(await codeMode.rollbackPlan(id));
        if (request.method === "POST") return Response.json(await codeMode.rollback(id));
      }
      if (collection === "events" && request.method === "GET") return events(codeMode, request);
      if (collection === "scripts" && !id && request.method === "GET")
        return Response.json(await codeMode.scripts());
      if (collection === "scripts" && id && action === "approve" && request.method === "POST") {
        const body = await readBody(request);
        const by = context.credential?.name || (typeof body.by === "string" ? body.by : "api");
        return Response.json(await codeMode.approveScript(id, { by }));
      }
      if (collection === "catalog" && request.method === "GET") {
        if (id) return Response.json(await catalogDeclaration(codeMode, decodeURIComponent(id)));
        const text = url.searchParams.get("q");
        const namespace = url.searchParams.get("namespace");
        return Response.json(
          await catalogListing(codeMode, {
            ...(text ? { query: text } : {}),
            ...(namespace ? { namespace } : {}),
            limit: clampInteger(url.searchParams.get("limit"), 200, 1, 2000),
          }),
        );
      }
      return notFound(url.pathname);
    } catch (error) {
      if (isCodemodeError(error)) {
        const status = httpStatusOf(error.code);
        return Response.json({ error: { code: error.code, message: error.message } }, { status });
      }
      return Response.json(
        {
          error: {
            code: "internal",
            message: error instanceof Error ? error.message : String(error),
          },
        },
        { status: 500 },
      );
    }
  };
}

/**
 * Journal changes as server-sent events, with a comment every 20 s to keep proxies open. The
 * response starts once changes from other processes reach it, so none falls in between.
 */
async function events(codeMode: CodeMode, request: Request): Promise<Response> {
  const encoder = new TextEncoder();
  const queued: string[] = [];
  let send = (text: string): void => {
    queued.push(text);
  };
  const unsubscribe = codeMode.store.subscribe((event: JournalEvent) =>
    send(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`),
  );
  try {
    await codeMode.store.listening();
  } catch (error) {
    unsubscribe();
    throw error;
  }
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  const stop = (): void => {
    if (keepAlive) clearInterval(keepAlive);
    unsubscribe();
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      send = (text) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      send(": connected\n\n");
      for (const text of queued.splice(0)) send(text);
      keepAlive = setInterval(() => send(": keep-alive\n\n"), 20_000);
      request.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      connection: "keep-alive",
    },
  });
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function clampInteger(text: string | null, fallback: number, min: number, max: number): number {
  const value = text === null ? Number.NaN : Number(text);
  return Number.isInteger(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function notFound(pathname: string): Response {
  return Response.json(
    {
      error: {
        code: "not_found",
        message: `Nothing at ${pathname}. See /api/approvals, /api/executions and /api/catalog.`,
      },
    },
    { status: 404 },
  );
}

/**
 * The bytes of an emitted image or file. Never run as a page of this origin (an SVG's script, an
 * HTML file): a sandboxing policy, no sniffing, and files as attachments.
 */
function emittedResponse(emitted: readonly EmittedContent[], index: number): Response {
  const content = Number.isInteger(index) ? emitted[index] : undefined;
  if (!content || content.type === "text")
    return Response.json(
      { error: { code: "not_found", message: "The execution emitted no image or file there." } },
      { status: 404 },
    );
  return new Response(Buffer.from(content.data, "base64"), {
    headers: {
      "content-type": content.mimeType,
      "content-security-policy": "default-src 'none'; sandbox",
      "x-content-type-options": "nosniff",
      ...(content.type === "file"
        ? {
            "content-disposition": `attachment; filename="${content.name.replace(/[^\w.-]/g, "_")}"`,
          }
        : {}),
    },
  });
}
