import type { Executions } from "./executions.js";

/** What one round of housekeeping did. */
export interface MaintenanceReport {
  /** Executions left running by a stopped process, now failed. */
  recovered: number;
  /** Approvals past their expiry, now expired (their executions rejected). */
  expired: number;
  /** Finished executions deleted by the retention policy. */
  pruned: number;
}

export interface Maintenance {
  /** Starts housekeeping on first use (a first round, then a sweep a minute); resolves once the first round is done. */
  started(): Promise<unknown>;
  /** Counts a finished execution: every 100th prunes. */
  finished(): void;
  /** One full round, now. */
  run(): Promise<MaintenanceReport>;
  stop(): void;
}

const SWEEP_MS = 60_000;
const PRUNE_EVERY = 100;

/**
 * Keeps the journal tidy: recovers executions a stopped process left running and expires
 * approvals (at first use, then every minute); prunes finished executions by the retention
 * policy (at first use, then every 100 executions).
 */
export function startMaintenance(
  executions: Executions,
  retention: { maxExecutions: number; maxAgeMs?: number },
): Maintenance {
  const policy = {
    keepFinished: retention.maxExecutions,
    ...(retention.maxAgeMs ? { maxAgeMs: retention.maxAgeMs } : {}),
  };
  const sweep = async (): Promise<Omit<MaintenanceReport, "pruned">> => {
    const recovered = await executions.recover();
    const expired = await executions.expire();
    // Runs stopped before their approved call are resumed now; others left decided, after a while.
    if (recovered.length > 0) await executions.resumeDecided({ only: recovered }).catch(() => 0);
    await executions.resumeDecided().catch(() => 0);
    return { recovered: recovered.length, expired };
  };
  const run = async (): Promise<MaintenanceReport> => ({
    ...(await sweep()),
    pruned: await executions.prune(policy),
  });
  let first: Promise<MaintenanceReport> | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let finishedRuns = 0;
  return {
    started() {
      if (!first) {
        first = run();
        timer = setInterval(() => {
          sweep().catch(() => {});
        }, SWEEP_MS);
        (timer as { unref?: () => void }).unref?.();
      }
      return first;
    },
    run,
    finished() {
      finishedRuns++;
      if (finishedRuns % PRUNE_EVERY === 0) executions.prune(policy).catch(() => {});
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
