/** The lib's declaration files by file name, made by the page build (scripts/bundle-browser.mjs). */
declare module "codemode-typescript-lib" {
  export const LIB_FILES: Record<string, string>;
}
