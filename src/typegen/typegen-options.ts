/** Limits that keep declarations readable and bounded, whatever the schemas. */
export interface TypegenOptions {
  /** Object/array levels rendered before `unknown /* depth cap … *\/`. Default 8. */
  maxDepth?: number;
  /** Characters per declaration (one function, or one named type) before members are cut. Default 6000. */
  maxChars?: number;
}

export const DEFAULT_MAX_DEPTH = 8;
export const DEFAULT_MAX_CHARS = 6000;

export function resolveTypegenOptions(options: TypegenOptions = {}): Required<TypegenOptions> {
  return {
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxChars: options.maxChars ?? DEFAULT_MAX_CHARS,
  };
}
