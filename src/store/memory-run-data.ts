import type { EmittedContent, ResultReference, RunDataStore } from "../core/run-data.js";
import { StoreConflictError } from "./store-errors.js";

/**
 * {@link RunDataStore} in plain maps, for the in-memory journal. `exists` tells whether an
 * execution is still kept: references and emitted content of a pruned one are gone with it.
 */
export class MemoryRunData implements RunDataStore {
  readonly #references = new Map<string, ResultReference>();
  readonly #tokens = new Map<string, Map<string, number>>();
  readonly #values = new Map<string, string[]>();
  readonly #state = new Map<string, string>();
  readonly #emitted = new Map<string, EmittedContent[]>();

  constructor(private readonly exists: (executionId: string) => boolean) {}

  async putReference(reference: ResultReference): Promise<void> {
    if (this.#references.has(reference.id))
      throw new StoreConflictError(
        `A record with this key already exists (reference ${reference.id}).`,
      );
    this.#references.set(reference.id, { ...reference });
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
