import type { EmittedContent, ResultReference, RunDataStore } from "../core/run-data.js";
import { StoreConflictError } from "../core/store-errors.js";

/**
 * {@link RunDataStore} in plain maps, for the in-memory journal. `exists` tells whether an
 * execution is still kept: references and emitted content of a pruned one are gone with it.
 */
export class MemoryRunData implements RunDataStore {
  readonly #references = new Map<string, ResultReference>();
  /** Each execution's reference ids, to drop them with it. */
  readonly #referencesOf = new Map<string, Set<string>>();
  readonly #tokens = new Map<string, Map<string, number>>();
  readonly #values = new Map<string, string[]>();
  readonly #state = new Map<string, string>();
  readonly #emitted = new Map<string, EmittedContent[]>();

  constructor(private readonly exists: (executionId: string) => boolean) {}

  /** Drops what belongs to an execution that is deleted (its references, its emitted content). */
  forget(executionId: string): void {
    for (const id of this.#referencesOf.get(executionId) ?? []) this.#references.delete(id);
    this.#referencesOf.delete(executionId);
    this.#emitted.delete(executionId);
  }

  async putReference(reference: ResultReference): Promise<void> {
    if (this.#references.has(reference.id))
      throw new StoreConflictError(
        `A record with this key already exists (reference ${reference.id}).`,
      );
    this.#references.set(reference.id, { ...reference });
    const ids = this.#referencesOf.get(reference.executionId) ?? new Set<string>();
    ids.add(reference.id);
    this.#referencesOf.set(reference.executionId, ids);
  }

  async getReference(id: string): Promise<ResultReference | undefined> {
    const reference = this.#references.get(id);
    if (reference && !this.exists(reference.executionId)) {
      this.#references.delete(id);
      return undefined;
    }
    return reference && { ...reference };
  }

  async privacyToken(kind: string, value: string): Promise<number> {
    let numbers = this.#tokens.get(kind);
    if (!numbers) {
      numbers = new Map();
      this.#tokens.set(kind, numbers);
      this.#values.set(kind, []);
    }
    const known = numbers.get(value);
    if (known !== undefined) return known;
    const values = this.#values.get(kind) ?? [];
    values.push(value);
    numbers.set(value, values.length);
    return values.length;
  }

  async privacyValue(kind: string, number: number): Promise<string | undefined> {
    return this.#values.get(kind)?.[number - 1];
  }

  async getState(scope: string, key: string): Promise<string | undefined> {
    return this.#state.get(stateKey(scope, key));
  }

  async setState(scope: string, key: string, value: string | undefined): Promise<void> {
    if (value === undefined) this.#state.delete(stateKey(scope, key));
    else this.#state.set(stateKey(scope, key), value);
  }

  async putEmitted(executionId: string, contents: readonly EmittedContent[]): Promise<void> {
    this.#emitted.set(executionId, structuredClone([...contents]));
  }

  async listEmitted(executionId: string): Promise<EmittedContent[]> {
    if (!this.exists(executionId)) this.#emitted.delete(executionId);
    return structuredClone(this.#emitted.get(executionId) ?? []);
  }
}

function stateKey(scope: string, key: string): string {
  return `${scope}\u0000${key}`;
}
