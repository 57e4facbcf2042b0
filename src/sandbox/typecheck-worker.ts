import { parentPort } from "node:worker_threads";
import { typeCheckAnswers } from "./typecheck-answer.js";
import type { CheckRequest } from "./typecheck-protocol.js";

// One thread of the type-check pool.
const port = parentPort;
if (!port) throw new Error("typecheck-worker.js runs as a worker thread.");
const answer = typeCheckAnswers();
port.on("message", (request: CheckRequest) => {
  port.postMessage(answer(request));
});
