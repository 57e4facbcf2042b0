// The Web Worker that runs scripts for `WebWorkerSandbox`: the QuickJS engine and nothing of
// the page. Built as `codemode-worker.js` beside `codemode.js`.
import { createQuickJSSandbox } from "../sandbox/quickjs/quickjs-sandbox.js";
import type { HostToWorker, WorkerToHost } from "../sandbox/worker/protocol.js";
import { serveSandbox } from "../sandbox/worker/serve-sandbox.js";

/** The part of a dedicated worker's global scope this uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: WorkerToHost): void;
  addEventListener(type: "message", listener: (event: MessageEvent<HostToWorker>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
serveSandbox(
  {
    send: (message) => scope.postMessage(message),
    listen: (handler) => scope.addEventListener("message", (event) => handler(event.data)),
  },
  createQuickJSSandbox(),
);
