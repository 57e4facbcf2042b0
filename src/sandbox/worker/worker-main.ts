import { parentPort } from "node:worker_threads";
import { createQuickJSSandbox } from "../quickjs/quickjs-sandbox.js";
import type { HostToWorker } from "./protocol.js";
import { serveSandbox } from "./serve-sandbox.js";

/** Runs QuickJS sandboxes off the host's main thread; everything else stays on the host. */
const port = parentPort;
if (!port) throw new Error("worker-main runs inside a worker thread.");
serveSandbox(
  {
    send: (message) => port.postMessage(message),
    listen: (handler) => port.on("message", (message: HostToWorker) => handler(message)),
  },
  createQuickJSSandbox(),
);
