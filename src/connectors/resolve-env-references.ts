import { ConfigError } from "../core/errors.js";

const REFERENCE = /\$\{env:([^}]*)\}/g;

/**
 * Replaces every `${env:NAME}` in `value` with the host's variable. A missing variable is a
 * `ConfigError` naming the key it was found at and the variable.
 *
 * @example
 * resolveEnvReferences("Bearer ${env:TOKEN}", "servers.api.headers.Authorization", { TOKEN: "t" }); // "Bearer t"
 */
export function resolveEnvReferences(
  value: string,
  where: string,
  environment: Record<string, string | undefined>,
): string {
  return value.replace(REFERENCE, (_reference, name: string) => {
    const resolved = environment[name];
    if (resolved === undefined) {
      throw new ConfigError(
        `${where} uses \${env:${name}}, but ${name} is not set in the environment: set it before starting codemode, or remove the reference.`,
        { details: { path: where, variable: name } },
      );
    }
    return resolved;
  });
}

/** Resolves the references in each value of a record (`env`, `headers`). */
export function resolveEnvRecord(
  record: Record<string, string> | undefined,
  where: string,
  environment: Record<string, string | undefined>,
): Record<string, string> | undefined {
  if (!record) return undefined;
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key,
      resolveEnvReferences(value, `${where}.${key}`, environment),
    ]),
  );
}
