import { errorInfo } from "../core/error-info.js";
import { hostEndingOf } from "../core/run-ending.js";
import type {
  LogLevel,
  Nondeterminism,
  RunEnding,
  Sandbox,
  SandboxRunRequest,
} from "../core/sandbox.js";

/** What a mock script can do: what a real script reaches through the sandbox's globals. */
export interface MockScriptContext {
  /** `namespace.name(args)`, through the bridge, as a script's call is. */
  call(path: string, args?: unknown): Promise<unknown>;
  /** One console line at the given level. */
  log(text: string, level?: LogLevel): void;
  /** `Date.now()`, `Math.random()` and `crypto.randomUUID()` as the run draws them. */
  nondeterminism: Nondeterminism;
  /** The request the sandbox received (its code, globals, limits). */
  request: SandboxRunRequest;
}

/**
 * A script for the mock: host-side code standing in for what the model's code would do. What it
 * returns is the run's result; what it throws, the run's error.
 */
export type MockScript = (context: MockScriptContext) => unknown;

/** What `MockSandbox` runs: one script for every run, a list taken in turn, or scripts by code. */
export type MockScripts = MockScript | readonly MockScript[] | Readonly<Record<string, MockScript>>;

/**
 * A `Sandbox` that runs host-side functions instead of JavaScript, with the backends' semantics:
 * a bridge call that throws a `LimitError` or a `RunPause` ends the run at once as `limit` or
 * `paused` (the script cannot catch it),
 * other errors are thrown in the script, a returned value crosses as JSON, and the bridge is told
 * when the script waits on calls with nothing else to do. It records every request, so tests of
 * the journal, the policy and rollback run without QuickJS.
 *
 * @example
 * const sandbox = new MockSandbox(async ({ call }) => call("shop.getStock", { sku: "TEA-01" }));
 * const cm = await createCodeMode({ sandbox, functions });
 * await cm.execute("anything"); // runs the function above
 * sandbox.runs[0].code;         // the transpiled code it was given
 */
export class MockSandbox implements Sandbox {
  readonly name = "mock";
  /** Every run request, in order. */
  readonly runs: SandboxRunRequest[] = [];
  private closed = false;

  constructor(private readonly scripts: MockScripts = () => undefined) {}

  async run(request: SandboxRunRequest): Promise<RunEnding> {
    if (this.closed) throw new Error("The mock sandbox is closed.");
    const script = this.scriptFor(request.code, this.runs.length);
    this.runs.push(request);
    return new MockRun(request).start(script);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private scriptFor(code: string, index: number): MockScript {
    const scripts = this.scripts;
    if (typeof scripts === "function") return scripts;
    if (Array.isArray(scripts)) {
      const script = scripts[Math.min(index, scripts.length - 1)];
      if (!script) throw new Error("MockSandbox was given an empty list of scripts.");
      return script;
    }
    const byCode = (scripts as Readonly<Record<string, MockScript>>)[code.trim()];
    if (!byCode) throw new Error(`MockSandbox has no script for the code ${JSON.stringify(code)}.`);
    return byCode;
  }
}

/** One run: settles once, with the first of the script's end, a limit, or an abort. */
class MockRun {
  private settle!: (outcome: RunEnding) => void;
  private settled = false;
  private pending = 0;
  private readonly outcome = new Promise<RunEnding>((resolve) => {
    this.settle = resolve;
  });

  constructor(private readonly request: SandboxRunRequest) {}

  start(script: MockScript): Promise<RunEnding> {
    const { signal } = this.request;
    const onAbort = () =>
      this.end(
        hostEndingOf(signal?.reason) ?? { status: "limit", error: errorInfo(signal?.reason) },
      );
    if (signal?.aborted) onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    const context: MockScriptContext = {
      call: (path, args) => this.call(path, args),
      log: (text, level = "log") => {
        if (!this.settled) this.request.bridge.log(level, text);
      },
      nondeterminism: this.request.bridge.nondeterminism,
      request: this.request,
    };
    Promise.resolve()
      .then(() => script(context))
      .then(
        (value) => this.end(resultOutcome(value)),
        (error: unknown) => this.end({ status: "failed", error: errorInfo(error) }),
      );
    return this.outcome.finally(() => signal?.removeEventListener("abort", onAbort));
  }

  private async call(path: string, args: unknown): Promise<unknown> {
    if (this.settled) return new Promise(() => {}); // a call after the end never settles, as in a real backend
    const dot = path.indexOf(".");
    const namespace = dot < 0 ? path : path.slice(0, dot);
    const name = dot < 0 ? "" : path.slice(dot + 1);
    // Arguments cross as JSON, as they do from a real sandbox.
    const copied = args === undefined ? undefined : JSON.parse(JSON.stringify(args));
    this.pending++;
    this.reportIdleSoon();
    try {
      return await this.request.bridge.call(namespace, name, copied);
    } catch (error) {
      const ending = hostEndingOf(error);
      if (ending) {
        this.end(ending);
        return new Promise(() => {});
      }
      throw error;
    } finally {
      this.pending--;
    }
  }

  /** After this turn of the event loop, a script still waiting on calls has nothing else to do. */
  private reportIdleSoon(): void {
    setTimeout(() => {
      if (!this.settled && this.pending > 0) this.request.bridge.idle?.();
    }, 0);
  }

  private end(outcome: RunEnding): void {
    if (this.settled) return;
    this.settled = true;
    this.settle(outcome);
  }
}

function resultOutcome(value: unknown): RunEnding {
  if (value === undefined || typeof value === "function" || typeof value === "symbol")
    return { status: "completed" };
  return { status: "completed", resultJson: JSON.stringify(value) };
}
