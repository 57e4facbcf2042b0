import { type PolicyDecision, policyCall } from "./approval-policy.js";
import { ToolError } from "./errors.js";
import type { RunJournalOptions } from "./run-journal.js";

/** The policy's answer, and the arguments it judged (as the source will use them). */
export interface Judged {
  decision: PolicyDecision;
  args: unknown;
}

/**
 * The policy's answer for one call, judged on what it will really do: the connector prepares
 * it first (the HTTP method and path it sends, the declared operation it amounts to) and may
 * refuse it outright. Fail-closed: a policy that throws refuses the call.
 */
export async function judgeCall(
  { catalog, policy }: Pick<RunJournalOptions, "catalog" | "policy">,
  path: string,
  raw: unknown,
): Promise<Judged> {
  let operation = catalog.get(path);
  // A source that failed to load is tried again (with backoff) when a script calls into it.
  if (!operation && (await catalog.retry(path.slice(0, path.indexOf(".")))))
    operation = catalog.get(path);
  if (!operation) throw catalog.missing(path);
  const connector = catalog.connector(operation.namespace);
  const prepared = await connector?.prepareCall?.(operation.name, raw);
  const args = prepared && "args" in prepared ? prepared.args : raw;
  const target = prepared?.target
    ? catalog.get(`${operation.namespace}.${prepared.target}`)
    : undefined;
  try {
    const decision = await policy.decide(policyCall({ operation, target, args, prepared }), () =>
      connector?.needsApproval?.(operation.name, args),
    );
    return { decision, args };
  } catch (error) {
    throw new ToolError(
      `The approval policy failed on ${path} (${error instanceof Error ? error.message : String(error)}), so the call was not made. Fix the policy, then run again.`,
      { code: "policy_failed", details: { path } },
    );
  }
}
