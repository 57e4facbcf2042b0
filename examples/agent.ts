// A command-line agent on the Vercel AI SDK with codemode's three tools, against the example
// shop (examples/codemode.config.mjs). When a script pauses for approval (shop.reorder), it asks
// you here, resumes the execution and tells the model the outcome.
//
//   OPENAI_API_KEY=... npm run agent -- "Which products are running low? Reorder them up to 20."
//
// Providers, by environment variable: OPENAI_API_KEY (@ai-sdk/openai), ANTHROPIC_API_KEY
// (@ai-sdk/anthropic) or AI_GATEWAY_API_KEY (the AI SDK's gateway); CODEMODE_MODEL picks the
// model ("gpt-5-mini", "anthropic/claude-sonnet-4-5", ...). `--config F` runs against another config.
import { createInterface } from "node:readline/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateText, isStepCount, type LanguageModel, type ModelMessage } from "ai";
import { type CodeMode, createCodeMode, type ExecutionResult, executionText } from "codemode";
import { aiTools, pausedExecutions } from "codemode/ai";

const DEFAULT_MODELS = {
  openai: "gpt-5-mini",
  anthropic: "claude-sonnet-4-5",
  gateway: "openai/gpt-5-mini",
} as const;

export const MISSING_KEY = `The agent needs a model provider. Set one of:
  OPENAI_API_KEY       OpenAI (default model ${DEFAULT_MODELS.openai})
  ANTHROPIC_API_KEY    Anthropic (default model ${DEFAULT_MODELS.anthropic})
  AI_GATEWAY_API_KEY   the Vercel AI Gateway (default model ${DEFAULT_MODELS.gateway})
and optionally CODEMODE_MODEL, a model id, prefixed with its provider to choose one ("anthropic/claude-sonnet-4-5").
`;

export const USAGE = `Usage: npm run agent -- [--config FILE] "TASK"
Runs TASK with a model that has codemode's search, describe and execute tools,
against examples/codemode.config.mjs unless --config says otherwise.
`;

export interface ModelChoice {
  provider: keyof typeof DEFAULT_MODELS;
  modelId: string;
}

/**
 * The provider and model from the environment: CODEMODE_MODEL's `provider/` prefix when its key
 * is set, else the first key set (OpenAI, Anthropic, then the gateway). Undefined without a key.
 */
export function chooseModel(env: Record<string, string | undefined>): ModelChoice | undefined {
  const requested = env.CODEMODE_MODEL?.trim() || undefined;
  const slash = requested?.indexOf("/") ?? -1;
  const prefix = requested && slash > 0 ? requested.slice(0, slash) : undefined;
  const bare = requested && slash > 0 ? requested.slice(slash + 1) : requested;
  const has = (name: string) => Boolean(env[name]?.trim());
  if (prefix === "openai" && has("OPENAI_API_KEY"))
    return { provider: "openai", modelId: bare ?? DEFAULT_MODELS.openai };
  if (prefix === "anthropic" && has("ANTHROPIC_API_KEY"))
    return { provider: "anthropic", modelId: bare ?? DEFAULT_MODELS.anthropic };
  if (prefix === undefined && has("OPENAI_API_KEY"))
    return { provider: "openai", modelId: requested ?? DEFAULT_MODELS.openai };
  if (prefix === undefined && has("ANTHROPIC_API_KEY"))
    return { provider: "anthropic", modelId: requested ?? DEFAULT_MODELS.anthropic };
  if (has("AI_GATEWAY_API_KEY"))
    return { provider: "gateway", modelId: requested ?? DEFAULT_MODELS.gateway };
  return undefined;
}

/** The provider packages load only when chosen: neither is needed to run codemode. */
async function loadModel(choice: ModelChoice): Promise<LanguageModel> {
  if (choice.provider === "openai") return (await import("@ai-sdk/openai")).openai(choice.modelId);
  if (choice.provider === "anthropic")
    return (await import("@ai-sdk/anthropic")).anthropic(choice.modelId);
  return choice.modelId; // a "provider/model" string goes through the AI SDK's gateway
}

/** Where the agent talks to the person running it. */
export interface AgentIO {
  say(text: string): void;
  /** Tool activity, as it happens. */
  trace(text: string): void;
  ask(question: string): Promise<string>;
}

export interface AgentOptions {
  codeMode: CodeMode;
  model: LanguageModel;
  task: string;
  io: AgentIO;
  /** Model steps per turn (each tool call and its result is one). */
  maxSteps?: number;
}

/** Turns after which the agent gives up, even if executions keep pausing. */
const MAX_TURNS = 10;

/**
 * Runs the task to its end: the model works with the tools; when a turn leaves executions paused,
 * the person decides each waiting call, the executions resume, and the model is told the outcome
 * in the next turn. Returns the conversation.
 */
export async function runAgent(options: AgentOptions): Promise<ModelMessage[]> {
  const { codeMode, model, io } = options;
  const { tools, system } = aiTools(codeMode);
  const messages: ModelMessage[] = [{ role: "user", content: options.task }];
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const result = await generateText({
      model,
      instructions: system,
      tools,
      messages,
      stopWhen: isStepCount(options.maxSteps ?? 12),
      onStepEnd: (step) => {
        for (const call of step.toolCalls) io.trace(`→ ${call.toolName} ${preview(call.input)}`);
        for (const toolResult of step.toolResults)
          io.trace(`← ${toolResult.toolName}: ${outcomeLine(toolResult.output)}`);
        for (const part of step.content)
          if (part.type === "tool-error")
            io.trace(`← ${part.toolName} failed: ${String(part.error)}`);
      },
    });
    messages.push(...result.response.messages);
    if (result.text) io.say(result.text);
    const paused = pausedExecutions(result);
    if (paused.length === 0) return messages;
    const reports: string[] = [];
    for (const execution of paused) reports.push(await decide(codeMode, execution, io));
    messages.push({ role: "user", content: reports.join("\n\n") });
  }
  io.say(`Stopped after ${MAX_TURNS} turns.`);
  return messages;
}

/**
 * Asks about each call the execution waits on, approves or rejects it, and again if the resumed
 * run pauses once more. Returns what the model is told: the decisions and the outcome.
 */
async function decide(
  codeMode: CodeMode,
  execution: ExecutionResult,
  io: AgentIO,
): Promise<string> {
  const lines: string[] = [];
  let current = execution;
  for (let round = 0; round < MAX_TURNS && current.status === "paused"; round++) {
    for (const call of current.pending ?? []) {
      const answer = await io.ask(`Waiting for approval: ${call.summary}\nApprove? [y/N] `);
      const approved = /^y(es)?$/i.test(answer.trim());
      current = approved
        ? await codeMode.approve(call.approvalId, { by: "agent-cli" })
        : await codeMode.reject(call.approvalId, "The user said no at the terminal", {
            by: "agent-cli",
          });
      lines.push(`${approved ? "Approved" : "Rejected"} by the user: ${call.summary}`);
    }
  }
  lines.push(`Execution ${execution.executionId}, resumed:\n${executionText(current)}`);
  return lines.join("\n");
}

function preview(input: unknown): string {
  const text = JSON.stringify(input) ?? "";
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function outcomeLine(output: unknown): string {
  if (typeof output === "string") return `${output.split("\n").length} lines`;
  if (Array.isArray(output)) return `${output.length} results`;
  const execution = output as ExecutionResult;
  return execution.status === "failed" && execution.error
    ? `failed: ${execution.error.name}`
    : execution.status;
}

/** The command: exit 0 when done, 1 when the model or a provider fails, 2 for usage or a missing key. */
export async function main(
  argv: string[],
  env: Record<string, string | undefined>,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { config: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const choice = chooseModel(env);
  if (!choice) {
    process.stderr.write(MISSING_KEY);
    return 2;
  }
  const task = positionals.join(" ").trim();
  if (!task) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = values.config ?? fileURLToPath(new URL("./codemode.config.mjs", import.meta.url));
  const codeMode = await createCodeMode({ config, store: ":memory:" });
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  // Read through the iterator: it buffers lines typed (or piped) before the question is asked.
  const lines = terminal[Symbol.asyncIterator]();
  try {
    process.stderr.write(`Model: ${choice.provider} ${choice.modelId}\n`);
    await runAgent({
      codeMode,
      model: await loadModel(choice),
      task,
      io: {
        say: (text) => process.stdout.write(`\n${text}\n`),
        trace: (text) => process.stderr.write(`${text}\n`),
        ask: async (question) => {
          process.stdout.write(question);
          const line = await lines.next();
          return line.done ? "" : String(line.value); // input that has ended answers no
        },
      },
    });
    return 0;
  } catch (error) {
    process.stderr.write(`The agent stopped: ${error instanceof Error ? error.message : error}\n`);
    return 1;
  } finally {
    terminal.close();
    await codeMode.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2), process.env);
