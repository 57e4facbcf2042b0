import { createRequire as __cr } from "node:module";
const require = __cr(import.meta.url);

import { m as e, j as l, k as o, l as p } from "./chunk-XNSQHAKM.js";
import "./chunk-7QWMKDIK.js";
export {
  e as QuickJSWASMModule,
  l as QuickJSModuleCallbacks,
  o as applyBaseRuntimeOptions,
  p as applyModuleEvalRuntimeOptions,
};
