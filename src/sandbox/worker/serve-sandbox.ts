import { CodemodeError, revivedError } from "../../core/errors.js";
import type { Draw } from "../../core/journal.js";
import { safeParseJson } from "../../core/json.js";
import { thrownFor } from "../../core/run-ending.js";
import type { Nondeterminism, Sandbox, SandboxBridge } from "../../core/sandbox.js";
import {
  DRAW_HEADER_BYTES,
  DRAW_PENDING,
  type HostToWorker,
  type WireThrown,
  type WorkerToHost,
} from "./protocol.js";

/** The worker's end of its channel to the host: a Node worker thread's or a Web Worker's. */
export interface WorkerPort {
  send(message: WorkerToHost): void;
  listen(handler: (message: HostToWorker) => void): void;
}

/**
 * Runs the host's scripts in `sandbox`, inside a worker (a Node worker thread or a page's Web
 * Worker): host calls, console output and draws go back over `port`; the worker holds no
 * connector, credential or journal.
 */
export function serveSandbox(port: WorkerPort, sandbox: Sandbox): void {
  const send = (message: WorkerToHost) => port.send(message);
  let calls = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  let controller: AbortController | undefined;
  let lastCallId = 0;

  port.listen((message) => {
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
      nondeterminism: message.draws
        ? drawFrom(message.draws, send)
        : drawHere(message.replay ?? [], send),
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
}

/** What a bridge function threw, in this realm: the ending it imposes, or the error to raise. */
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

/** Asks the host and waits on the shared buffer for its answer. */
function drawFrom(
  buffer: SharedArrayBuffer,
  send: (message: WorkerToHost) => void,
): Nondeterminism {
  const decoder = new TextDecoder();
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

/**
 * Replays the recorded values in order (one of another kind is skipped, as the journal does) and
 * draws the rest here; every value is reported, in order, for the host's journal.
 */
function drawHere(replay: readonly Draw[], send: (message: WorkerToHost) => void): Nondeterminism {
  let index = 0;
  const draw = (kind: Draw["kind"], fresh: () => number | string) => {
    const recorded = replay[index++];
    const value = recorded?.kind === kind ? recorded.value : fresh();
    send({ type: "drew", draw: { kind, value } });
    return value;
  };
  return {
    now: () => draw("now", () => Date.now()) as number,
    random: () => draw("random", () => Math.random()) as number,
    randomUUID: () => draw("uuid", () => crypto.randomUUID()) as string,
  };
}
