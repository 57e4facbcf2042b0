import type { CodeMode } from "../create-code-mode.js";
import type { Admission } from "./admission.js";

/** What `GET /healthz` answers. */
export interface HealthReport {
  /** `ok`; `degraded`: a source is unavailable or the pool saturated; `unavailable`: the store is not reachable. */
  status: "ok" | "degraded" | "unavailable";
  store: { description: string; ok: boolean; error?: string };
  sources: {
    namespace: string;
    health: "ok" | "degraded" | "unavailable";
    problem?: string;
    warning?: string;
  }[];
  pool?: {
    running: number;
    waiting: number;
    maxConcurrent: number;
    maxQueued: number;
    saturated: boolean;
  };
  sessions?: number;
}

const STORE_CHECK_MS = 2_000;

/**
 * `GET /healthz`: whether the store answers (a one-row read, within 2 s), each source's state,
 * the execution pool's saturation and the sessions open. 200 while the store answers (a source
 * that is down makes it `degraded`, still 200: the gateway serves the others), 503 when not.
 *
 * @example
 * const health = createHealthCheck({ codeMode: cm, admission, sessions: () => app.sessionCount() });
 */
export function createHealthCheck(options: {
  codeMode: CodeMode;
  admission?: Admission;
  sessions?: () => number;
}): (request: Request) => Promise<Response> {
  const { codeMode, admission } = options;
  return async () => {
    const store: HealthReport["store"] = { description: codeMode.store.description, ok: true };
    try {
      await withTimeout(codeMode.executions({ limit: 1 }), STORE_CHECK_MS);
    } catch (error) {
      store.ok = false;
      store.error = error instanceof Error ? error.message : String(error);
    }
    const sources = codeMode.sources().map(({ namespace, state, problem, warning }) => ({
      namespace,
      health: state,
      ...(problem === undefined ? {} : { problem }),
      ...(warning === undefined ? {} : { warning }),
    }));
    const report: HealthReport = { status: "ok", store, sources };
    if (admission) {
      const { running, waiting } = admission.stats();
      const { maxConcurrent, maxQueued } = admission.limits;
      report.pool = { running, waiting, maxConcurrent, maxQueued, saturated: admission.full() };
    }
    if (options.sessions) report.sessions = options.sessions();
    if (!store.ok) report.status = "unavailable";
    else if (sources.some((source) => source.health !== "ok") || report.pool?.saturated)
      report.status = "degraded";
    return Response.json(report, {
      status: store.ok ? 200 : 503,
      headers: { "cache-control": "no-store" },
    });
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the store did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
