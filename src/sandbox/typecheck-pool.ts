import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ScriptChecker, ScriptDiagnostic } from "../core/compiler.js";
import { DeclarationsKeys } from "./typecheck.js";
import {
  CHECKERS_PER_WORKER,
  type CheckRequest,
  type CheckResponse,
} from "./typecheck-protocol.js";

const CACHE_SIZE = 512;

export interface TypeCheckPoolOptions {
  /** Worker threads at most: half the cores (at least one, at most four) by default. */
  size?: number;
  /** Scripts checked together in one program at most (they share the lib's types). */
  maxBatch?: number;
  /** The worker's entry module; the compiled `typecheck-worker.js` beside this file by default. */
  workerUrl?: URL;
}

interface Job {
  source: string;
  declarations: string;
  declarationsKey: string;
  resolve(diagnostics: readonly ScriptDiagnostic[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** The declarations this worker holds, by key, least recently used first (as it keeps them). */
  held: string[];
  batch?: { request: CheckRequest; jobs: Job[] };
}

/**
 * Type-checks scripts on worker threads, so a check (milliseconds of TypeScript) never holds
 * the event loop, and concurrent executions do not queue behind each other's checks: scripts
 * waiting at the same time are checked together, in one program per batch. Identical scripts
 * are answered from a cache without leaving the thread.
 *
 * @example
 * const checker = new TypeCheckPool({ size: 2 });
 * const diagnostics = await checker.check("await shop.getStock({ skuu: 1 })", declarations);
 */
export class TypeCheckPool implements ScriptChecker {
  private readonly size: number;
  private readonly maxBatch: number;
  private readonly workerUrl: URL;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly cache = new Map<string, readonly ScriptDiagnostic[]>();
  private readonly inFlight = new Map<string, Promise<readonly ScriptDiagnostic[]>>();
  private readonly keys = new DeclarationsKeys();
  private nextId = 1;
  private closed = false;

  constructor(options: TypeCheckPoolOptions = {}) {
    this.size = Math.max(
      1,
      options.size ?? Math.min(4, Math.floor(availableParallelism() / 2) || 1),
    );
    this.maxBatch = Math.max(1, options.maxBatch ?? 32);
    this.workerUrl = options.workerUrl ?? defaultWorkerUrl();
  }

  check(source: string, declarations: string): Promise<readonly ScriptDiagnostic[]> {
    if (this.closed) return Promise.reject(new Error("The type checker is closed."));
    const declarationsKey = this.keys.of(declarations);
    const key = `${declarationsKey}\0${createHash("sha256").update(source).digest("hex")}`;
    const cached = this.cache.get(key);
    if (cached) return Promise.resolve(cached);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const checked = new Promise<readonly ScriptDiagnostic[]>((resolve, reject) => {
      this.queue.push({ source, declarations, declarationsKey, resolve, reject });
      this.dispatch();
    }).then(
      (diagnostics) => {
        this.inFlight.delete(key);
        if (this.cache.size >= CACHE_SIZE)
          this.cache.delete(this.cache.keys().next().value as string);
        this.cache.set(key, diagnostics);
        return diagnostics;
      },
      (error: unknown) => {
        this.inFlight.delete(key);
        throw error;
      },
    );
    this.inFlight.set(key, checked);
    return checked;
  }

  async close(): Promise<void> {
    this.closed = true;
    const error = new Error("The type checker was closed before the script was checked.");
    for (const job of this.queue.splice(0)) job.reject(error);
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => !candidate.batch) ?? this.spawn();
      if (!slot) return;
      const first = this.queue[0] as Job;
      // One batch per declarations text: jobs for other declarations wait for the next one.
      const jobs: Job[] = [];
      for (let index = 0; index < this.queue.length && jobs.length < this.maxBatch; ) {
        const job = this.queue[index] as Job;
        if (job.declarationsKey === first.declarationsKey) {
          jobs.push(job);
          this.queue.splice(index, 1);
        } else index++;
      }
      const request: CheckRequest = {
        id: this.nextId++,
        declarationsKey: first.declarationsKey,
        sources: jobs.map((job) => job.source),
      };
      if (!slot.held.includes(first.declarationsKey)) request.declarations = first.declarations;
      this.send(slot, request, jobs);
    }
  }

  private send(slot: Slot, request: CheckRequest, jobs: Job[]): void {
    slot.held = [
      ...slot.held.filter((key) => key !== request.declarationsKey),
      request.declarationsKey,
    ];
    if (slot.held.length > CHECKERS_PER_WORKER) slot.held.shift();
    slot.batch = { request, jobs };
    slot.worker.ref();
    slot.worker.postMessage(request);
  }

  private spawn(): Slot | undefined {
    if (this.closed || this.slots.length >= this.size) return undefined;
    const worker = new Worker(this.workerUrl);
    const slot: Slot = { worker, held: [] };
    worker.on("message", (response: CheckResponse) => {
      const batch = slot.batch;
      if (!batch || batch.request.id !== response.id) return;
      if ("missing" in response) {
        const declarations = batch.jobs[0]?.declarations ?? "";
        this.send(slot, { ...batch.request, declarations }, batch.jobs);
        return;
      }
      slot.batch = undefined;
      worker.unref();
      if ("error" in response) {
        const error = new Error(`The type checker failed: ${response.error}`);
        for (const job of batch.jobs) job.reject(error);
      } else
        for (const [index, job] of batch.jobs.entries())
          job.resolve(response.diagnostics[index] ?? []);
      this.dispatch();
    });
    const fail = (reason: string) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      const error = new Error(`The type checker stopped (${reason}); run the script again.`);
      for (const job of slot.batch?.jobs ?? []) job.reject(error);
      slot.batch = undefined;
      this.dispatch();
    };
    worker.on("error", (error) => fail(error.message));
    worker.on("exit", (code) => fail(`its thread exited with code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}

/**
 * The compiled worker beside this module; from the TypeScript sources (the project's own tests),
 * the compiled one in `dist/`, since a worker thread runs JavaScript only.
 */
function defaultWorkerUrl(): URL {
  const beside = new URL("./typecheck-worker.js", import.meta.url);
  if (existsSync(beside)) return beside;
  return new URL("../../dist/sandbox/typecheck-worker.js", import.meta.url);
}

let shared: { pool: TypeCheckPool; users: number } | undefined;

/**
 * The process's type-check pool, shared by every runtime in it (its workers keep a checker per
 * catalog): each caller releases its lease when done, and the last release closes the pool.
 */
export function leaseTypeCheckPool(): { checker: ScriptChecker; release(): Promise<void> } {
  shared ??= { pool: new TypeCheckPool(), users: 0 };
  const lease = shared;
  lease.users++;
  let released = false;
  return {
    checker: lease.pool,
    release: async () => {
      if (released) return;
      released = true;
      lease.users--;
      if (lease.users > 0) return;
      if (shared === lease) shared = undefined;
      await lease.pool.close();
    },
  };
}
