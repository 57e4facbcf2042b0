import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { RuntimeObserver } from "../core/observer.js";
import type { CodeMode } from "../create-code-mode.js";
import type { Admission } from "./admission.js";

/**
 * The gateway's metrics in the Prometheus text format (prom-client), on a registry of its own so
 * that a host application's metrics never clash with them: executions by status and their
 * durations, tool calls by namespace and outcome, approvals waiting, executions running and
 * queued, admission refusals, sessions open, and the process's own (memory, CPU, event loop).
 *
 * @example
 * const metrics = createGatewayMetrics();
 * const cm = await createCodeMode({ observers: [metrics.observer] });
 * metrics.watch({ codeMode: cm, admission });
 * const response = await metrics.handler(request);
 */
export function createGatewayMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "codemode_" });
  const executions = new Counter({
    name: "codemode_executions_total",
    help: "Runs of executions that ended, by the status they ended in.",
    labelNames: ["status"] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: "codemode_execution_duration_seconds",
    help: "How long each run of an execution took.",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const toolCalls = new Counter({
    name: "codemode_tool_calls_total",
    help: "Calls scripts made, by namespace and outcome (applied, failed, replayed, waiting, refused).",
    labelNames: ["namespace", "outcome"] as const,
    registers: [registry],
  });
  const refusals = new Counter({
    name: "codemode_admission_refusals_total",
    help: "execute calls refused with 503 because every slot and the queue were taken.",
    registers: [registry],
  });
  const sessions = new Gauge({
    name: "codemode_sessions_open",
    help: "MCP sessions open over streamable HTTP.",
    registers: [registry],
  });
  let watched: { codeMode: CodeMode; admission?: Admission } | undefined;
  new Gauge({
    name: "codemode_approvals_waiting",
    help: "Calls waiting for a person's approval, in the whole journal.",
    registers: [registry],
    async collect() {
      if (watched) this.set((await watched.codeMode.pending()).length);
    },
  });
  new Gauge({
    name: "codemode_executions_running",
    help: "Executions running in this gateway now.",
    registers: [registry],
    collect() {
      this.set(watched?.admission?.stats().running ?? 0);
    },
  });
  new Gauge({
    name: "codemode_queue_depth",
    help: "Executions waiting for a free slot in this gateway.",
    registers: [registry],
    collect() {
      this.set(watched?.admission?.stats().waiting ?? 0);
    },
  });

  const observer: RuntimeObserver = {
    runEnd(event) {
      executions.inc({ status: event.status });
      durations.observe(event.durationMs / 1000);
    },
    callEnd(event) {
      toolCalls.inc({ namespace: event.namespace, outcome: event.outcome });
    },
  };
  return {
    registry,
    observer,
    /** Where the gauges read from, once the runtime exists. */
    watch(target: { codeMode: CodeMode; admission?: Admission }) {
      watched = target;
    },
    refused: () => refusals.inc(),
    sessionsOpen: (open: number) => sessions.set(open),
    /** `GET /metrics`. */
    async handler(_request: Request): Promise<Response> {
      return new Response(await registry.metrics(), {
        headers: { "content-type": registry.contentType },
      });
    },
  };
}

export type GatewayMetrics = ReturnType<typeof createGatewayMetrics>;
