import { describe, expect, it } from "vitest";
import { Admission, AdmissionRefusedError } from "./admission.js";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe("Admission", () => {
  it("runs at most maxConcurrent at once, queues the next in order, refuses past the queue", async () => {
    const admission = new Admission({ maxConcurrent: 2, maxQueued: 2 });
    const gates = Array.from({ length: 4 }, deferred);
    const started: number[] = [];
    const runs = gates.map((gate, index) =>
      admission.run(async () => {
        started.push(index);
        await gate.promise;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(admission.stats()).toEqual({ running: 2, waiting: 2 });
    expect(admission.full()).toBe(true);
    await expect(admission.run(async () => 99)).rejects.toBeInstanceOf(AdmissionRefusedError);

    gates[1]?.resolve();
    await runs[1];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([0, 1, 2]);
    expect(admission.full()).toBe(false);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(admission.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the slot when the work throws", async () => {
    const admission = new Admission({ maxConcurrent: 1, maxQueued: 0 });
    await expect(
      admission.run(async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    await expect(admission.run(async () => "ok")).resolves.toBe("ok");
  });

  it("tells a refused client to wait about one turn of the queue", () => {
    const admission = new Admission({ maxConcurrent: 4, maxQueued: 0 });
    expect(admission.retryAfterSeconds()).toBe(1);
  });
});

describe("Admission when shutting down", () => {
  it("refuses new work once closed, counts refusals, and tells when what ran has drained", async () => {
    const admission = new Admission({ maxConcurrent: 1, maxQueued: 1 });
    let notified = 0;
    admission.onRefusal = () => notified++;
    let finish: () => void = () => {};
    const running = admission.run(() => new Promise<void>((resolve) => (finish = resolve)));
    await Promise.resolve();
    admission.close();
    expect(admission.full()).toBe(true);
    await expect(admission.run(async () => 1)).rejects.toThrow(/shutting down/);
    expect([admission.refused, notified]).toEqual([1, 1]);
    expect(await admission.drained(30)).toBe(false);
    finish();
    await running;
    expect(await admission.drained(1_000)).toBe(true);
  });
});
