import { parentPort } from "node:worker_threads";
import { CodemodeError, revivedError } from "../../core/errors.js";
import { safeParseJson } from "../../core/json.js";
import { thrownFor } from "../../core/run-ending.js";
import type { SandboxBridge } from "../../core/sandbox.js";
import { createQuickJSSandbox } from "../quickjs/quickjs-sandbox.js";
import {
  DRAW_HEADER_BYTES,
  DRAW_PENDING,
  type HostToWorker,
  type WireThrown,
  type WorkerToHost,
} from "./protocol.js";

/** Runs QuickJS sandboxes off the host's main thread; everything else stays on the host. */
const port = parentPort;
if (!port) throw new Error("worker-main runs inside a worker thread.");
const sandbox = createQuickJSSandbox();
const send = (message: WorkerToHost) => port.postMessage(message);
const decoder = new TextDecoder();

let calls = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
let controller: AbortController | undefined;
let lastCallId = 0;

function revive(thrown: WireThrown): unknown {
  if ("ending" in thrown) return thrownFor(thrown.ending);
  const wire = thrown.error;
  return revivedError(
    new CodemodeError(
      "tool_failed",
      wire.message,
      wire.details ? { details: wire.details } : undefined,
    ),
    wire,
  );
}

function drawFrom(buffer: SharedArrayBuffer): SandboxBridge["nondeterminism"] {
  const header = new Int32Array(buffer, 0, 2);
  const bytes = new Uint8Array(buffer, DRAW_HEADER_BYTES);
  const draw = (kind: "now" | "random" | "uuid"): string => {
    Atomics.store(header, 0, DRAW_PENDING);
    send({ type: "draw", kind });
    if (Atomics.wait(header, 0, DRAW_PENDING, 10_000) === "timed-out") {
      throw new Error("The host did not answer a request for the time or a random value.");
    }
    return decoder.decode(bytes.slice(0, Atomics.load(header, 1)));
  };
  return {
    now: () => Number(draw("now")),
    random: () => Number(draw("random")),
    randomUUID: () => draw("uuid"),
  };
}

port.on("message", (message: HostToWorker) => {
  if (message.type === "result") {
    const call = calls.get(message.callId);
    calls.delete(message.callId);
    if (!call) return;
    if (message.thrown) call.reject(revive(message.thrown));
    else if (message.value === undefined) call.resolve(undefined);
    else {
      const parsed = safeParseJson(message.value);
      if (parsed.success) call.resolve(parsed.value);
      else call.reject(parsed.error);
    }
    return;
  }
  if (message.type === "abort") {
    controller?.abort(revive(message.thrown));
    return;
  }
  calls = new Map();
  controller = new AbortController();
  const bridge: SandboxBridge = {
    call: (namespace, name, args) =>
      new Promise((resolve, reject) => {
        const callId = ++lastCallId;
        calls.set(callId, { resolve, reject });
        send({ type: "call", callId, namespace, name, args });
      }),
    log: (level, text) => send({ type: "log", level, text }),
    nondeterminism: drawFrom(message.draws),
    ...(message.reportIdle ? { idle: () => send({ type: "idle" }) } : {}),
  };
  sandbox
    .run({
      code: message.code,
      globals: message.globals,
      positional: message.positional,
      ...(message.scripts ? { scripts: message.scripts } : {}),
      ...(message.input !== undefined ? { input: message.input } : {}),
      limits: message.limits,
      bridge,
      signal: controller.signal,
    })
    .then(
      (ending) => send({ type: "done", ending }),
      (error: unknown) =>
        send({
          type: "done",
          ending: { status: "failed", error: { name: "InternalError", message: String(error) } },
        }),
    );
});
send({ type: "ready" });
