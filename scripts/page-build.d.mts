import type { BuildOptions, Plugin } from "esbuild";

export const pagePlugin: Plugin;
export const PAGE_BUILD: BuildOptions;
