import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, connectStdio, textOf, writeServeConfig } from "./helpers/serve-gateway.js";

const SKILLS = fileURLToPath(new URL("./fixtures/skills", import.meta.url));

/** The gateway's config with the test skills, in a fresh folder (its store beside it). */
function writeConfig(): string {
  const base = writeServeConfig();
  const file = join(dirname(base), "with-skills.config.mjs");
  writeFileSync(
    file,
    `import base from "./codemode.config.mjs";\nexport default { ...base, skills: ${JSON.stringify(SKILLS)} };\n`,
  );
  return file;
}

function cli(config: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args, "--config", config], {
    encoding: "utf8",
    cwd: dirname(config),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});
async function connect(config: string, args: string[] = []): Promise<Client> {
  const { client } = await connectStdio(config, args);
  clients.push(client);
  return client;
}

describe("saved scripts and skills through the gateway", () => {
  it("a person saves by CLI, the model saves a draft by execute, approved scripts become tools", async () => {
    const config = writeConfig();
    const folder = dirname(config);
    writeFileSync(
      join(folder, "customer-name.ts"),
      "// The name of the customer with this email.\nconst customer = await crm.findCustomer({ email: input.email });\nreturn customer.name;\n",
    );
    writeFileSync(
      join(folder, "email.schema.json"),
      JSON.stringify({
        type: "object",
        properties: { email: { type: "string" } },
        required: ["email"],
      }),
    );
    const saved = cli(
      config,
      "scripts",
      "save",
      "customerName",
      join(folder, "customer-name.ts"),
      "--description",
      "The name of the customer with an email address",
      "--input",
      join(folder, "email.schema.json"),
    );
    expect(saved.stderr).toContain("Saved scripts.customerName version 1.");
    expect(saved.status).toBe(0);

    let client = await connect(config, ["--expose-scripts"]);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual([
      "search",
      "describe",
      "execute",
      "customerName",
    ]);
    const tool = tools.find((each) => each.name === "customerName");
    expect(tool?.inputSchema).toEqual({
      type: "object",
      properties: { email: { type: "string" } },
      required: ["email"],
    });
    const direct = await client.callTool({
      name: "customerName",
      arguments: { email: "ada@example.com" },
    });
    expect(direct.structuredContent).toMatchObject({ status: "completed", result: "Ada" });

    const drafted = await client.callTool({
      name: "execute",
      arguments: {
        code: "const orders = await crm.listOrders({ customerId: input.customerId });\nreturn orders.reduce((sum, order) => sum + order.totalCents, 0);",
        input: { customerId: "c_1" },
        saveAs: {
          name: "orderTotal",
          description: "Total of a customer's orders, in cents",
          input: {
            type: "object",
            properties: { customerId: { type: "string" } },
            required: ["customerId"],
          },
        },
      },
    });
    expect(drafted.structuredContent).toMatchObject({
      status: "completed",
      result: 1250,
      saved: { name: "orderTotal", version: 1, status: "draft" },
    });
    expect(textOf(drafted)).toMatch(
      /Saved as a draft of scripts.orderTotal\(input\), version 1: a person must approve it/,
    );
    expect((await client.listTools()).tools.map((each) => each.name)).not.toContain("orderTotal");
    await client.close();

    const listed = cli(config, "scripts", "list");
    expect(listed.stdout).toContain("scripts.orderTotal  (not approved, draft v1 to review)");
    const approved = cli(config, "scripts", "approve", "orderTotal", "--by", "ana");
    expect(approved.stderr).toContain("Approved scripts.orderTotal version 1");

    client = await connect(config, ["--expose-scripts"]);
    expect((await client.listTools()).tools.map((each) => each.name)).toContain("orderTotal");
    const calling = await client.callTool({
      name: "execute",
      arguments: {
        code: 'const email = "ada@example.com";\nconst name = await scripts.customerName({ email });\nconst total = await scripts.orderTotal({ customerId: "c_1" });\nreturn name + ": " + total + " cents";',
      },
    });
    expect(calling.structuredContent).toMatchObject({
      status: "completed",
      result: "Ada: 1250 cents",
    });
    const search = await client.callTool({
      name: "search",
      arguments: { query: "total of orders in cents" },
    });
    expect(textOf(search)).toMatch(/^scripts\.orderTotal/);
  });

  it("serves skills as resources and lists no script tools without --expose-scripts", async () => {
    const client = await connect(writeConfig());
    expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual([
      "search",
      "describe",
      "execute",
    ]);
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual([
      "codemode://types",
      "codemode://skills/incident-triage",
      "codemode://skills/release-notes",
    ]);
    expect(resources[2]?.description).toMatch(/^Draft release notes from the merged pull requests/);
    const read = await client.readResource({ uri: "codemode://skills/release-notes" });
    const text = (read.contents[0] as { text: string }).text;
    expect(text).toContain("Put breaking changes first");
    expect(text).toContain("github.pullsList");
    await expect(client.readResource({ uri: "codemode://skills/nothing" })).rejects.toThrow(
      /Resource not found/,
    );
  });
});
