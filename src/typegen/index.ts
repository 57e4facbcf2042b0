/**
 * JSON Schema → TypeScript declarations for the catalog: what the model reads (`describe`,
 * `types`, search results) and what scripts are type-checked against.
 */
export { renderDeclarations, renderNamespace, renderOperation } from "./render-namespace.js";
export { renderSignature } from "./render-signature.js";
export type { TypegenOptions } from "./typegen-options.js";
