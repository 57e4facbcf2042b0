import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { threadId } from "node:worker_threads";

/** This runtime's owner id: host, process and thread, so that another process can tell it is gone. */
export function runtimeOwner(): string {
  return `${hostname()}/${process.pid}/${threadId}/${randomUUID()}`;
}

/** False only for an owner on this host whose process no longer runs. */
export function ownerAlive(owner: string): boolean {
  const [host, pidText] = owner.split("/");
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}
