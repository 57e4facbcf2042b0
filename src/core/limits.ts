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
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  timeoutMs: 30_000,
  cpuMs: 30_000,
  memoryMb: 64,
  maxToolCalls: 1000,
  maxOutputChars: 20_000,
  maxCallBytes: 8 * 1024 * 1024,
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
  };
}
