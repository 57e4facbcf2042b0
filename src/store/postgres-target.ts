import { StoreConflictError, StoreError, StoreUnavailableError } from "../core/store-errors.js";

/** Host, port and database of a `postgres://` URL, for messages (never the password). */
export function describePostgresTarget(url: string): string {
  try {
    const parsed = new URL(url);
    const host =
      decodeURIComponent(parsed.hostname) || parsed.searchParams.get("host") || "localhost";
    const port = parsed.port || "5432";
    const database =
      decodeURIComponent(parsed.pathname.replace(/^\//, "")) ||
      decodeURIComponent(parsed.username) ||
      "postgres";
    return `${host}:${port}/${database}`;
  } catch {
    return "(a URL that does not parse)";
  }
}

/** Error codes (Node's and PostgreSQL's) meaning the server cannot be reached or went away. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
]);

const CONNECTION_MESSAGES =
  /Connection terminated|connection error|timeout expired|timeout exceeded when trying to connect|Client was closed|not queryable|ECONNREFUSED|ECONNRESET/i;

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0)
    return errorMessage(error.errors[0]);
  const message = error instanceof Error ? error.message : String(error);
  return message || errorCode(error) || "unknown error";
}

/** Whether `error` says the server is unreachable or the connection dropped. */
export function isConnectionFailure(error: unknown): boolean {
  const code = errorCode(error);
  if (code && (CONNECTION_CODES.has(code) || code.startsWith("08"))) return true;
  if (error instanceof AggregateError) return error.errors.some(isConnectionFailure);
  return CONNECTION_MESSAGES.test(errorMessage(error));
}

/** The error for a failed first connection: what was tried and what to do. */
export function connectFailure(target: string, error: unknown): StoreError {
  const code = errorCode(error);
  const reason = errorMessage(error);
  if (code === "3D000" || code === "28P01" || code === "28000" || code === "42501")
    return new StoreUnavailableError(
      `PostgreSQL at ${target} refused the store: ${reason}. Fix the store URL in the config (user, password, database), or create the database.`,
      { cause: error },
    );
  return new StoreUnavailableError(
    `Cannot reach PostgreSQL at ${target} (${reason}). Start the server or fix the store URL in the config, or remove "store" to use the embedded store.`,
    { cause: error },
  );
}

/** The error for a statement that failed on a connection that was working. */
export function statementFailure(target: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const reason = errorMessage(error);
  if (isConnectionFailure(error))
    return new StoreUnavailableError(
      `Lost the connection to PostgreSQL at ${target} (${reason}). Each change is written whole or not at all; check that the server is running, then retry.`,
      { cause: error },
    );
  if (errorCode(error) === "23505")
    return new StoreConflictError(`A record with this key already exists (${reason}).`, {
      cause: error,
    });
  return new StoreError(`PostgreSQL at ${target} failed: ${reason}.`, { cause: error });
}
