// Peer benchmark adapter: `@utcp/code-mode` (isolated-vm: a new V8 isolate per run, in process).
//
// API used (read from node_modules/@utcp/code-mode/dist and node_modules/@utcp/sdk/dist):
//
//   const client = await CodeModeUtcpClient.create(root, { manual_call_templates: [...] });
//   const { result, logs } = await client.callToolChain(js, timeoutMs, memoryMb);
//
// * UTCP reaches tools through "communication protocols" (HTTP, CLI, MCP...); the SDK's plugin
//   seam (`CommunicationProtocol.communicationProtocols[type]` plus a call-template serializer)
//   is how a protocol is added, so the host function `bench.echo` is a protocol whose `callTool`
//   answers in process, the same work codemode's host functions do.
// * `callToolChain` makes a fresh isolate and context per run, installs the console and tool
//   bridges, runs the code as the body of an async function and returns its JSON result with the
//   captured console lines. The code is run as JavaScript: it is not type-stripped.
// * A tool call is `__callToolRef.applySyncPromise(...)`: the isolate blocks while the host runs
//   the async tool. The SDK's `callTool` prints "Calling tool ..." with console.log for every
//   call, and registering a manual prints a line too: run this where stdout goes to a file.
// * isolated-vm 6 is a native addon for Node >= 22 (prebuilt for Node 22 and 24).

import { readFileSync } from "node:fs";
import { CodeModeUtcpClient } from "@utcp/code-mode";
import { CallTemplateSerializer, CommunicationProtocol, Serializer } from "@utcp/sdk";

const PROTOCOL = "codemode_bench";

class InProcessTemplateSerializer extends Serializer {
  toDict(template) {
    return { ...template };
  }
  validateDict(template) {
    return { ...template };
  }
}

/** Answers `bench.echo({ text })` in this process. */
class InProcessProtocol extends CommunicationProtocol {
  async registerManual(_caller, manualCallTemplate) {
    const tool = {
      name: "echo",
      description: "Echo the text back.",
      inputs: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      outputs: { type: "object", properties: { text: { type: "string" } } },
      tags: [],
      tool_call_template: { name: manualCallTemplate.name, call_template_type: PROTOCOL },
    };
    return {
      manualCallTemplate,
      manual: { utcp_version: "1.0.0", manual_version: "1.0.0", tools: [tool] },
      success: true,
      errors: [],
    };
  }
  async deregisterManual() {}
  async callTool(_caller, _toolName, toolArgs) {
    return { text: toolArgs.text };
  }
  async *callToolStreaming(caller, toolName, toolArgs, template) {
    yield await this.callTool(caller, toolName, toolArgs, template);
  }
  async close() {}
}

function register() {
  if (CommunicationProtocol.communicationProtocols[PROTOCOL]) return;
  CallTemplateSerializer.registerCallTemplate(PROTOCOL, new InProcessTemplateSerializer());
  CommunicationProtocol.communicationProtocols[PROTOCOL] = new InProcessProtocol();
}

const ONE_CALL_SOURCE = `const r = await bench.echo({ text: "hi" });
console.log(r.text);
return r;`;

const manyCallsSource = (n) => `let count = 0;
for (let i = 0; i < ${n}; i++) {
  const r = await bench.echo({ text: "x" });
  if (r.text === "x") count++;
}
return count;`;

function version() {
  // The package's exports do not include its package.json.
  const file = new URL("./node_modules/@utcp/code-mode/package.json", import.meta.url);
  try {
    return JSON.parse(readFileSync(file, "utf8")).version;
  } catch {
    return "unknown";
  }
}

/** The peer runtime with one host tool `bench.echo({ text }) -> { text }`; same shape as bench/peer/ai-sdk-code-mode.mjs. */
export async function createPeer() {
  register();
  const client = await CodeModeUtcpClient.create(process.cwd(), {
    manual_call_templates: [{ name: "bench", call_template_type: PROTOCOL }],
  });
  const run = async (code) => {
    const { result, logs } = await client.callToolChain(code, 60_000, 128);
    const failure = logs.find((line) => line.startsWith("[ERROR]"));
    if (failure) throw new Error(`@utcp/code-mode run failed: ${failure}`);
    return { result, logs };
  };
  return {
    name: `@utcp/code-mode ${version()}`,
    async runOneCallAndLog() {
      const { result, logs } = await run(ONE_CALL_SOURCE);
      if (result?.text !== "hi" || logs[0] !== "hi")
        throw new Error(`unexpected outcome ${JSON.stringify({ result, logs })}`);
    },
    async runManyCalls(n) {
      const { result } = await run(manyCallsSource(n));
      if (result !== n) throw new Error(`runManyCalls(${n}) counted ${JSON.stringify(result)}`);
    },
    async close() {
      await client.close?.();
    },
  };
}
