import type { ExecutionResult } from "../core/executions.js";
import type {
  ApprovalRecord,
  CallRecord,
  ExecutionRecord,
  ExecutionStatus,
} from "../core/journal.js";
import type { RollbackReport } from "../core/rollback.js";
import type { EmittedContent } from "../core/run-data.js";
import type { ScriptVersion } from "../core/saved-script.js";
import type { CatalogResponse, DeclarationResponse } from "../server/catalog-api-types.js";

/** `/api/session`. */
export interface SessionState {
  tokenRequired: boolean;
  authenticated: boolean;
  /** Who logged in, with a named token; decisions are recorded under this name. */
  name?: string;
  role?: "operator" | "agent" | "viewer";
}

/** `GET /api/executions/:id`. */
export interface ExecutionJournal {
  execution: ExecutionRecord;
  calls: CallRecord[];
  approvals: ApprovalRecord[];
  /** What the script emitted for the user. */
  emitted?: EmittedContent[];
}

export interface ExecutionsQuery {
  status?: ExecutionStatus;
  q?: string;
  limit: number;
}

/** A refusal or failure of the JSON API, with its status and the server's sentence. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

let unauthorized: () => void = () => {};

/** Called when a request is refused for want of a session (it expired, or the server restarted). */
export function onUnauthorized(listener: () => void): void {
  unauthorized = listener;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: {
        accept: "application/json",
        // Every console request says where it comes from; the server refuses cookie-authenticated
        // writes without it (a cross-site page cannot add it without a preflight).
        "x-codemode": "1",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, "network", "The gateway cannot be reached: is codemode serve running?");
  }
  const data = (await response.json().catch(() => undefined)) as
    | { error?: { code?: unknown; message?: unknown } }
    | undefined;
  if (!response.ok) {
    if (response.status === 401 && path !== "/api/session") unauthorized();
    const error = data?.error;
    throw new ApiError(
      response.status,
      typeof error?.code === "string" ? error.code : `http_${response.status}`,
      typeof error?.message === "string"
        ? error.message
        : `The gateway answered ${response.status}.`,
    );
  }
  return data as T;
}

const segment = encodeURIComponent;

/** The JSON API, as the console uses it. */
export const api = {
  session: () => request<SessionState>("GET", "/api/session"),
  login: (token: string) => request<SessionState>("POST", "/api/session", { token }),
  logout: () => request<SessionState>("DELETE", "/api/session"),
  approvals: () => request<ApprovalRecord[]>("GET", "/api/approvals"),
  decide: (approvalId: string, decision: "approve" | "reject", reason?: string) =>
    request<ExecutionResult>("POST", `/api/approvals/${segment(approvalId)}/${decision}`, {
      by: "console",
      ...(reason ? { reason } : {}),
    }),
  executions: (query: ExecutionsQuery) => {
    const search = new URLSearchParams({ limit: String(query.limit) });
    if (query.status) search.set("status", query.status);
    if (query.q) search.set("q", query.q);
    return request<ExecutionRecord[]>("GET", `/api/executions?${search}`);
  },
  execution: (id: string) => request<ExecutionJournal>("GET", `/api/executions/${segment(id)}`),
  rollbackPlan: (id: string) =>
    request<RollbackReport>("GET", `/api/executions/${segment(id)}/rollback`),
  rollback: (id: string) =>
    request<RollbackReport>("POST", `/api/executions/${segment(id)}/rollback`),
  catalog: (query: { q?: string; limit?: number }) => {
    const search = new URLSearchParams({ limit: String(query.limit ?? 200) });
    if (query.q) search.set("q", query.q);
    return request<CatalogResponse>("GET", `/api/catalog?${search}`);
  },
  declaration: (path: string) =>
    request<DeclarationResponse>("GET", `/api/catalog/${segment(path)}`),
  scripts: () => request<ScriptVersion[]>("GET", "/api/scripts"),
  approveScript: (name: string) =>
    request<ScriptVersion>("POST", `/api/scripts/${segment(name)}/approve`, { by: "console" }),
};

/** A sentence for any error a request threw. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
