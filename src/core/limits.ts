/** What one execution may use. Every limit ends the run with its own error when reached. */
export interface Limits {
  /** Wall time of the whole run, waits on tool calls included. */
  timeoutMs: number;
  /** Time the script may compute without yielding: stops `while(true){}` and runaway regexes. */
  cpuMs: number;
  /** Memory of the sandbox: a hard cap. */
  memoryMb: number;
  /** Tool calls per run. */
  maxToolCalls: number;
  /** Characters of console output per run; the returned value is truncated to the same size. */
  maxOutputChars: number;
  /**
   * Size of one call's arguments and of its result, as JSON (characters): a call past it is
   * refused, a result past it withheld, and neither is journaled whole.
   */
  maxCallBytes: number;
  /**
   * A run still going after this long is returned as `running` (and keeps running): wait for it
   * with `wait(executionId)`. Unset: the gateway yields after 20 s, the library never; 0: never.
   */
  yieldAfterMs?: number;
  /** A result or output longer than `maxOutputChars` is kept whole by reference up to this size (0: cut instead). */
  maxRefChars: number;
  /** Characters of content a run may emit for the user (`codemode.emit`), base64 included. */
  maxEmittedChars: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  timeoutMs: 30_000,
  cpuMs: 30_000,
  memoryMb: 64,
  maxToolCalls: 1000,
  maxOutputChars: 20_000,
  maxCallBytes: 8 * 1024 * 1024,
  maxRefChars: 16 * 1024 * 1024,
  maxEmittedChars: 8 * 1024 * 1024,
});

/** Fills unset limits from the defaults; `cpuMs` defaults to `timeoutMs` when only that is given. */
export function resolveLimits(...layers: (Partial<Limits> | undefined)[]): Limits {
  const merged: Partial<Limits> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined) (merged as Record<string, number>)[key] = value;
    }
  }
  const timeoutMs = merged.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  return {
    timeoutMs,
    cpuMs: merged.cpuMs ?? Math.min(timeoutMs, DEFAULT_LIMITS.cpuMs),
    memoryMb: merged.memoryMb ?? DEFAULT_LIMITS.memoryMb,
    maxToolCalls: merged.maxToolCalls ?? DEFAULT_LIMITS.maxToolCalls,
    maxOutputChars: merged.maxOutputChars ?? DEFAULT_LIMITS.maxOutputChars,
    maxCallBytes: merged.maxCallBytes ?? DEFAULT_LIMITS.maxCallBytes,
    ...(merged.yieldAfterMs === undefined ? {} : { yieldAfterMs: merged.yieldAfterMs }),
    maxRefChars: merged.maxRefChars ?? DEFAULT_LIMITS.maxRefChars,
    maxEmittedChars: merged.maxEmittedChars ?? DEFAULT_LIMITS.maxEmittedChars,
  };
}
