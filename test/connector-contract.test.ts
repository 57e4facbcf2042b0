import { mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { parseConfig } from "../src/config/config.js";
import { createServerConnectors } from "../src/connectors/create-server-connectors.js";
import { FunctionsConnector } from "../src/connectors/functions/functions-connector.js";
import type { Connector } from "../src/core/connector.js";
import { describeConnectorContract } from "../src/testing/connector-contract.js";
import { nodeServer, recordingLogger, SERVER_SCRIPTS } from "./helpers/mcp-servers.js";
import { startEchoServer } from "./helpers/openapi-server.js";

const require = createRequire(import.meta.url);

/** The one connector a config entry gives, built the way the runtime builds it. */
async function connectorFor(key: string, entry: unknown, store?: string): Promise<Connector> {
  const config = parseConfig({ servers: { [key]: entry }, ...(store ? { store } : {}) });
  const [connector] = await createServerConnectors(
    { config, baseDirectory: process.cwd() },
    { logger: recordingLogger() },
  );
  if (!connector) throw new Error(`no connector for ${key}`);
  return connector;
}

describeConnectorContract("host functions", () => ({
  connector: new FunctionsConnector("shop", {
    getStock: {
      description: "Units in stock for one product.",
      input: {
        type: "object",
        properties: { sku: { type: "string" } },
        required: ["sku"],
        additionalProperties: false,
      },
      execute: async ({ sku }: { sku: string }) => ({ sku, units: 3 }),
    },
    reorder: {
      description: "Orders more of a product.",
      input: { type: "object", properties: { sku: { type: "string" } } },
      execute: async () => {
        throw new Error("the supplier is closed");
      },
    },
  }),
  call: {
    name: "getStock",
    args: { sku: "TEA-01" },
    check: (result) => expect(result).toEqual({ sku: "TEA-01", units: 3 }),
  },
  failing: { name: "getStock", args: { sku: 42 } },
}));

describeConnectorContract("OpenAPI (Swagger's petstore, a loopback API)", async () => {
  const api = await startEchoServer();
  const folder = await realpath(await mkdtemp(join(tmpdir(), "codemode-contract-")));
  const spec = join(folder, "petstore.json");
  await writeFile(
    spec,
    JSON.stringify(require("@readme/oas-examples/3.0/json/petstore.json")),
    "utf8",
  );
  const connector = await connectorFor(
    "pets",
    { openapi: spec, baseUrl: `${api.origin}/v2` },
    join(folder, "store"),
  );
  return {
    connector,
    call: {
      name: "getPetById",
      args: { petId: 7 },
      check: (result) => expect(result).toMatchObject({ method: "GET", url: "/v2/pet/7" }),
    },
    // The path parameter is required: nothing can be sent without it.
    failing: { name: "getPetById", args: {} },
    stop: async () => {
      await api.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
});

describeConnectorContract("MCP (the reference server-everything over stdio)", async () => ({
  connector: await connectorFor("everything", nodeServer(SERVER_SCRIPTS.everything, "stdio")),
  call: {
    name: "echo",
    args: { message: "contract" },
    check: (result) => expect(JSON.stringify(result)).toContain("contract"),
  },
  // server-everything answers arguments of the wrong type with an error result.
  failing: { name: "echo", args: { message: 42 } },
}));
