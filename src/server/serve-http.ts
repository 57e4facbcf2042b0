import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { createHttpApp, type HttpApp, type HttpAppOptions } from "./http-app.js";
import { endpointUrl } from "./listen-address.js";

export interface ServeHttpOptions extends HttpAppOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface HttpGateway {
  /** The MCP endpoint, with the port actually bound. */
  url: string;
  app: HttpApp;
  close(): Promise<void>;
}

/**
 * Binds the HTTP app to a Node server: the app speaks `Request → Response`, and
 * `@hono/node-server` (which the MCP SDK's own Node transport uses) adapts Node's streams.
 */
export async function serveHttp(options: ServeHttpOptions): Promise<HttpGateway> {
  return listen(createHttpApp(options), options);
}

/**
 * Binds an app (a `createGateway` or `createHttpApp`) to a Node server on `host:port`; `close`
 * stops the server (and closes the app's sessions).
 */
export async function listen(
  app: HttpApp,
  address: { host: string; port: number },
): Promise<HttpGateway> {
  const server = createServer(
    getRequestListener((request, env) =>
      app.fetch(request, { remoteAddress: env.incoming.socket.remoteAddress }),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(address.port, address.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: endpointUrl(address.host, port),
    app,
    async close() {
      await app.close();
      // Open SSE streams would keep `close` waiting for ever.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
