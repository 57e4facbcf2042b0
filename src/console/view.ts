import type { JournalEvent } from "../core/journal.js";
import type { Route } from "./routes.js";

/** One page of the console. */
export interface View {
  readonly element: HTMLElement;
  /** For the document's title. */
  readonly title: string;
  /** A change in the journal, from the live event stream. */
  onJournalEvent?(event: JournalEvent): void;
  /** The event stream came back after a gap: changes may have been missed. */
  refresh?(): void;
  /** A new route of the same page (a search, another operation): true when handled in place. */
  update?(route: Route): boolean;
  dispose?(): void;
}

/** What every view may use of the console around it. */
export interface ConsoleContext {
  /** Says something to screen readers (a polite live region). */
  announce(message: string): void;
}

/** Calls `action` once, `ms` after the last of a burst of calls. */
export function debounce(action: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      action();
    }, ms);
  };
}

/** Runs `action` one at a time: calls made while it runs fold into one more run after it. */
export function serialized(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await action();
        } while (again);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
}
