import type { JournalEvent } from "../core/journal.js";

export type LiveState = "connecting" | "live" | "offline";

export interface LiveEventsHandlers {
  onEvent(event: JournalEvent): void;
  onState(state: LiveState): void;
  /** The stream is back after a gap: whatever happened meanwhile was not heard. */
  onReconnected(): void;
  /** The stream was refused or lost for good; answers whether to try again. */
  onClosed(): Promise<boolean>;
}

const RETRY_MS = 3000;

/**
 * Listens to `/api/events` (server-sent events of every journal change; the session cookie goes
 * with it, same origin). The browser retries a dropped stream on its own; a refused one (the
 * session ended) is handed to `onClosed`, and retried if it says so.
 */
export function connectLiveEvents(handlers: LiveEventsHandlers): { close(): void } {
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gap = false;
  let stopped = false;

  const listener = (message: MessageEvent<string>) => {
    try {
      handlers.onEvent(JSON.parse(message.data) as JournalEvent);
    } catch {
      // not an event of ours
    }
  };

  const open = () => {
    handlers.onState("connecting");
    const current = new EventSource("/api/events");
    source = current;
    current.addEventListener("execution", listener);
    current.addEventListener("approval", listener);
    current.onopen = () => {
      handlers.onState("live");
      if (gap) handlers.onReconnected();
      gap = false;
    };
    current.onerror = () => {
      gap = true;
      if (current.readyState !== EventSource.CLOSED) {
        handlers.onState("connecting");
        return;
      }
      handlers.onState("offline");
      void handlers.onClosed().then((again) => {
        if (again && !stopped) timer = setTimeout(open, RETRY_MS);
      });
    };
  };

  open();
  return {
    close() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      source?.close();
    },
  };
}
