import { loadConfig } from "../config/load-config.js";
import { newToken, ROLES, type Role } from "../server/credentials.js";
import { EXIT } from "./commands.js";
import { readTokensFile, tokensPath, writeTokensFile } from "./tokens-file.js";
import { UsageError } from "./usage-error.js";

/**
 * `codemode credentials [list | add NAME --role R | remove NAME] [--tokens FILE]`: the gateway's
 * named tokens. `add` prints the new token once; the file keeps only its SHA-256.
 */
export async function credentialsCommand(
  action: string | undefined,
  name: string | undefined,
  options: { config?: string; tokens?: string; role?: string; json?: boolean },
): Promise<number> {
  const verb = action ?? "list";
  const loaded = await loadConfig(options.config);
  const path = tokensPath({
    baseDirectory: loaded.baseDirectory,
    ...(options.tokens ? { tokens: options.tokens } : {}),
  });
  const tokens = readTokensFile(path, false);
  if (verb === "list") {
    if (options.json) {
      const rows = tokens.map(({ name: entryName, role }) => ({ name: entryName, role }));
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    } else if (tokens.length === 0) {
      process.stderr.write(
        `No tokens in ${path}. Add one with \`codemode credentials add NAME --role operator\`.\n`,
      );
    } else for (const entry of tokens) process.stdout.write(`${entry.name}  ${entry.role}\n`);
    return EXIT.completed;
  }
  if (!name) throw new UsageError(`codemode credentials ${verb} needs a NAME.`);
  if (verb === "add") {
    const role = (options.role ?? "") as Role;
    if (!ROLES.includes(role)) throw new UsageError(`Give --role ${ROLES.join(", --role ")}.`);
    if (tokens.some((entry) => entry.name === name))
      throw new UsageError(`${path} already has a token named "${name}": remove it first.`);
    const { token, entry } = newToken(name, role);
    writeTokensFile(path, [...tokens, entry]);
    process.stderr.write(
      `Added ${name} (${role}) to ${path}. The token, shown this once (send it as Authorization: Bearer <token>, or log in to the console with it):\n`,
    );
    process.stdout.write(`${token}\n`);
    return EXIT.completed;
  }
  if (verb === "remove") {
    if (!tokens.some((entry) => entry.name === name))
      throw new UsageError(`${path} has no token named "${name}".`);
    writeTokensFile(
      path,
      tokens.filter((entry) => entry.name !== name),
    );
    process.stderr.write(`Removed ${name} from ${path}; a running gateway reads it at start.\n`);
    return EXIT.completed;
  }
  throw new UsageError(`"${verb}" is not a credentials action: use list, add NAME or remove NAME.`);
}
