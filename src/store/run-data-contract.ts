import { expect, it } from "vitest";
import type { ExecutionRecord, JournalStore } from "../core/journal.js";

/**
 * The behaviour every store must have for references, privacy tokens, state and emitted content;
 * run inside `describeJournalStoreContract`, so every store passes it.
 */
export function describeRunDataContract(
  current: () => JournalStore,
  sample: (overrides?: Partial<ExecutionRecord>) => ExecutionRecord,
): void {
  it("keeps a reference whole until its execution is pruned", async () => {
    const store = current();
    await store.createExecution(sample({ id: "e1", status: "completed", finishedAt: 1 }));
    const value = JSON.stringify(Array.from({ length: 2000 }, (_, index) => ({ index })));
    await store.putReference({
      id: "ref_a",
      executionId: "e1",
      kind: "result",
      value,
      createdAt: 5,
    });
    expect(await store.getReference("ref_a")).toEqual({
      id: "ref_a",
      executionId: "e1",
      kind: "result",
      value,
      createdAt: 5,
    });
    expect(await store.getReference("ref_missing")).toBeUndefined();
    await expect(
      store.putReference({
        id: "ref_a",
        executionId: "e1",
        kind: "logs",
        value: "[]",
        createdAt: 6,
      }),
    ).rejects.toThrow(/already exists/);
    await store.prune({ keepFinished: 0 }, 10);
    expect(await store.getExecution("e1")).toBeUndefined();
    expect(await store.getReference("ref_a")).toBeUndefined();
  });

  it("numbers privacy tokens per kind: the same value, the same number", async () => {
    const store = current();
    const first = await store.privacyToken("email", "ada@example.com");
    const second = await store.privacyToken("email", "alan@example.com");
    const phone = await store.privacyToken("phone", "+33142685300");
    expect([first, second, phone]).toEqual([1, 2, 1]);
    expect(await store.privacyToken("email", "ada@example.com")).toBe(1);
    const concurrent = await Promise.all(
      ["a@x.io", "b@x.io", "a@x.io", "c@x.io"].map((value) => store.privacyToken("email", value)),
    );
    expect(concurrent[0]).toBe(concurrent[2]);
    expect(new Set(concurrent).size).toBe(3);
    expect(await store.privacyValue("email", 2)).toBe("alan@example.com");
    expect(await store.privacyValue("email", 99)).toBeUndefined();
    expect(await store.privacyValue("iban", 1)).toBeUndefined();
  });

  it("keeps state per scope and key, and deletes it", async () => {
    const store = current();
    await store.setState("session-a", "cursor", '{"page":2}', 1);
    await store.setState("session-a", "cursor", '{"page":3}', 2);
    await store.setState("session-b", "other", "1", 2);
    expect(await store.getState("session-a", "cursor")).toBe('{"page":3}');
    expect(await store.getState("session-b", "cursor")).toBeUndefined();
    await store.setState("session-a", "cursor", undefined, 3);
    expect(await store.getState("session-a", "cursor")).toBeUndefined();
  });

  it("replaces an execution's emitted content, in order", async () => {
    const store = current();
    await store.createExecution(sample({ id: "e2" }));
    await store.putEmitted("e2", [{ type: "text", text: "first run" }]);
    const contents = [
      { type: "text" as const, text: "hello" },
      { type: "image" as const, data: "iVBORw0KGgo=", mimeType: "image/png" },
    ];
    await store.putEmitted("e2", contents);
    expect(await store.listEmitted("e2")).toEqual(contents);
    expect(await store.listEmitted("e-none")).toEqual([]);
  });
}
