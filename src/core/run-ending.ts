import { LimitError, revivedError } from "./errors.js";
import type { ExecutionErrorInfo, RunEnding } from "./sandbox.js";

/** An ending the host imposes on a run through its bridge or its abort signal. */
export type HostEnding = Extract<RunEnding, { status: "limit" | "paused" }>;

const RUN_PAUSE = Symbol.for("codemode.run-pause");

/**
 * What a bridge call rejects with to end the run at an approval gate. Not an error: nothing
 * failed, the script never sees it, and the sandbox reports the run as `paused`. Only the run's
 * journal creates one (it decides when a run pauses); sandboxes recognize it with
 * {@link hostEndingOf}, which also works across threads and realms.
 */
export class RunPause {
  readonly [RUN_PAUSE] = true;
}

/**
 * What a sandbox does with a value a bridge function threw, or with its abort signal's reason:
 * the ending it imposes (a `LimitError` ends the run as `limit`, a {@link RunPause} as `paused`),
 * or undefined for an ordinary error, which is raised in the script.
 *
 * @example
 * const ending = hostEndingOf(error);
 * if (ending) finish(ending); // the run stops now; the script cannot catch it
 * else raiseInScript(error);
 */
export function hostEndingOf(thrown: unknown): HostEnding | undefined {
  if (typeof thrown === "object" && thrown !== null && RUN_PAUSE in thrown)
    return { status: "paused" };
  if (thrown instanceof LimitError) return { status: "limit", error: limitErrorInfo(thrown) };
  return undefined;
}

/** A limit as a run's error: its name, message, code and which limit it was. */
export function limitErrorInfo(error: LimitError): ExecutionErrorInfo {
  return {
    name: error.name,
    message: error.message,
    code: error.code,
    details: { limit: error.limit },
  };
}

/** The value to reject a call with inside a sandbox's own realm, for an ending that crossed as data. */
export function thrownFor(ending: HostEnding): RunPause | LimitError {
  if (ending.status === "paused") return new RunPause();
  const { error } = ending;
  const limit = typeof error.details?.limit === "string" ? error.details.limit : "limit";
  return revivedError(new LimitError("aborted", limit, error.message), error);
}
