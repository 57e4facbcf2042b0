// The page's stand-in for `node:fs/promises`: the OpenAPI connector reads files and keeps a cache
// folder only when given a file path or a cache directory, which a page never gives.
import { unavailable } from "./unavailable.js";

export const readFile = async (path: unknown): Promise<never> => unavailable(`files (${path})`);
export const writeFile = async (): Promise<never> => unavailable("files");
export const mkdir = async (): Promise<never> => unavailable("files");
export const rename = async (): Promise<never> => unavailable("files");
export const rm = async (): Promise<never> => unavailable("files");
export const stat = async (): Promise<never> => unavailable("files");
