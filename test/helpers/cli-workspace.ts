import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, ROOT } from "./serve-gateway.js";

/** The config of host functions whose effects land in `EFFECTS_FILE` (see the fixture). */
export const DURABLE_CONFIG = join(ROOT, "test", "fixtures", "durable", "codemode.config.mjs");

/** What a CLI process printed and how it ended. */
export interface CliOutcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI without blocking this process (a loopback server in the test keeps answering),
 * with `input` on its standard input.
 */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.env ? { env: options.env } : {}),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once("exit", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/**
 * A fresh store folder (or the `store` given) and effects file for the durable fixture, the CLI
 * run against them (`cli`, waiting; `cliAsync`, not blocking), and the effects made so far.
 */
export function durableWorkspace(prefix: string, store?: string) {
  const directory = mkdtempSync(join(tmpdir(), `codemode-${prefix}-`));
  const env = {
    ...process.env,
    EFFECTS_FILE: join(directory, "effects.log"),
    STORE: store ?? join(directory, ".codemode"),
  };
  const cli = (args: string[], input?: string) =>
    spawnSync(process.execPath, [BIN, ...args, "--config", DURABLE_CONFIG], {
      env,
      encoding: "utf8",
      timeout: 60_000,
      ...(input === undefined ? {} : { input }),
    });
  const cliAsync = (args: string[], input?: string) =>
    runCli([...args, "--config", DURABLE_CONFIG], {
      env,
      ...(input === undefined ? {} : { input }),
    });
  const effects = () =>
    existsSync(env.EFFECTS_FILE) ? readFileSync(env.EFFECTS_FILE, "utf8").trim().split("\n") : [];
  return { directory, env, cli, cliAsync, effects };
}
