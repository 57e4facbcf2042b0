import { readFileSync } from "node:fs";
import { UsageError } from "./usage-error.js";

/** Reads the script from a file, or from standard input for `-` (or no file when stdin is piped). */
export async function readScript(
  file: string | undefined,
): Promise<{ code: string; name: string }> {
  if (file === undefined || file === "-") {
    if (file === undefined && process.stdin.isTTY) {
      throw new UsageError("Give a script file to run, or - to read it from standard input.");
    }
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { code: Buffer.concat(chunks).toString("utf8"), name: "<stdin>" };
  }
  try {
    return { code: readFileSync(file, "utf8"), name: file };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "it does not exist"
        : (error as Error).message;
    throw new UsageError(`Cannot read the script ${file}: ${reason}.`);
  }
}
