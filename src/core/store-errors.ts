import { StoreError } from "./errors.js";

export { StoreError };

type ErrorOptions = { cause?: unknown; details?: Record<string, unknown> };

/** The database cannot be reached, or the connection was lost; nothing was half-written. */
export class StoreUnavailableError extends StoreError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, { ...options, code: "store_unavailable" });
  }
}

/** The embedded store is open in another process (it serves one process at a time). */
export class StoreInUseError extends StoreError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, { ...options, code: "store_in_use" });
  }
}

/** A record with the same key already exists. */
export class StoreConflictError extends StoreError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, { ...options, code: "store_conflict" });
  }
}

/** A row read back is not a valid journal record (written by something else, or damaged). */
export class StoreCorruptError extends StoreError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, { ...options, code: "store_corrupt" });
  }
}
