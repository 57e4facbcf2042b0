import type { RuntimeObserver } from "../core/observer.js";

type OpenTelemetryApi = typeof import("@opentelemetry/api");

/**
 * Traces through OpenTelemetry: a span per run of an execution (`codemode.execution`) with a
 * child span per call it makes (`codemode.call ns.name`), on the tracer provider the application
 * registered. `@opentelemetry/api` is an optional peer dependency: without it, or without a
 * provider, this is nothing (the API's spans are no-ops).
 *
 * @example
 * const observer = await openTelemetryObserver();
 * const cm = await createCodeMode({ observers: observer ? [observer] : [] });
 */
export async function openTelemetryObserver(): Promise<RuntimeObserver | undefined> {
  let api: OpenTelemetryApi;
  try {
    api = await import("@opentelemetry/api");
  } catch {
    return undefined;
  }
  const tracer = api.trace.getTracer("codemode");
  type Span = ReturnType<typeof tracer.startSpan>;
  const runs = new Map<string, Span>();
  return {
    runStart(event) {
      const span = tracer.startSpan("codemode.execution", {
        attributes: {
          "codemode.execution.id": event.executionId,
          "codemode.execution.run": event.run,
          ...(event.origin ? { "codemode.execution.origin": event.origin } : {}),
        },
      });
      runs.set(event.executionId, span);
      return (end) => {
        runs.delete(end.executionId);
        span.setAttributes({
          "codemode.execution.status": end.status,
          "codemode.execution.tool_calls": end.toolCalls,
        });
        if (end.status === "failed" || end.status === "rejected")
          span.setStatus({
            code: api.SpanStatusCode.ERROR,
            message: end.error?.message ?? end.status,
          });
        span.end();
      };
    },
    callStart(event) {
      const parent = runs.get(event.executionId);
      const context = parent ? api.trace.setSpan(api.context.active(), parent) : undefined;
      const span = tracer.startSpan(
        `codemode.call ${event.namespace}.${event.name}`,
        {
          attributes: {
            "codemode.call.namespace": event.namespace,
            "codemode.call.name": event.name,
            "codemode.execution.id": event.executionId,
          },
        },
        context,
      );
      return (end) => {
        span.setAttribute("codemode.call.outcome", end.outcome);
        if (end.outcome === "failed")
          span.setStatus({
            code: api.SpanStatusCode.ERROR,
            message: end.error?.message ?? "failed",
          });
        span.end();
      };
    },
  };
}
