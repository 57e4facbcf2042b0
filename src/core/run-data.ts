/**
 * What runs keep beside the journal: whole results kept by reference, the tokens that stand for
 * personal data, each session's state, and the content scripts emit for the user. Every journal
 * store keeps these too (one contract suite covers them).
 */

/** A value too long for the model, kept whole under a handle `ref_<id>`. */
export interface ResultReference {
  /** `ref_…`, what the model is given and `codemode.load` takes. */
  id: string;
  /** The execution that made it: it is deleted with it. */
  executionId: string;
  /** The run's returned value, or its console output. */
  kind: "result" | "logs";
  /** The whole value as JSON text. */
  value: string;
  createdAt: number;
}

/** Content a script shows the user, never the model: text, or an image or file as base64. */
export type EmittedContent =
  | { type: "text"; text: string }
  | { type: "image"; data: string; mimeType: string; name?: string }
  | { type: "file"; data: string; mimeType: string; name: string };

/** The store's side of references, tokens, state and emitted content. */
export interface RunDataStore {
  /** Keeps a value whole; its id is new. */
  putReference(reference: ResultReference): Promise<void>;
  /** The value kept under `id`, or undefined when there is none (or its execution was pruned). */
  getReference(id: string): Promise<ResultReference | undefined>;
  /**
   * The number of the token that stands for `value` of this kind: the same value gets the same
   * number in this store, a new one the next free number (from 1), whichever process asks first.
   */
  privacyToken(kind: string, value: string): Promise<number>;
  /** The value a token of this store stands for, or undefined. */
  privacyValue(kind: string, number: number): Promise<string | undefined>;
  /** A state value as JSON text, or undefined. */
  getState(scope: string, key: string): Promise<string | undefined>;
  /** Sets (or, given undefined, deletes) a state value given as JSON text. */
  setState(scope: string, key: string, value: string | undefined, now: number): Promise<void>;
  /** Replaces what an execution emitted (each run emits anew). */
  putEmitted(executionId: string, contents: readonly EmittedContent[]): Promise<void>;
  listEmitted(executionId: string): Promise<EmittedContent[]>;
}
