// The page's stand-in for `node:module`: the JSON Schema validators load ajv with
// `createRequire(...)("ajv")` on first use; in the page those few modules are bundled and handed
// out by name.
import * as ajv from "ajv";
import * as ajv2020 from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";

const MODULES: Record<string, unknown> = {
  ajv,
  "ajv/dist/2020.js": ajv2020,
  "ajv-formats": ajvFormats,
};

export function createRequire(_from: string): (id: string) => unknown {
  return (id) => {
    if (!(id in MODULES)) throw new Error(`${id} is not part of codemode's page build.`);
    return MODULES[id];
  };
}
