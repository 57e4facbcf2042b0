import { clip } from "./clip.js";
import { ReplayDivergenceError, revivedError, ToolError } from "./errors.js";
import type { CallRecord } from "./journal.js";
import type { ExecutionErrorInfo } from "./sandbox.js";

/** A new call a resumed run made while recorded ones remain unmatched: it waits, or fails as a divergence. */
export interface HeldCall {
  path: string;
  args: string;
  release: () => void;
  fail: (error: unknown) => void;
}

/** A call's identity in the journal: namespace, name, canonical arguments and occurrence. */
export function identity(
  namespace: string,
  name: string,
  args: string,
  occurrence: number,
): string {
  return `${namespace}.${name}\u0000${args}\u0000${occurrence}`;
}

/** A journaled failure, raised again in the resumed script as it was first. */
export function recordedError(info: ExecutionErrorInfo | undefined): ToolError {
  const error = new ToolError(
    info?.message ?? "The call failed.",
    info?.details ? { details: info.details } : undefined,
  );
  if (!info) return error;
  return revivedError(error, {
    ...(info.code ? { code: info.code } : {}),
    ...(info.name ? { name: info.name } : {}),
  });
}

/**
 * The error of a resumed run that left its journal: the first journaled call it did not make
 * (`expected`), and the call it made instead (`got`, absent when it made none).
 */
export function replayDivergence(
  expected: CallRecord | undefined,
  got: { path: string; args: string } | undefined,
): ReplayDivergenceError {
  const shown = expected
    ? `${expected.namespace}.${expected.name}(${clip(expected.args, 200)})`
    : "";
  const message = got
    ? `The resumed run diverged from its journal: it called ${got.path}(${clip(got.args, 200)}) where the journal has ${shown} (call #${(expected?.seq ?? 0) + 1}). The code or something it depends on changed since the execution paused; nothing new was made.`
    : `The resumed run diverged from its journal: it never made ${shown} (call #${(expected?.seq ?? 0) + 1}), which the first run made. Nothing new was made.`;
  return new ReplayDivergenceError(message, {
    expected: expected
      ? { path: `${expected.namespace}.${expected.name}`, args: expected.args, seq: expected.seq }
      : null,
    got: got ? { path: got.path, args: got.args } : null,
  });
}
