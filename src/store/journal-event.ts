import { APPROVAL_STATUSES, EXECUTION_STATUSES, type JournalEvent } from "../core/journal.js";
import { safeParseJson } from "../core/json.js";

/** A journal event as it travels between processes, tagged with the store that sent it. */
export interface EventMessage {
  origin: string;
  event: JournalEvent;
}

export function encodeEventMessage(message: EventMessage): string {
  return JSON.stringify(message);
}

/** The message in a notification payload, or undefined when it is not one of ours. */
export function decodeEventMessage(payload: string): EventMessage | undefined {
  const parsed = safeParseJson(payload);
  if (!parsed.success || typeof parsed.value !== "object" || parsed.value === null)
    return undefined;
  const { origin, event } = parsed.value as { origin?: unknown; event?: Record<string, unknown> };
  if (typeof origin !== "string" || typeof event !== "object" || event === null) return undefined;
  if (
    event.type === "execution" &&
    typeof event.executionId === "string" &&
    EXECUTION_STATUSES.includes(event.status as never)
  )
    return { origin, event: event as JournalEvent };
  if (
    event.type === "approval" &&
    typeof event.approvalId === "string" &&
    typeof event.executionId === "string" &&
    APPROVAL_STATUSES.includes(event.status as never)
  )
    return { origin, event: event as JournalEvent };
  return undefined;
}
