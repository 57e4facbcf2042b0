import { userInfo } from "node:os";

/** Who decides from the CLI, as the journal records it: the OS account, or "cli" without one. */
export function osUser(): string {
  try {
    return userInfo().username || process.env.USER || "cli";
  } catch {
    return process.env.USER ?? "cli";
  }
}
