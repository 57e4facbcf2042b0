// The Web Worker that type-checks scripts for the page (`codemode-typecheck.js`): TypeScript and
// its lib are bundled in it, loaded only when a page asks for a check.
import { typeCheckAnswers } from "../sandbox/typecheck-answer.js";
import type { CheckRequest, CheckResponse } from "../sandbox/typecheck-protocol.js";

interface WorkerScope {
  postMessage(message: CheckResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<CheckRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const answer = typeCheckAnswers();
scope.addEventListener("message", (event) => scope.postMessage(answer(event.data)));
