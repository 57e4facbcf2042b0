// The page's `sandbox/typescript-host.ts`: TypeScript bundled into the type-check worker, and the
// lib's declaration files as texts the build reads from the typescript package.

import { LIB_FILES } from "codemode-typescript-lib";
import typescript from "typescript";

const LIB_DIRECTORY = "/lib";

export const typescriptHost = {
  load: (): typeof typescript => typescript,
  libDirectory: (): string => LIB_DIRECTORY,
  readLib: (path: string): string | undefined => LIB_FILES[path.slice(LIB_DIRECTORY.length + 1)],
  /** FNV-1a, twice with different seeds: a key for the checker's caches, not a secret. */
  hash: (text: string): string => fnv(text, 0x811c9dc5) + fnv(text, 0x01000193),
};

function fnv(text: string, seed: number): string {
  let hash = seed;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
