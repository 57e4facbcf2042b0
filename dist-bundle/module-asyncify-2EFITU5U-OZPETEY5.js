import { createRequire as __cr } from "node:module";
const require = __cr(import.meta.url);

import { a as o } from "./chunk-MPWI2H3C.js";
import "./chunk-XNSQHAKM.js";
import "./chunk-7QWMKDIK.js";
export { o as QuickJSAsyncWASMModule };
