// What a result was measured on: Node, the CPU, and how busy the machine was (the load average
// counts every process, other people's test runs included).
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";

/** The machine and its load now. */
export function machine() {
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model ?? "unknown",
    cores: availableParallelism(),
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
  };
}
