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
  private refusals = 0;
  private closed = false;
  /** Told of each refusal (for metrics). */
  onRefusal: (() => void) | undefined;

  constructor(readonly limits: AdmissionLimits) {}

  /** Whether a new execution would be refused: every slot taken and the queue full, or closed. */
  full(): boolean {
    return (
      this.closed ||
      (this.running >= this.limits.maxConcurrent && this.waiting.length >= this.limits.maxQueued)
    );
  }

  /** Counts a refusal (the caller answers 503) and returns the Retry-After seconds. */
  refuse(): number {
    this.refusals++;
    this.onRefusal?.();
    return this.retryAfterSeconds();
  }

  /** Admits nothing more (shutting down); what runs and waits goes on. */
  close(): void {
    this.closed = true;
  }

  /** Resolves once nothing runs or waits, or after `ms`; true when it emptied. */
  async drained(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (this.running > 0 || this.waiting.length > 0) {
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return true;
  }

  /** Seconds a refused client should wait: about one turn of the queue. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.waiting.length / Math.max(1, this.limits.maxConcurrent)));
  }

  /** Runs `work` when a slot is free (waiting in order); throws when even the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) throw new AdmissionRefusedError(this.refuse(), "the gateway is shutting down");
    if (this.running >= this.limits.maxConcurrent) {
      if (this.waiting.length >= this.limits.maxQueued)
        throw new AdmissionRefusedError(this.refuse());
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

  /** Executions refused since start. */
  get refused(): number {
    return this.refusals;
  }
}

/** The gateway is saturated: every slot and the queue are taken. */
export class AdmissionRefusedError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    why = "the gateway is at its limit of concurrent and queued executions",
  ) {
    super(`${why[0]?.toUpperCase()}${why.slice(1)}: try again in ${retryAfterSeconds} s.`);
    this.name = "AdmissionRefusedError";
  }
}
