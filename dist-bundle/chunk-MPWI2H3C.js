import { createRequire as __cr } from "node:module";
const require = __cr(import.meta.url);

import {
  e as c,
  g as d,
  i as f,
  h,
  d as l,
  f as m,
  b as o,
  k as v,
  l as w,
  m as y,
} from "./chunk-XNSQHAKM.js";
var S = class extends h {
    async evalCodeAsync(e, t = "eval.js", s) {
      let i = s === void 0 ? 1 : 0,
        n = d(s),
        r = 0;
      try {
        r = await this.memory
          .newHeapCharPointer(e)
          .consume((a) =>
            this.ffi.QTS_Eval_MaybeAsync(this.ctx.value, a.value.ptr, a.value.strlen, t, i, n),
          );
      } catch (a) {
        throw (this.runtime.debugLog("QTS_Eval_MaybeAsync threw", a), a);
      }
      const u = this.ffi.QTS_ResolveException(this.ctx.value, r);
      return u
        ? (this.ffi.QTS_FreeValuePointer(this.ctx.value, r),
          this.fail(this.memory.heapValueHandle(u)))
        : this.success(this.memory.heapValueHandle(r));
    }
    newAsyncifiedFunction(e, t) {
      return this.newFunction(e, t);
    }
  },
  x = class extends f {
    constructor(e) {
      super(e);
    }
    newContext(e = {}) {
      const t = m(e.intrinsics),
        s = new l(this.ffi.QTS_NewContext(this.rt.value, t), void 0, (n) => {
          this.contextMap.delete(n), this.callbacks.deleteContext(n), this.ffi.QTS_FreeContext(n);
        }),
        i = new S({
          module: this.module,
          ctx: s,
          ffi: this.ffi,
          rt: this.rt,
          ownedLifetimes: [],
          runtime: this,
          callbacks: this.callbacks,
        });
      return (this.contextMap.set(s.value, i), i);
    }
    setModuleLoader(e, t) {
      super.setModuleLoader(e, t);
    }
    setMaxStackSize(e) {
      return super.setMaxStackSize(e);
    }
  },
  k = class extends y {
    constructor(e, t) {
      super(e, t), (this.ffi = t), (this.module = e);
    }
    newRuntime(e = {}) {
      const t = new l(this.ffi.QTS_NewRuntime(), void 0, (i) => {
          this.callbacks.deleteRuntime(i), this.ffi.QTS_FreeRuntime(i);
        }),
        s = new x({ module: this.module, ffi: this.ffi, rt: t, callbacks: this.callbacks });
      return (v(s, e), e.moduleLoader && s.setModuleLoader(e.moduleLoader), s);
    }
    newContext(e = {}) {
      const t = this.newRuntime(),
        s = e.ownedLifetimes ? e.ownedLifetimes.concat([t]) : [t],
        i = t.newContext({ ...e, ownedLifetimes: s });
      return ((t.context = i), i);
    }
    evalCode() {
      throw new o("QuickJSWASMModuleAsyncify.evalCode: use evalCodeAsync instead");
    }
    evalCodeAsync(e, t) {
      return c.withScopeAsync(async (s) => {
        const i = s.manage(this.newContext());
        w(i.runtime, t);
        const n = await i.evalCodeAsync(e, "eval.js");
        if ((t.memoryLimitBytes !== void 0 && i.runtime.setMemoryLimit(-1), n.error))
          throw i.dump(s.manage(n.error));
        return i.dump(s.manage(n.value));
      });
    }
  };
export { k as a };
