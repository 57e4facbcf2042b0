import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CodeMode, createCodeMode } from "../src/create-code-mode.js";
import { nodeServer, SERVER_SCRIPTS } from "./helpers/mcp-servers.js";
import { type EchoServer, startEchoServer } from "./helpers/openapi-server.js";

const PEOPLE = [
  {
    name: "Ada",
    email: "ada@example.com",
    phone: "+1 415-555-2671",
    card: "4111 1111 1111 1111",
    iban: "GB82 WEST 1234 5698 7654 32",
    ip: "203.0.113.7",
    employee: "E123456",
  },
  {
    name: "Alan",
    email: "alan@example.org",
    phone: "+44 20 7946 0958",
    card: "5555 5555 5555 4444",
    iban: "DE89 3704 0044 0532 0130 00",
    ip: "2001:db8::1",
    employee: "E654321",
  },
];
const RAW = PEOPLE.flatMap(({ name: _name, ...fields }) => Object.values(fields));
/** The forms a model might see a value in: as written, and normalized (digits, E.164). */
const FORMS = [
  ...RAW,
  ...RAW.map((value) => value.replace(/[\s-]/g, "")),
  "14155552671",
  "442079460958",
];
const SPEC = new URL("./fixtures/openapi/echo-api.yaml", import.meta.url).pathname;

function expectNothingPersonal(value: unknown): void {
  const text = JSON.stringify(value);
  for (const form of FORMS) expect(text).not.toContain(form);
}

describe("personal data as tokens", () => {
  let folder: string;
  let server: EchoServer;
  let cm: CodeMode;
  const sent: unknown[] = [];
  const streamed: string[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "codemode-privacy-"));
    server = await startEchoServer();
    cm = await createCodeMode({
      config: {
        servers: {
          api: { openapi: SPEC, baseUrl: `${server.origin}/v1` },
          everything: nodeServer(SERVER_SCRIPTS.everything),
        },
        approval: { allow: ["api.*", "everything.*", "crm.*"] },
        privacy: {
          tokenize: ["email", "phone", "card", "iban", "ip"],
          patterns: { employee: "E\\d{6}" },
        },
      },
      store: join(folder, ".codemode"),
      typecheck: false,
      functions: {
        crm: {
          people: { input: { type: "object" }, execute: async () => PEOPLE },
          send: {
            input: { type: "object" },
            execute: async (args) => {
              sent.push(args);
              return args;
            },
          },
          fail: {
            input: { type: "object" },
            execute: async () => {
              throw new Error(`No account for ${PEOPLE[0]?.email} at ${PEOPLE[0]?.ip}`);
            },
          },
        },
      },
    });
  }, 60_000);

  afterAll(async () => {
    await cm?.close();
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it("tokenizes each kind in results and logs, the same value always as the same token", async () => {
    const outcome = await cm.execute(
      `const people = await crm.people({});
       console.log("first:", people[0].email, people[0].phone);
       return { people, again: people[0].email, list: people.map((p) => p.card).join("; ") };`,
      { onLog: (line) => streamed.push(line) },
    );
    expect(outcome.status).toBe("completed");
    expectNothingPersonal(outcome);
    expectNothingPersonal(streamed);
    const result = outcome.result as {
      people: Record<string, string>[];
      again: string;
      list: string;
    };
    const [ada, alan] = result.people;
    expect(ada).toEqual({
      name: "Ada",
      email: expect.stringMatching(/^\[email_\d+\]$/),
      phone: expect.stringMatching(/^\[phone_\d+\]$/),
      card: expect.stringMatching(/^\[card_\d+\]$/),
      iban: expect.stringMatching(/^\[iban_\d+\]$/),
      ip: expect.stringMatching(/^\[ip_\d+\]$/),
      employee: expect.stringMatching(/^\[employee_\d+\]$/),
    });
    expect(alan?.email).not.toBe(ada?.email);
    expect(result.again).toBe(ada?.email);
    expect(result.list).toBe(`${ada?.card}; ${alan?.card}`);
    expect(outcome.logs).toEqual([`first: ${ada?.email} ${ada?.phone}`]);
    expect(streamed).toEqual(outcome.logs);
    // The journal keeps the real values, for operators.
    const journal = await cm.journal(outcome.executionId);
    expect(JSON.stringify(journal.execution.result)).toContain("ada@example.com");
  });

  it("puts real values into a host function's arguments, and tokens back into what it returns", async () => {
    const people = (await cm.execute("return await crm.people({})")).result as Record<
      string,
      string
    >[];
    const ada = people[0] as Record<string, string>;
    sent.length = 0;
    const outcome = await cm.execute(
      `const echoed = await crm.send({ to: "${ada.email}", note: "call ${ada.phone} about ${ada.iban}", ids: ["${ada.employee}"] });
       return { echoed, sawReal: echoed.to.includes("@") };`,
    );
    expect(sent).toEqual([
      {
        to: "ada@example.com",
        note: "call +14155552671 about GB82WEST12345698765432",
        ids: ["E123456"],
      },
    ]);
    // The script saw real values; the model sees tokens again, even of an echo.
    expect(outcome.result).toEqual({
      echoed: {
        to: ada.email,
        note: `call ${ada.phone} about ${ada.iban}`,
        ids: [ada.employee],
      },
      sawReal: true,
    });
    // The journal shows an operator what was really sent.
    const { calls } = await cm.journal(outcome.executionId);
    expect(calls[0]?.args).toContain("ada@example.com");
  });

  it("leaves tokens this store never gave as they are", async () => {
    sent.length = 0;
    await cm.execute(`return await crm.send({ to: "[email_9999]", other: "[passport_1]" })`);
    expect(sent).toEqual([{ to: "[email_9999]", other: "[passport_1]" }]);
  });

  it("tokenizes error messages", async () => {
    const outcome = await cm.execute("await crm.fail({})");
    expect(outcome.status).toBe("failed");
    expect(outcome.error?.message).toMatch(/No account for \[email_\d+\] at \[ip_\d+\]/);
    expectNothingPersonal(outcome);
  });

  it("tokenizes the preview of a result kept by reference, and the value read back whole", async () => {
    const outcome = await cm.execute(
      `const people = await crm.people({});
       return Array.from({ length: 400 }, (_, i) => ({ i, ...people[i % 2] }));`,
      { limits: { maxOutputChars: 2_000 } },
    );
    expect(outcome.refs).toHaveLength(1);
    expectNothingPersonal(outcome);
    const whole = (await cm.reference(outcome.refs?.[0] ?? "")) as unknown[];
    expect(whole).toHaveLength(400);
    expectNothingPersonal(whole);
  });

  it("puts real values into an OpenAPI call's body and query, and tokens back into its echo", async () => {
    const ada = (await cm.execute("return (await crm.people({}))[0]")).result as Record<
      string,
      string
    >;
    const outcome = await cm.execute(
      `const created = await api.itemsCreate({ body: { name: "${ada.email}" } });
       const got = await api.itemsGetOne({ id: 7, tags: ["${ada.phone}", "plain"] });
       return { created, got };`,
    );
    expect(outcome.status).toBe("completed");
    const [create, get] = server.received.slice(-2);
    expect(JSON.parse(create?.body ?? "{}")).toEqual({ name: "ada@example.com" });
    expect(decodeURIComponent(get?.url ?? "")).toContain("tags=+14155552671&tags=plain");
    expectNothingPersonal(outcome);
    expect(JSON.stringify(outcome.result)).toContain(ada.email);
  });

  it("puts real values into an MCP tool's arguments (server-everything's echo)", async () => {
    const ada = (await cm.execute("return (await crm.people({}))[0]")).result as Record<
      string,
      string
    >;
    const outcome = await cm.execute(
      `const echoed = await everything.echo({ message: "write to ${ada.email}" });
       return { echoed, reachedServer: echoed.endsWith("@example.com") };`,
    );
    expect(outcome.result).toEqual({ echoed: `Echo: write to ${ada.email}`, reachedServer: true });
  });

  it("gives the same tokens after the store is opened again", async () => {
    const before = (await cm.execute("return (await crm.people({}))[1]")).result;
    const again = await createCodeMode({
      store: join(folder, ".codemode-second"),
      privacy: { tokenize: ["email"] },
      typecheck: false,
    });
    // Another store: its own numbering, and none of this store's tokens.
    expect((await again.execute(`return "bob@example.net"`)).result).toBe("[email_1]");
    await again.close();
    await cm.close();
    cm = await createCodeMode({
      store: join(folder, ".codemode"),
      config: {
        privacy: {
          tokenize: ["email", "phone", "card", "iban", "ip"],
          patterns: { employee: "E\\d{6}" },
        },
      },
      typecheck: false,
      functions: {
        crm: { people: { input: { type: "object" }, execute: async () => PEOPLE } },
      },
    });
    expect((await cm.execute("return (await crm.people({}))[1]")).result).toEqual(before);
  }, 60_000);
});
