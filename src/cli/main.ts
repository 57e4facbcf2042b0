import { Command, CommanderError, InvalidArgumentError } from "commander";
import { isCallerError } from "../core/error-codes.js";
import { isCodemodeError } from "../core/errors.js";
import { parseListenAddress } from "../server/listen-address.js";
import {
  describeCommand,
  EXIT,
  policyCommand,
  runCommand,
  searchCommand,
  typesCommand,
} from "./commands.js";
import { UsageError } from "./usage-error.js";

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError("give a whole number above 0.");
  return number;
}

function nonNegativeInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new InvalidArgumentError("give a whole number, 0 or more.");
  return number;
}

function program(setExit: (code: number) => void): Command {
  const root = new Command("codemode")
    .description(
      "Run TypeScript against MCP servers, OpenAPI APIs and host functions, in a sandbox.",
    )
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  const configOption = [
    "--config <file>",
    "config file (default: codemode.config.json|.mjs|.js here)",
  ] as const;
  const strictOption = [
    "--strict",
    "any server or API that fails to load is an error (exit 2), not a warning",
  ] as const;

  root
    .command("run")
    .description("run a TypeScript or JavaScript script; prints its console output and result")
    .argument("[file]", "the script, or - for standard input")
    .option(...configOption)
    .option(...strictOption)
    .option("--json", "print the whole execution result as JSON")
    .option("--typecheck", "type-check the script against the declarations before running it")
    .option("--no-typecheck", "skip the type-check even when the config asks for it")
    .addHelpText(
      "after",
      "\nExit codes: 0 completed, 1 failed, 2 usage or config error, 3 paused for approval.",
    )
    .action(async (file: string | undefined, options) => setExit(await runCommand(file, options)));

  root
    .command("types")
    .description("print the TypeScript declarations of every operation")
    .option(...configOption)
    .option(...strictOption)
    .action(async (options) => setExit(await typesCommand(options)));

  root
    .command("describe")
    .description("print the declaration of one operation (ns.name) or namespace (ns)")
    .argument("<path>", "ns.name or ns")
    .option(...configOption)
    .option(...strictOption)
    .action(async (path: string, options) => setExit(await describeCommand(path, options)));

  root
    .command("search")
    .description("find operations by what they do")
    .argument("<query>", "words describing the task")
    .option(...configOption)
    .option(...strictOption)
    .option("--json", "print [{path, description, score, signature}]")
    .option("--limit <n>", "how many results", positiveInteger)
    .option(
      "--explain",
      "say why each hit ranks where it does: the terms matched, in which fields, and each factor",
    )
    .action(async (query: string, options) => setExit(await searchCommand(query, options)));

  root
    .command("policy")
    .description(
      "the approval rule of every operation: runs, waits for approval, or blocked, and why",
    )
    .argument("[path]", "only this namespace (ns) or operation (ns.name)")
    .option(...configOption)
    .option(...strictOption)
    .option("--json", "print {operations: [{path, action, reason}], warnings}")
    .action(async (path: string | undefined, options) =>
      setExit(await policyCommand(path, options)),
    );

  root
    .command("approvals")
    .description("the approval queue: list pending calls, approve or reject one")
    .argument("[action]", "list (default), approve or reject")
    .argument("[id]", "the approval id (for approve and reject)")
    .option(...configOption)
    .option("--reason <text>", "why (with reject), kept in the journal")
    .option("--by <name>", "who decides (default: $USER)")
    .option("--json", "print JSON")
    .addHelpText(
      "after",
      "\nDeciding the last pending approval of an execution resumes it here and prints its outcome.\nExit codes: 0 completed, 1 failed or rejected, 3 still paused.",
    )
    .action(async (action: string | undefined, id: string | undefined, options) => {
      const { approvalsCommand } = await import("./journal-commands.js");
      setExit(await approvalsCommand(action, id, options));
    });

  root
    .command("executions")
    .description("the journal: list executions, show one, roll one back, cancel one")
    .argument("[action]", "list (default), show, rollback or cancel")
    .argument("[id]", "the execution id (for show, rollback and cancel)")
    .option(...configOption)
    .option("--status <list>", "with list: only these statuses (comma-separated)")
    .option("--limit <n>", "with list: how many (default 20)", positiveInteger)
    .option("--dry-run", "with rollback: show what would be undone, and what cannot be")
    .option("--json", "print JSON")
    .action(async (action: string | undefined, id: string | undefined, options) => {
      const { executionsCommand } = await import("./journal-commands.js");
      setExit(await executionsCommand(action, id, options));
    });

  root
    .command("scripts")
    .description(
      "saved scripts: list, show one, save one, approve a draft, remove, restore a version",
    )
    .argument("[action]", "list (default), show, save, approve, remove or restore")
    .argument("[operands...]", "NAME, then FILE (save) or VERSION (restore)")
    .option(...configOption)
    .option("--description <text>", "with save: what the script does (search finds it by it)")
    .option("--input <file>", "with save: a JSON Schema file for the script's input")
    .option("--output <file>", "with save: a JSON Schema file for what it returns")
    .option("--by <name>", "who saves or approves (default: $USER)")
    .option("--json", "print JSON")
    .addHelpText(
      "after",
      '\nScripts call a saved script as `await scripts.NAME(input)`. A script a model saves (execute\'s\nsaveAs) is a draft until approved here, unless the config says scripts: { trust: "auto" }.',
    )
    .action(async (action: string | undefined, operands: string[], options) => {
      const { scriptsCommand } = await import("./scripts-command.js");
      setExit(await scriptsCommand(action, operands, options));
    });

  root
    .command("credentials")
    .description("the gateway's named tokens: list them, add one (printed once), remove one")
    .argument("[action]", "list (default), add or remove")
    .argument("[name]", "the person or client (for add and remove)")
    .option(...configOption)
    .option("--role <role>", "with add: operator (decides, rolls back), agent (MCP only) or viewer")
    .option("--tokens <file>", "the tokens file (default: tokens.json beside the config)")
    .option("--json", "print JSON")
    .action(async (action: string | undefined, name: string | undefined, options) => {
      const { credentialsCommand } = await import("./credentials-command.js");
      setExit(await credentialsCommand(action, name, options));
    });

  root
    .command("tokens")
    .description(
      "token cost of this catalog: every tool's schema as native MCP tools vs codemode's tools",
    )
    .option(...configOption)
    .option(...strictOption)
    .option("--json", "print the figures as JSON")
    .action(async (options) => {
      // Loaded on demand: the tokenizer's tables stay out of the other commands' start-up.
      const { tokensCommand } = await import("./tokens-command.js");
      setExit(await tokensCommand(options));
    });

  root
    .command("serve")
    .description("serve search, describe and execute as an MCP server (stdio, or HTTP with --http)")
    .option(...configOption)
    .option(...strictOption)
    .option(
      "--http [address]",
      "serve streamable HTTP at /mcp on [HOST:]PORT (default 127.0.0.1:3000; port 0: any free port)",
      listenAddress,
    )
    .option("--token <token>", "require Authorization: Bearer <token> (default: $CODEMODE_TOKEN)")
    .option(
      "--allow-host <name>",
      "another Host/Origin name the HTTP gateway answers to (repeatable)",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      "--max-concurrent <n>",
      "executions running at once (default: 4 per core)",
      positiveInteger,
    )
    .option(
      "--max-queued <n>",
      "executions waiting for a turn; past it, execute gets 503 with Retry-After (default 100)",
      nonNegativeInteger,
    )
    .option(
      "--tokens <file>",
      "named tokens with roles (default: tokens.json beside the config, when it exists)",
    )
    .option(
      "--max-sessions <n>",
      "MCP sessions open at once over HTTP (default 1000)",
      positiveInteger,
    )
    .option(
      "--session-idle-ms <ms>",
      "close an MCP session idle this long (default 1800000: 30 minutes)",
      positiveInteger,
    )
    .option(
      "--grace-period-ms <ms>",
      "on SIGTERM, how long running executions may finish before they are stopped (default 30000)",
      nonNegativeInteger,
    )
    .option(
      "--log-format <format>",
      "human (default) or json: one object a line on stderr",
      logFormat,
    )
    .option("--verbose", "print start-up time and catalog size on stderr")
    .option("--expose-scripts", "list the approved saved scripts as MCP tools too")
    .addHelpText(
      "after",
      "\nStdout carries only the protocol in stdio mode; everything else goes to stderr. Over HTTP the\ngateway answers only to loopback names unless bound elsewhere, and needs a token off loopback.",
    )
    .action(async (options) => {
      // Loaded on demand: the SDK and the HTTP adapter stay out of the other commands' start-up.
      const { serveCommand } = await import("./serve-command.js");
      const http = options.http === true ? listenAddress("3000") : options.http;
      setExit(await serveCommand({ ...options, http }));
    });
  return root;
}

function logFormat(value: string): "human" | "json" {
  if (value !== "human" && value !== "json") throw new InvalidArgumentError("give human or json.");
  return value;
}

function listenAddress(value: string) {
  try {
    return parseListenAddress(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** Runs the CLI and returns its exit code; errors become one sentence on stderr. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.completed;
  try {
    await program((code) => {
      exitCode = code;
    }).parseAsync(argv as string[], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.completed : EXIT.usage;
    }
    if (error instanceof UsageError || (isCodemodeError(error) && isCallerError(error.code))) {
      process.stderr.write(`codemode: ${error.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`codemode: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
