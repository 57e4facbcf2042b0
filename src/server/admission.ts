/** How many executions the gateway runs at once, and how many may wait for a turn. */
export interface AdmissionLimits {
  /** Executions running at once (default: 4 per worker thread). */
  maxConcurrent: number;
  /** Executions waiting for a turn; past this, new ones are refused (HTTP 503 with Retry-After). */
  maxQueued: number;
}

/**
 * Admission control for executions: up to `maxConcurrent` run, up to `maxQueued` wait in order,
 * and the HTTP layer refuses more with 503 and Retry-After (see {@link Admission.full}) before
 * anything is parsed or journaled. Memory stays bounded however many clients send work.
 *
 * @example
 * const admission = new Admission({ maxConcurrent: 8, maxQueued: 64 });
 * const result = await admission.run(() => codeMode.execute(code));
 */
export class Admission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limits: AdmissionLimits) {}

  /** Whether a new execution would be refused: every slot taken and the queue full. */
  full(): boolean {
    return (
      this.running >= this.limits.maxConcurrent && this.waiting.length >= this.limits.maxQueued
    );
  }

  /** Seconds a refused client should wait: about one turn of the queue. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.waiting.length / Math.max(1, this.limits.maxConcurrent)));
  }

  /** Runs `work` when a slot is free (waiting in order); throws when even the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limits.maxConcurrent) {
      if (this.waiting.length >= this.limits.maxQueued)
        throw new AdmissionRefusedError(this.retryAfterSeconds());
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes to the next in line, or frees.
      if (next) next();
      else this.running--;
    }
  }

  stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/** The gateway is saturated: every slot and the queue are taken. */
export class AdmissionRefusedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `The gateway is at its limit of concurrent and queued executions: try again in ${retryAfterSeconds} s.`,
    );
    this.name = "AdmissionRefusedError";
  }
}
