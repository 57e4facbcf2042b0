import type { DurableEnvironment } from "./durable-environment.js";
import type { ApprovalRecord, ExecutionStatus, JournalStore } from "./journal.js";
import type { ExecutionErrorInfo } from "./sandbox.js";

/** An execution `running` whose `updatedAt` is older than this is taken as interrupted. */
export const STALE_AFTER_MS = 60_000;

/** Tells every process sharing the store (and the console) that an execution changed. */
export async function publishExecution(
  store: JournalStore,
  executionId: string,
  status: ExecutionStatus,
): Promise<void> {
  await store.publish({ type: "execution", executionId, status }).catch(() => {});
}

/** Records a decision on the call its approval held. */
export async function markCall(
  store: JournalStore,
  approval: ApprovalRecord,
  state: "approved" | "rejected",
): Promise<void> {
  const call = (await store.listCalls(approval.executionId)).find(
    (candidate) => candidate.seq === approval.callSeq,
  );
  if (call) await store.putCall({ ...call, state });
}

/** Pending approvals past their expiry become `expired` and their executions `rejected`. */
export async function expireApprovals(env: DurableEnvironment): Promise<number> {
  const { store } = env;
  const now = env.now();
  let expired = 0;
  for (const approval of await store.listApprovals({ status: "pending" })) {
    if (approval.expiresAt === undefined || approval.expiresAt > now) continue;
    const decided = await store.decideApproval(approval.id, {
      status: "expired",
      decidedAt: now,
      decidedBy: "expiry",
    });
    if (!decided) continue;
    expired++;
    await markCall(store, decided, "rejected");
    const error: ExecutionErrorInfo = {
      name: "ApprovalExpiredError",
      code: "approval_expired",
      message: `Nobody decided the approval of ${decided.path} before it expired; the execution was not resumed.`,
    };
    if (
      await store.updateExecution(
        decided.executionId,
        { status: "rejected", error, finishedAt: now, updatedAt: now },
        ["paused"],
      )
    )
      await publishExecution(store, decided.executionId, "rejected");
  }
  return expired;
}

/**
 * Executions left `running` by a process that stopped: they fail, and calls they were making
 * have an unknown outcome (never made again silently). One that stopped before making its
 * approved call (nothing in flight) goes back to `paused`, and `Executions.resumeDecided`
 * resumes it.
 */
export async function recoverExecutions(env: DurableEnvironment): Promise<string[]> {
  const { store, ownerAlive } = env;
  const now = env.now();
  const error: ExecutionErrorInfo = {
    name: "InterruptedError",
    code: "interrupted",
    message:
      "The process running this execution stopped before it finished. Calls it was making have an unknown outcome: check them before running it again.",
  };
  const recovered = await store.recoverInterrupted({
    staleBefore: store.exclusive ? Number.POSITIVE_INFINITY : now - STALE_AFTER_MS,
    now,
    error,
  });
  if (store.exclusive || !ownerAlive) return recovered;
  const running = await store.listExecutions({ status: "running", limit: 1_000 });
  const gone = new Set(
    running.flatMap(({ owner }) =>
      owner && owner !== env.owner && !ownerAlive(owner) ? [owner] : [],
    ),
  );
  for (const owner of gone)
    recovered.push(...(await store.recoverInterrupted({ staleBefore: 0, owner, now, error })));
  return recovered;
}
