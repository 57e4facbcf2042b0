import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the loopback server received it. */
export interface ReceivedRequest {
  method: string;
  /** Path and raw query string, as sent. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface EchoServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * A loopback HTTP server for OpenAPI connector tests. Every request is recorded and echoed back
 * as JSON (`{ method, url, headers, body }`), except `/v1/fail/<status>` (that status with a text
 * body quoting the request's Authorization header, as some servers do in errors),
 * `/v1/redirect/same` (302 to `/v1/items/redirected`), `/v1/redirect/other` (302 to
 * `redirectOther`), `/v1/reports/<year>/summary` (text).
 */
export async function startEchoServer(
  options: { host?: string; redirectOther?: string } = {},
): Promise<EchoServer> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    const entry = await receive(request);
    received.push(entry);
    const path = entry.url.split("?")[0] ?? "";
    const fail = /^\/v1\/fail\/(\d+)$/.exec(path);
    if (fail) {
      response.writeHead(Number(fail[1]), { "content-type": "text/plain" });
      response.end(
        `failure ${fail[1]} for ${entry.headers.authorization ?? "anonymous"}: ${"x".repeat(2000)}`,
      );
      return;
    }
    if (path === "/v1/redirect/same") {
      response.writeHead(302, { location: "/v1/items/redirected" });
      response.end();
      return;
    }
    if (path === "/v1/redirect/other") {
      response.writeHead(302, { location: options.redirectOther ?? "http://127.0.0.2:9/" });
      response.end();
      return;
    }
    const report = /^\/v1\/reports\/(\d+)\/summary$/.exec(path);
    if (report) {
      response.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      response.end(`Report for ${report[1]}`);
      return;
    }
    if (entry.method === "DELETE") {
      response.writeHead(204);
      response.end();
      return;
    }
    response.writeHead(entry.method === "POST" && path === "/v1/items" ? 201 : 200, {
      "content-type": "application/json",
    });
    response.end(JSON.stringify(entry));
  });
  await new Promise<void>((resolve) => server.listen(0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${options.host ?? "127.0.0.1"}:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function receive(request: IncomingMessage): Promise<ReceivedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return {
    method: request.method ?? "",
    url: request.url ?? "",
    headers,
    body: Buffer.concat(chunks).toString("utf8"),
  };
}
