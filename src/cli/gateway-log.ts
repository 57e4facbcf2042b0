/** How the gateway writes its log to stderr: sentences for people, or one JSON object a line. */
export type LogFormat = "human" | "json";

/** One thing that happened: `event` names it (`start`, `execute`, `shutdown`...). */
export interface LogEvent {
  event: string;
  message?: string;
  [field: string]: unknown;
}

/**
 * The gateway's log: `codemode: <message>` lines by default; with `json`, each event as one
 * object a line with its time, for log shippers. Events without a message (one per execution)
 * are written only as JSON.
 *
 * @example
 * const logger = createGatewayLog("json");
 * logger.event({ event: "execute", executionId, status: "completed", session });
 */
export function createGatewayLog(format: LogFormat = "human") {
  const write = (text: string) => process.stderr.write(`${text}\n`);
  const event = (entry: LogEvent): void => {
    if (format === "json") write(JSON.stringify({ time: new Date().toISOString(), ...entry }));
    else if (entry.message) write(`codemode: ${entry.message}`);
  };
  return {
    format,
    event,
    /** A sentence for people (in JSON: `{ event: "message", message }`). */
    line: (message: string) => event({ event: "message", message }),
  };
}

export type GatewayLog = ReturnType<typeof createGatewayLog>;
