import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{j as l,k as o,l as p,m as e}from"./chunk-XNSQHAKM.js";import"./chunk-7QWMKDIK.js";export{l as QuickJSModuleCallbacks,e as QuickJSWASMModule,o as applyBaseRuntimeOptions,p as applyModuleEvalRuntimeOptions};
