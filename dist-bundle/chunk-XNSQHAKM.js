import { createRequire as __cr } from "node:module";
const require = __cr(import.meta.url);
var p = {
    JS_EVAL_TYPE_GLOBAL: 0,
    JS_EVAL_TYPE_MODULE: 1,
    JS_EVAL_TYPE_DIRECT: 2,
    JS_EVAL_TYPE_INDIRECT: 3,
    JS_EVAL_TYPE_MASK: 3,
    JS_EVAL_FLAG_STRICT: 8,
    JS_EVAL_FLAG_STRIP: 16,
    JS_EVAL_FLAG_COMPILE_ONLY: 32,
    JS_EVAL_FLAG_BACKTRACE_BARRIER: 64,
  },
  A = {
    BaseObjects: 1,
    Date: 2,
    Eval: 4,
    StringNormalize: 8,
    RegExp: 16,
    RegExpCompiler: 32,
    JSON: 64,
    Proxy: 128,
    MapSet: 256,
    TypedArrays: 512,
    Promise: 1024,
    BigInt: 2048,
    BigFloat: 4096,
    BigDecimal: 8192,
    OperatorOverloading: 16384,
    BignumExt: 32768,
  },
  x = { Pending: 0, Fulfilled: 1, Rejected: 2 },
  y = {
    JS_GPN_STRING_MASK: 1,
    JS_GPN_SYMBOL_MASK: 2,
    JS_GPN_PRIVATE_MASK: 4,
    JS_GPN_ENUM_ONLY: 16,
    JS_GPN_SET_ENUM: 32,
    QTS_GPN_NUMBER_MASK: 64,
    QTS_STANDARD_COMPLIANT_NUMBER: 128,
  },
  _ = { IsStrictlyEqual: 0, IsSameValue: 1, IsSameValueZero: 2 };
var te = Object.defineProperty,
  re = (e, t) => {
    for (var r in t) te(e, r, { get: t[r], enumerable: !0 });
  },
  J = !1;
function b(...e) {
  J && console.log("quickjs-emscripten:", ...e);
}
var ie = {};
re(ie, {
  QuickJSAsyncifyError: () => D,
  QuickJSAsyncifySuspended: () => $,
  QuickJSEmptyGetOwnPropertyNames: () => Y,
  QuickJSEmscriptenModuleError: () => ne,
  QuickJSHostRefInvalid: () => d,
  QuickJSHostRefRangeExceeded: () => q,
  QuickJSMemoryLeakDetected: () => se,
  QuickJSNotImplemented: () => U,
  QuickJSPromisePending: () => K,
  QuickJSUnknownIntrinsic: () => z,
  QuickJSUnwrapError: () => M,
  QuickJSUseAfterFree: () => R,
  QuickJSWrongOwner: () => G,
});
var M = class extends Error {
    constructor(e, t) {
      const r = typeof e == "object" && e && "message" in e ? String(e.message) : String(e);
      super(r), (this.cause = e), (this.context = t), (this.name = "QuickJSUnwrapError");
    }
  },
  G = class extends Error {
    constructor() {
      super(...arguments), (this.name = "QuickJSWrongOwner");
    }
  },
  R = class extends Error {
    constructor() {
      super(...arguments), (this.name = "QuickJSUseAfterFree");
    }
  },
  U = class extends Error {
    constructor() {
      super(...arguments), (this.name = "QuickJSNotImplemented");
    }
  },
  D = class extends Error {
    constructor() {
      super(...arguments), (this.name = "QuickJSAsyncifyError");
    }
  },
  $ = class extends Error {
    constructor() {
      super(...arguments), (this.name = "QuickJSAsyncifySuspended");
    }
  },
  se = class extends Error {
    constructor() {
      super(...arguments), (this.name = "QuickJSMemoryLeakDetected");
    }
  },
  ne = class extends Error {
    constructor() {
      super(...arguments), (this.name = "QuickJSEmscriptenModuleError");
    }
  },
  z = class extends TypeError {
    constructor() {
      super(...arguments), (this.name = "QuickJSUnknownIntrinsic");
    }
  },
  K = class extends Error {
    constructor() {
      super(...arguments), (this.name = "QuickJSPromisePending");
    }
  },
  Y = class extends Error {
    constructor() {
      super(...arguments), (this.name = "QuickJSEmptyGetOwnPropertyNames");
    }
  },
  q = class extends Error {
    constructor() {
      super(...arguments), (this.name = "QuickJSHostRefRangeExceeded");
    }
  },
  d = class extends Error {
    constructor() {
      super(...arguments), (this.name = "QuickJSHostRefInvalid");
    }
  };
function* W(e) {
  return yield e;
}
function oe(e) {
  return W(I(e));
}
var C = W;
C.of = oe;
function N(e, t) {
  return (...r) => {
    const i = t.call(e, C, ...r);
    return I(i);
  };
}
function ue(e, t) {
  const r = t.call(e, C);
  return I(r);
}
function I(e) {
  function t(r) {
    return r.done
      ? r.value
      : r.value instanceof Promise
        ? r.value.then(
            (i) => t(e.next(i)),
            (i) => t(e.throw(i)),
          )
        : t(e.next(r.value));
  }
  return t(e.next());
}
var m = class {
    [Symbol.dispose]() {
      return this.dispose();
    }
  },
  k = Symbol.dispose ?? Symbol.for("Symbol.dispose"),
  O = m.prototype;
O[k] ||
  (O[k] = function () {
    return this.dispose();
  });
var h = class Z extends m {
    constructor(t, r, i, s) {
      super(),
        (this._value = t),
        (this.copier = r),
        (this.disposer = i),
        (this._owner = s),
        (this._alive = !0),
        (this._constructorStack = J ? new Error("Lifetime constructed").stack : void 0);
    }
    get alive() {
      return this._alive;
    }
    get value() {
      return (this.assertAlive(), this._value);
    }
    get owner() {
      return this._owner;
    }
    get dupable() {
      return !!this.copier;
    }
    dup() {
      if ((this.assertAlive(), !this.copier)) throw new Error("Non-dupable lifetime");
      return new Z(this.copier(this._value), this.copier, this.disposer, this._owner);
    }
    consume(t) {
      this.assertAlive();
      const r = t(this);
      return (this.dispose(), r);
    }
    map(t) {
      return (this.assertAlive(), t(this));
    }
    tap(t) {
      return (t(this), this);
    }
    dispose() {
      this.assertAlive(), this.disposer && this.disposer(this._value), (this._alive = !1);
    }
    assertAlive() {
      if (!this.alive)
        throw this._constructorStack
          ? new R(`Lifetime not alive
${this._constructorStack}
Lifetime used`)
          : new R("Lifetime not alive");
    }
  },
  v = class extends h {
    constructor(e, t) {
      super(e, void 0, void 0, t);
    }
    get dupable() {
      return !0;
    }
    dup() {
      return this;
    }
    dispose() {}
  },
  V = class extends h {
    constructor(e, t, r, i) {
      super(e, t, r, i);
    }
    dispose() {
      this._alive = !1;
    }
  };
function Q(e, t) {
  let r;
  try {
    e.dispose();
  } catch (i) {
    r = i;
  }
  if (t && r)
    throw (
      Object.assign(t, {
        message: `${t.message}
 Then, failed to dispose scope: ${r.message}`,
        disposeError: r,
      }),
      t
    );
  if (t || r) throw t || r;
}
var c = class P extends m {
  constructor() {
    super(...arguments),
      (this._disposables = new h(new Set())),
      (this.manage = (t) => (this._disposables.value.add(t), t));
  }
  static withScope(t) {
    let r = new P(),
      i;
    try {
      return t(r);
    } catch (s) {
      throw ((i = s), s);
    } finally {
      Q(r, i);
    }
  }
  static withScopeMaybeAsync(t, r) {
    return ue(void 0, function* (i) {
      let s = new P(),
        n;
      try {
        return yield* i.of(r.call(t, i, s));
      } catch (u) {
        throw ((n = u), u);
      } finally {
        Q(s, n);
      }
    });
  }
  static async withScopeAsync(t) {
    let r = new P(),
      i;
    try {
      return await t(r);
    } catch (s) {
      throw ((i = s), s);
    } finally {
      Q(r, i);
    }
  }
  get alive() {
    return this._disposables.alive;
  }
  dispose() {
    const t = Array.from(this._disposables.value.values()).reverse();
    for (const r of t) r.alive && r.dispose();
    this._disposables.dispose();
  }
};
function ae(e) {
  const t = e ? Array.from(e) : [];
  function r() {
    return t.forEach((s) => (s.alive ? s.dispose() : void 0));
  }
  function i() {
    return t.some((s) => s.alive);
  }
  return (
    Object.defineProperty(t, k, { configurable: !0, enumerable: !1, value: r }),
    Object.defineProperty(t, "dispose", { configurable: !0, enumerable: !1, value: r }),
    Object.defineProperty(t, "alive", { configurable: !0, enumerable: !1, get: i }),
    t
  );
}
function T(e) {
  return !!(
    e &&
    (typeof e == "object" || typeof e == "function") &&
    "alive" in e &&
    typeof e.alive == "boolean" &&
    "dispose" in e &&
    typeof e.dispose == "function"
  );
}
var L = class X extends m {
    static success(t) {
      return new le(t);
    }
    static fail(t, r) {
      return new he(t, r);
    }
    static is(t) {
      return t instanceof X;
    }
  },
  le = class extends L {
    constructor(e) {
      super(), (this.value = e);
    }
    get alive() {
      return T(this.value) ? this.value.alive : !0;
    }
    dispose() {
      T(this.value) && this.value.dispose();
    }
    unwrap() {
      return this.value;
    }
    unwrapOr(e) {
      return this.value;
    }
  },
  he = class extends L {
    constructor(e, t) {
      super(), (this.error = e), (this.onUnwrap = t);
    }
    get alive() {
      return T(this.error) ? this.error.alive : !0;
    }
    dispose() {
      T(this.error) && this.error.dispose();
    }
    unwrap() {
      throw (this.onUnwrap(this), this.error);
    }
    unwrapOr(e) {
      return e;
    }
  },
  w = L,
  ce = class extends m {
    constructor(e) {
      super(),
        (this.resolve = (t) => {
          this.resolveHandle.alive &&
            (this.context
              .unwrapResult(
                this.context.callFunction(
                  this.resolveHandle,
                  this.context.undefined,
                  t || this.context.undefined,
                ),
              )
              .dispose(),
            this.disposeResolvers(),
            this.onSettled());
        }),
        (this.reject = (t) => {
          this.rejectHandle.alive &&
            (this.context
              .unwrapResult(
                this.context.callFunction(
                  this.rejectHandle,
                  this.context.undefined,
                  t || this.context.undefined,
                ),
              )
              .dispose(),
            this.disposeResolvers(),
            this.onSettled());
        }),
        (this.dispose = () => {
          this.handle.alive && this.handle.dispose(), this.disposeResolvers();
        }),
        (this.context = e.context),
        (this.owner = e.context.runtime),
        (this.handle = e.promiseHandle),
        (this.settled = new Promise((t) => {
          this.onSettled = t;
        })),
        (this.resolveHandle = e.resolveHandle),
        (this.rejectHandle = e.rejectHandle);
    }
    get alive() {
      return this.handle.alive || this.resolveHandle.alive || this.rejectHandle.alive;
    }
    disposeResolvers() {
      this.resolveHandle.alive && this.resolveHandle.dispose(),
        this.rejectHandle.alive && this.rejectHandle.dispose();
    }
  },
  ee = class {
    constructor(e) {
      this.module = e;
    }
    toPointerArray(e) {
      const t = new Int32Array(e.map((s) => s.value)),
        r = t.length * t.BYTES_PER_ELEMENT,
        i = this.module._malloc(r);
      return (
        new Uint8Array(this.module.HEAPU8.buffer, i, r).set(new Uint8Array(t.buffer)),
        new h(i, void 0, (s) => this.module._free(s))
      );
    }
    newTypedArray(e, t) {
      const r = new e(new Array(t).fill(0)),
        i = r.length * r.BYTES_PER_ELEMENT,
        s = this.module._malloc(i),
        n = new e(this.module.HEAPU8.buffer, s, t);
      return (n.set(r), new h({ typedArray: n, ptr: s }, void 0, (u) => this.module._free(u.ptr)));
    }
    newMutablePointerArray(e) {
      return this.newTypedArray(Int32Array, e);
    }
    newHeapCharPointer(e) {
      const t = this.module.lengthBytesUTF8(e),
        r = t + 1,
        i = this.module._malloc(r);
      return (
        this.module.stringToUTF8(e, i, r),
        new h({ ptr: i, strlen: t }, void 0, (s) => this.module._free(s.ptr))
      );
    }
    newHeapBufferPointer(e) {
      const t = e.byteLength,
        r = this.module._malloc(t);
      return (
        this.module.HEAPU8.set(e, r),
        new h({ pointer: r, numBytes: t }, void 0, (i) => this.module._free(i.pointer))
      );
    }
    consumeHeapCharPointer(e) {
      const t = this.module.UTF8ToString(e);
      return (this.module._free(e), t);
    }
  };
var Qe = Object.freeze({
  BaseObjects: !0,
  Date: !0,
  Eval: !0,
  StringNormalize: !0,
  RegExp: !0,
  JSON: !0,
  Proxy: !0,
  MapSet: !0,
  TypedArrays: !0,
  Promise: !0,
});
function me(e) {
  if (!e) return 0;
  let t = 0;
  for (const [r, i] of Object.entries(e)) {
    if (!(r in A)) throw new z(r);
    i && (t |= A[r]);
  }
  return t;
}
function de(e) {
  if (typeof e == "number") return e;
  if (e === void 0) return 0;
  let { type: t, strict: r, strip: i, compileOnly: s, backtraceBarrier: n } = e,
    u = 0;
  return (
    t === "global" && (u |= p.JS_EVAL_TYPE_GLOBAL),
    t === "module" && (u |= p.JS_EVAL_TYPE_MODULE),
    r && (u |= p.JS_EVAL_FLAG_STRICT),
    i && (u |= p.JS_EVAL_FLAG_STRIP),
    s && (u |= p.JS_EVAL_FLAG_COMPILE_ONLY),
    n && (u |= p.JS_EVAL_FLAG_BACKTRACE_BARRIER),
    u
  );
}
function fe(e) {
  if (typeof e == "number") return e;
  if (e === void 0) return 0;
  let {
      strings: t,
      symbols: r,
      quickjsPrivate: i,
      onlyEnumerable: s,
      numbers: n,
      numbersAsStrings: u,
    } = e,
    o = 0;
  return (
    t && (o |= y.JS_GPN_STRING_MASK),
    r && (o |= y.JS_GPN_SYMBOL_MASK),
    i && (o |= y.JS_GPN_PRIVATE_MASK),
    s && (o |= y.JS_GPN_ENUM_ONLY),
    n && (o |= y.QTS_GPN_NUMBER_MASK),
    u && (o |= y.QTS_STANDARD_COMPLIANT_NUMBER),
    o
  );
}
function pe(...e) {
  let t = [];
  for (const r of e) r !== void 0 && (t = t.concat(r));
  return t;
}
var ye = class extends m {
    constructor(e, t) {
      super(), (this.handle = e), (this.context = t), (this._isDone = !1), (this.owner = t.runtime);
    }
    [Symbol.iterator]() {
      return this;
    }
    next(e) {
      if (!this.alive || this._isDone) return { done: !0, value: void 0 };
      const t = this._next ?? (this._next = this.context.getProp(this.handle, "next"));
      return this.callIteratorMethod(t, e);
    }
    return(e) {
      if (!this.alive) return { done: !0, value: void 0 };
      const t = this.context.getProp(this.handle, "return");
      if (t === this.context.undefined && e === void 0)
        return (this.dispose(), { done: !0, value: void 0 });
      const r = this.callIteratorMethod(t, e);
      return (t.dispose(), this.dispose(), r);
    }
    throw(e) {
      if (!this.alive) return { done: !0, value: void 0 };
      const t = e instanceof h ? e : this.context.newError(e),
        r = this.context.getProp(this.handle, "throw"),
        i = this.callIteratorMethod(r, e);
      return (t.alive && t.dispose(), r.dispose(), this.dispose(), i);
    }
    get alive() {
      return this.handle.alive;
    }
    dispose() {
      (this._isDone = !0), this.handle.dispose(), this._next?.dispose();
    }
    callIteratorMethod(e, t) {
      const r = t
        ? this.context.callFunction(e, this.handle, t)
        : this.context.callFunction(e, this.handle);
      if (r.error) return (this.dispose(), { value: r });
      const i = this.context.getProp(r.value, "done").consume((n) => this.context.dump(n)),
        s = this.context.getProp(r.value, "value");
      return (r.value.dispose(), i && this.dispose(), { value: w.success(s), done: i });
    }
  },
  F = -2147483648,
  B = 2147483647,
  E = 0;
function H(e) {
  return e >> 8;
}
var ve = class {
    constructor() {
      (this.nextId = F), (this.freelist = []), (this.groups = new Map());
    }
    put(e) {
      let t = this.allocateId(),
        r = H(t),
        i = this.groups.get(r);
      return (i || ((i = new Map()), this.groups.set(r, i)), i.set(t, e), t);
    }
    get(e) {
      if (e === E) throw new d("no host reference id defined");
      const t = H(e),
        r = this.groups.get(t);
      if (!r) throw new d(`host reference id ${e} is not defined`);
      const i = r.get(e);
      if (!i) throw new d(`host reference id ${e} is not defined`);
      return i;
    }
    delete(e) {
      if (e === E) throw new d("no host reference id defined");
      const t = H(e),
        r = this.groups.get(t);
      if (!r) throw new d(`host reference id ${e} is not defined`);
      r.delete(e), r.size === 0 && this.groups.delete(t), this.freelist.push(e);
    }
    allocateId() {
      if (this.freelist.length > 0) return this.freelist.shift();
      if ((this.nextId === E && this.nextId++, this.nextId > B))
        throw new q(
          `HostRefMap: too many host refs created without disposing. Max simultaneous host refs: ${B - F}`,
        );
      return this.nextId++;
    }
  },
  j = class extends m {
    constructor(e, t, r) {
      if (r === E) throw new d("cannot create HostRef with undefined id");
      super(), (this.runtime = e), (this.handle = t), (this.id = r);
    }
    get alive() {
      return this.handle.alive;
    }
    dispose() {
      this.handle.dispose();
    }
    get value() {
      return this.runtime.hostRefs.get(this.id);
    }
  },
  Se = class extends ee {
    constructor(e) {
      super(e.module),
        (this.scope = new c()),
        (this.copyJSValue = (t) => this.ffi.QTS_DupValuePointer(this.ctx.value, t)),
        (this.freeJSValue = (t) => {
          this.ffi.QTS_FreeValuePointer(this.ctx.value, t);
        }),
        e.ownedLifetimes?.forEach((t) => this.scope.manage(t)),
        (this.owner = e.owner),
        (this.module = e.module),
        (this.ffi = e.ffi),
        (this.rt = e.rt),
        (this.ctx = this.scope.manage(e.ctx));
    }
    get alive() {
      return this.scope.alive;
    }
    dispose() {
      return this.scope.dispose();
    }
    [Symbol.dispose]() {
      return this.dispose();
    }
    manage(e) {
      return this.scope.manage(e);
    }
    consumeJSCharPointer(e) {
      const t = this.module.UTF8ToString(e);
      return (this.ffi.QTS_FreeCString(this.ctx.value, e), t);
    }
    heapValueHandle(e, t) {
      const r = t
        ? (i) => {
            t(), this.freeJSValue(i);
          }
        : this.freeJSValue;
      return new h(e, this.copyJSValue, r, this.owner);
    }
    staticHeapValueHandle(e) {
      return (this.manage(this.heapValueHandle(e)), new v(e, this.owner));
    }
  },
  we = class extends m {
    constructor(e) {
      super(),
        (this._undefined = void 0),
        (this._null = void 0),
        (this._false = void 0),
        (this._true = void 0),
        (this._global = void 0),
        (this._BigInt = void 0),
        (this._Symbol = void 0),
        (this._SymbolIterator = void 0),
        (this._SymbolAsyncIterator = void 0),
        (this.cToHostCallbacks = {
          callFunction: (t, r, i, s, n) => {
            if (t !== this.ctx.value)
              throw new Error("QuickJSContext instance received C -> JS call with mismatched ctx");
            const u = this.getFunction(n);
            return c.withScopeMaybeAsync(this, function* (o, a) {
              const f = a.manage(
                  new V(r, this.memory.copyJSValue, this.memory.freeJSValue, this.runtime),
                ),
                S = new Array(i);
              for (let l = 0; l < i; l++) {
                const g = this.ffi.QTS_ArgvGetJSValueConstPointer(s, l);
                S[l] = a.manage(
                  new V(g, this.memory.copyJSValue, this.memory.freeJSValue, this.runtime),
                );
              }
              try {
                const l = yield* o(u.apply(f, S));
                if (l) {
                  if ("error" in l && l.error)
                    throw (this.runtime.debugLog("throw error", l.error), l.error);
                  const g = a.manage(l instanceof h ? l : l.value);
                  return this.ffi.QTS_DupValuePointer(this.ctx.value, g.value);
                }
                return 0;
              } catch (l) {
                return this.errorToHandle(l).consume((g) =>
                  this.ffi.QTS_Throw(this.ctx.value, g.value),
                );
              }
            });
          },
        }),
        (this.runtime = e.runtime),
        (this.module = e.module),
        (this.ffi = e.ffi),
        (this.rt = e.rt),
        (this.ctx = e.ctx),
        (this.memory = new Se({ ...e, owner: this.runtime })),
        e.callbacks.setContextCallbacks(this.ctx.value, this.cToHostCallbacks),
        (this.dump = this.dump.bind(this)),
        (this.getString = this.getString.bind(this)),
        (this.getNumber = this.getNumber.bind(this)),
        (this.resolvePromise = this.resolvePromise.bind(this)),
        (this.uint32Out = this.memory.manage(this.memory.newTypedArray(Uint32Array, 1)));
    }
    get alive() {
      return this.memory.alive;
    }
    dispose() {
      this.memory.dispose();
    }
    get undefined() {
      if (this._undefined) return this._undefined;
      const e = this.ffi.QTS_GetUndefined();
      return (this._undefined = new v(e));
    }
    get null() {
      if (this._null) return this._null;
      const e = this.ffi.QTS_GetNull();
      return (this._null = new v(e));
    }
    get true() {
      if (this._true) return this._true;
      const e = this.ffi.QTS_GetTrue();
      return (this._true = new v(e));
    }
    get false() {
      if (this._false) return this._false;
      const e = this.ffi.QTS_GetFalse();
      return (this._false = new v(e));
    }
    get global() {
      if (this._global) return this._global;
      const e = this.ffi.QTS_GetGlobalObject(this.ctx.value);
      return ((this._global = this.memory.staticHeapValueHandle(e)), this._global);
    }
    newNumber(e) {
      return this.memory.heapValueHandle(this.ffi.QTS_NewFloat64(this.ctx.value, e));
    }
    newString(e) {
      const t = this.memory
        .newHeapCharPointer(e)
        .consume((r) => this.ffi.QTS_NewString(this.ctx.value, r.value.ptr));
      return this.memory.heapValueHandle(t);
    }
    newUniqueSymbol(e) {
      const t = (typeof e == "symbol" ? e.description : e) ?? "",
        r = this.memory
          .newHeapCharPointer(t)
          .consume((i) => this.ffi.QTS_NewSymbol(this.ctx.value, i.value.ptr, 0));
      return this.memory.heapValueHandle(r);
    }
    newSymbolFor(e) {
      const t = (typeof e == "symbol" ? e.description : e) ?? "",
        r = this.memory
          .newHeapCharPointer(t)
          .consume((i) => this.ffi.QTS_NewSymbol(this.ctx.value, i.value.ptr, 1));
      return this.memory.heapValueHandle(r);
    }
    getWellKnownSymbol(e) {
      return (
        this._Symbol ?? (this._Symbol = this.memory.manage(this.getProp(this.global, "Symbol"))),
        this.getProp(this._Symbol, e)
      );
    }
    newBigInt(e) {
      if (!this._BigInt) {
        const i = this.getProp(this.global, "BigInt");
        this.memory.manage(i), (this._BigInt = new v(i.value, this.runtime));
      }
      const t = this._BigInt,
        r = String(e);
      return this.newString(r).consume((i) =>
        this.unwrapResult(this.callFunction(t, this.undefined, i)),
      );
    }
    newObject(e) {
      e && this.runtime.assertOwned(e);
      const t = e
        ? this.ffi.QTS_NewObjectProto(this.ctx.value, e.value)
        : this.ffi.QTS_NewObject(this.ctx.value);
      return this.memory.heapValueHandle(t);
    }
    newArray() {
      const e = this.ffi.QTS_NewArray(this.ctx.value);
      return this.memory.heapValueHandle(e);
    }
    newArrayBuffer(e) {
      const t = new Uint8Array(e),
        r = this.memory.newHeapBufferPointer(t),
        i = this.ffi.QTS_NewArrayBuffer(this.ctx.value, r.value.pointer, t.length);
      return this.memory.heapValueHandle(i);
    }
    newPromise(e) {
      const t = c.withScope((r) => {
        const i = r.manage(this.memory.newMutablePointerArray(2)),
          s = this.ffi.QTS_NewPromiseCapability(this.ctx.value, i.value.ptr),
          n = this.memory.heapValueHandle(s),
          [u, o] = Array.from(i.value.typedArray).map((a) => this.memory.heapValueHandle(a));
        return new ce({ context: this, promiseHandle: n, resolveHandle: u, rejectHandle: o });
      });
      return (
        e && typeof e == "function" && (e = new Promise(e)),
        e &&
          Promise.resolve(e).then(t.resolve, (r) =>
            r instanceof h ? t.reject(r) : this.newError(r).consume(t.reject),
          ),
        t
      );
    }
    newFunction(e, t) {
      const r = typeof e == "function" ? e : t;
      if (!r) throw new TypeError("Expected a function");
      return this.newFunctionWithOptions({
        name: typeof e == "string" ? e : void 0,
        length: r.length,
        isConstructor: !1,
        fn: r,
      });
    }
    newConstructorFunction(e, t) {
      const r = typeof e == "function" ? e : t;
      if (!r) throw new TypeError("Expected a function");
      return this.newFunctionWithOptions({
        name: typeof e == "string" ? e : void 0,
        length: r.length,
        isConstructor: !0,
        fn: r,
      });
    }
    newFunctionWithOptions(e) {
      const { name: t, length: r, isConstructor: i, fn: s } = e,
        n = this.runtime.hostRefs.put(s);
      try {
        return this.memory.heapValueHandle(
          this.ffi.QTS_NewFunction(this.ctx.value, t ?? "", r, i, n),
        );
      } catch (u) {
        throw (this.runtime.hostRefs.delete(n), u);
      }
    }
    newError(e) {
      const t = this.memory.heapValueHandle(this.ffi.QTS_NewError(this.ctx.value));
      return (
        e && typeof e == "object"
          ? (e.name !== void 0 && this.newString(e.name).consume((r) => this.setProp(t, "name", r)),
            e.message !== void 0 &&
              this.newString(e.message).consume((r) => this.setProp(t, "message", r)))
          : typeof e == "string"
            ? this.newString(e).consume((r) => this.setProp(t, "message", r))
            : e !== void 0 &&
              this.newString(String(e)).consume((r) => this.setProp(t, "message", r)),
        t
      );
    }
    newHostRef(e) {
      const t = this.runtime.hostRefs.put(e);
      try {
        const r = this.memory.heapValueHandle(this.ffi.QTS_NewHostRef(this.ctx.value, t));
        return new j(this.runtime, r, t);
      } catch (r) {
        throw (this.runtime.hostRefs.delete(t), r);
      }
    }
    toHostRef(e) {
      const t = this.ffi.QTS_GetHostRefId(e.value);
      if (t !== 0) return (this.runtime.hostRefs.get(t), new j(this.runtime, e.dup(), t));
    }
    unwrapHostRef(e) {
      const t = this.ffi.QTS_GetHostRefId(e.value);
      if (t === 0) throw new d("handle is not a HostRef");
      return this.runtime.hostRefs.get(t);
    }
    typeof(e) {
      return (
        this.runtime.assertOwned(e),
        this.memory.consumeHeapCharPointer(this.ffi.QTS_Typeof(this.ctx.value, e.value))
      );
    }
    getNumber(e) {
      return (this.runtime.assertOwned(e), this.ffi.QTS_GetFloat64(this.ctx.value, e.value));
    }
    getString(e) {
      return (
        this.runtime.assertOwned(e),
        this.memory.consumeJSCharPointer(this.ffi.QTS_GetString(this.ctx.value, e.value))
      );
    }
    getSymbol(e) {
      this.runtime.assertOwned(e);
      const t = this.memory.consumeJSCharPointer(
        this.ffi.QTS_GetSymbolDescriptionOrKey(this.ctx.value, e.value),
      );
      return this.ffi.QTS_IsGlobalSymbol(this.ctx.value, e.value) ? Symbol.for(t) : Symbol(t);
    }
    getBigInt(e) {
      this.runtime.assertOwned(e);
      const t = this.getString(e);
      return BigInt(t);
    }
    getArrayBuffer(e) {
      this.runtime.assertOwned(e);
      const t = this.ffi.QTS_GetArrayBufferLength(this.ctx.value, e.value),
        r = this.ffi.QTS_GetArrayBuffer(this.ctx.value, e.value);
      if (!r) throw new Error("Couldn't allocate memory to get ArrayBuffer");
      return new h(this.module.HEAPU8.subarray(r, r + t), void 0, () => this.module._free(r));
    }
    getPromiseState(e) {
      this.runtime.assertOwned(e);
      const t = this.ffi.QTS_PromiseState(this.ctx.value, e.value);
      if (t < 0) return { type: "fulfilled", value: e, notAPromise: !0 };
      if (t === x.Pending)
        return {
          type: "pending",
          get error() {
            return new K("Cannot unwrap a pending promise");
          },
        };
      const r = this.ffi.QTS_PromiseResult(this.ctx.value, e.value),
        i = this.memory.heapValueHandle(r);
      if (t === x.Fulfilled) return { type: "fulfilled", value: i };
      if (t === x.Rejected) return { type: "rejected", error: i };
      throw (i.dispose(), new Error(`Unknown JSPromiseStateEnum: ${t}`));
    }
    resolvePromise(e) {
      this.runtime.assertOwned(e);
      const t = c.withScope((r) => {
        const i = r.manage(this.getProp(this.global, "Promise")),
          s = r.manage(this.getProp(i, "resolve"));
        return this.callFunction(s, i, e);
      });
      return t.error
        ? Promise.resolve(t)
        : new Promise((r) => {
            c.withScope((i) => {
              const s = i.manage(
                  this.newFunction("resolve", (a) => {
                    r(this.success(a && a.dup()));
                  }),
                ),
                n = i.manage(
                  this.newFunction("reject", (a) => {
                    r(this.fail(a && a.dup()));
                  }),
                ),
                u = i.manage(t.value),
                o = i.manage(this.getProp(u, "then"));
              this.callFunction(o, u, s, n).unwrap().dispose();
            });
          });
    }
    isEqual(e, t, r = _.IsStrictlyEqual) {
      if (e === t) return !0;
      this.runtime.assertOwned(e), this.runtime.assertOwned(t);
      const i = this.ffi.QTS_IsEqual(this.ctx.value, e.value, t.value, r);
      if (i === -1) throw new U("WASM variant does not expose equality");
      return !!i;
    }
    eq(e, t) {
      return this.isEqual(e, t, _.IsStrictlyEqual);
    }
    sameValue(e, t) {
      return this.isEqual(e, t, _.IsSameValue);
    }
    sameValueZero(e, t) {
      return this.isEqual(e, t, _.IsSameValueZero);
    }
    getProp(e, t) {
      this.runtime.assertOwned(e);
      let r;
      return (
        typeof t == "number" && t >= 0
          ? (r = this.ffi.QTS_GetPropNumber(this.ctx.value, e.value, t))
          : (r = this.borrowPropertyKey(t).consume((i) =>
              this.ffi.QTS_GetProp(this.ctx.value, e.value, i.value),
            )),
        this.memory.heapValueHandle(r)
      );
    }
    getLength(e) {
      if (
        (this.runtime.assertOwned(e),
        !(this.ffi.QTS_GetLength(this.ctx.value, this.uint32Out.value.ptr, e.value) < 0))
      )
        return this.uint32Out.value.typedArray[0];
    }
    getOwnPropertyNames(e, t = { strings: !0, numbersAsStrings: !0 }) {
      this.runtime.assertOwned(e), e.value;
      const r = fe(t);
      if (r === 0) throw new Y("No options set, will return an empty array");
      return c.withScope((i) => {
        const s = i.manage(this.memory.newMutablePointerArray(1)),
          n = this.ffi.QTS_GetOwnPropertyNames(
            this.ctx.value,
            s.value.ptr,
            this.uint32Out.value.ptr,
            e.value,
            r,
          );
        if (n) return this.fail(this.memory.heapValueHandle(n));
        const u = this.uint32Out.value.typedArray[0],
          o = s.value.typedArray[0],
          a = new Uint32Array(this.module.HEAP8.buffer, o, u),
          f = Array.from(a).map((S) => this.memory.heapValueHandle(S));
        return (this.ffi.QTS_FreeVoidPointer(this.ctx.value, o), this.success(ae(f)));
      });
    }
    getIterator(e) {
      const t =
        this._SymbolIterator ??
        (this._SymbolIterator = this.memory.manage(this.getWellKnownSymbol("iterator")));
      return c.withScope((r) => {
        const i = r.manage(this.getProp(e, t)),
          s = this.callFunction(i, e);
        return s.error ? s : this.success(new ye(s.value, this));
      });
    }
    setProp(e, t, r) {
      this.runtime.assertOwned(e),
        this.borrowPropertyKey(t).consume((i) =>
          this.ffi.QTS_SetProp(this.ctx.value, e.value, i.value, r.value),
        );
    }
    defineProp(e, t, r) {
      this.runtime.assertOwned(e),
        c.withScope((i) => {
          const s = i.manage(this.borrowPropertyKey(t)),
            n = r.value || this.undefined,
            u = !!r.configurable,
            o = !!r.enumerable,
            a = !!r.value,
            f = r.get ? i.manage(this.newFunction(r.get.name, r.get)) : this.undefined,
            S = r.set ? i.manage(this.newFunction(r.set.name, r.set)) : this.undefined;
          this.ffi.QTS_DefineProp(
            this.ctx.value,
            e.value,
            s.value,
            n.value,
            f.value,
            S.value,
            u,
            o,
            a,
          );
        });
    }
    callFunction(e, t, ...r) {
      this.runtime.assertOwned(e);
      let i,
        s = r[0];
      s === void 0 || Array.isArray(s) ? (i = s ?? []) : (i = r);
      const n = this.memory
          .toPointerArray(i)
          .consume((o) => this.ffi.QTS_Call(this.ctx.value, e.value, t.value, i.length, o.value)),
        u = this.ffi.QTS_ResolveException(this.ctx.value, n);
      return u
        ? (this.ffi.QTS_FreeValuePointer(this.ctx.value, n),
          this.fail(this.memory.heapValueHandle(u)))
        : this.success(this.memory.heapValueHandle(n));
    }
    callMethod(e, t, r = []) {
      return this.getProp(e, t).consume((i) => this.callFunction(i, e, r));
    }
    evalCode(e, t = "eval.js", r) {
      const i = r === void 0 ? 1 : 0,
        s = de(r),
        n = this.memory
          .newHeapCharPointer(e)
          .consume((o) => this.ffi.QTS_Eval(this.ctx.value, o.value.ptr, o.value.strlen, t, i, s)),
        u = this.ffi.QTS_ResolveException(this.ctx.value, n);
      return u
        ? (this.ffi.QTS_FreeValuePointer(this.ctx.value, n),
          this.fail(this.memory.heapValueHandle(u)))
        : this.success(this.memory.heapValueHandle(n));
    }
    throw(e) {
      return this.errorToHandle(e).consume((t) => this.ffi.QTS_Throw(this.ctx.value, t.value));
    }
    borrowPropertyKey(e) {
      return typeof e == "number"
        ? this.newNumber(e)
        : typeof e == "string"
          ? this.newString(e)
          : new v(e.value, this.runtime);
    }
    getMemory(e) {
      if (e === this.rt.value) return this.memory;
      throw new Error("Private API. Cannot get memory from a different runtime");
    }
    dump(e) {
      this.runtime.assertOwned(e);
      const t = this.typeof(e);
      if (t === "string") return this.getString(e);
      if (t === "number") return this.getNumber(e);
      if (t === "bigint") return this.getBigInt(e);
      if (t === "undefined") return;
      if (t === "symbol") return this.getSymbol(e);
      const r = this.getPromiseState(e);
      if (r.type === "fulfilled" && !r.notAPromise)
        return (e.dispose(), { type: r.type, value: r.value.consume(this.dump) });
      if (r.type === "pending") return (e.dispose(), { type: r.type });
      if (r.type === "rejected")
        return (e.dispose(), { type: r.type, error: r.error.consume(this.dump) });
      const i = this.memory.consumeJSCharPointer(this.ffi.QTS_Dump(this.ctx.value, e.value));
      try {
        return JSON.parse(i);
      } catch {
        return i;
      }
    }
    unwrapResult(e) {
      if (e.error) {
        const t = "context" in e.error ? e.error.context : this,
          r = e.error.consume((i) => this.dump(i));
        if (r && typeof r == "object" && typeof r.message == "string") {
          const { message: i, name: s, stack: n, ...u } = r,
            o = new M(r, t);
          typeof s == "string" && (o.name = r.name), (o.message = i);
          const a = o.stack;
          throw (
            typeof n == "string" &&
              (o.stack = `${s}: ${i}
${r.stack}Host: ${a}`),
            Object.assign(o, u),
            o
          );
        }
        throw new M(r);
      }
      return e.value;
    }
    [Symbol.for("nodejs.util.inspect.custom")]() {
      return this.alive
        ? `${this.constructor.name} { ctx: ${this.ctx.value} rt: ${this.rt.value} }`
        : `${this.constructor.name} { disposed }`;
    }
    getFunction(e) {
      const t = this.runtime.hostRefs.get(e);
      if (typeof t != "function") throw new Error(`Host reference ${e} is not a function`);
      return t;
    }
    errorToHandle(e) {
      return e instanceof h ? e : this.newError(e);
    }
    encodeBinaryJSON(e) {
      const t = this.ffi.QTS_bjson_encode(this.ctx.value, e.value);
      return this.memory.heapValueHandle(t);
    }
    decodeBinaryJSON(e) {
      const t = this.ffi.QTS_bjson_decode(this.ctx.value, e.value);
      return this.memory.heapValueHandle(t);
    }
    success(e) {
      return w.success(e);
    }
    fail(e) {
      return w.fail(e, (t) => this.unwrapResult(t));
    }
  },
  ge = class extends m {
    constructor(e) {
      super(),
        (this.scope = new c()),
        (this.contextMap = new Map()),
        (this.hostRefs = new ve()),
        (this._debugMode = !1),
        (this.cToHostCallbacks = {
          freeHostRef: (t, r) => {
            if (t !== this.rt.value) throw new Error("Runtime pointer mismatch");
            this.hostRefs.delete(r);
          },
          shouldInterrupt: (t) => {
            if (t !== this.rt.value)
              throw new Error(
                "QuickJSContext instance received C -> JS interrupt with mismatched rt",
              );
            const r = this.interruptHandler;
            if (!r) throw new Error("QuickJSContext had no interrupt handler");
            return r(this) ? 1 : 0;
          },
          loadModuleSource: N(this, function* (t, r, i, s) {
            const n = this.moduleLoader;
            if (!n) throw new Error("Runtime has no module loader");
            if (r !== this.rt.value) throw new Error("Runtime pointer mismatch");
            const u = this.contextMap.get(i) ?? this.newContext({ contextPointer: i });
            try {
              const o = yield* t(n(s, u));
              if (typeof o == "object" && "error" in o && o.error)
                throw (this.debugLog("cToHostLoadModule: loader returned error", o.error), o.error);
              const a = typeof o == "string" ? o : "value" in o ? o.value : o;
              return this.memory.newHeapCharPointer(a).value.ptr;
            } catch (o) {
              return (this.debugLog("cToHostLoadModule: caught error", o), u.throw(o), 0);
            }
          }),
          normalizeModule: N(this, function* (t, r, i, s, n) {
            const u = this.moduleNormalizer;
            if (!u) throw new Error("Runtime has no module normalizer");
            if (r !== this.rt.value) throw new Error("Runtime pointer mismatch");
            const o = this.contextMap.get(i) ?? this.newContext({ contextPointer: i });
            try {
              const a = yield* t(u(s, n, o));
              if (typeof a == "object" && "error" in a && a.error)
                throw (
                  this.debugLog("cToHostNormalizeModule: normalizer returned error", a.error),
                  a.error
                );
              const f = typeof a == "string" ? a : a.value;
              return o.getMemory(this.rt.value).newHeapCharPointer(f).value.ptr;
            } catch (a) {
              return (this.debugLog("normalizeModule: caught error", a), o.throw(a), 0);
            }
          }),
        }),
        e.ownedLifetimes?.forEach((t) => this.scope.manage(t)),
        (this.module = e.module),
        (this.memory = new ee(this.module)),
        (this.ffi = e.ffi),
        (this.rt = e.rt),
        (this.callbacks = e.callbacks),
        this.scope.manage(this.rt),
        this.callbacks.setRuntimeCallbacks(this.rt.value, this.cToHostCallbacks),
        (this.executePendingJobs = this.executePendingJobs.bind(this)),
        J && this.setDebugMode(!0);
    }
    get alive() {
      return this.scope.alive;
    }
    dispose() {
      return this.scope.dispose();
    }
    newContext(e = {}) {
      const t = me(e.intrinsics),
        r = new h(e.contextPointer || this.ffi.QTS_NewContext(this.rt.value, t), void 0, (s) => {
          this.contextMap.delete(s), this.callbacks.deleteContext(s), this.ffi.QTS_FreeContext(s);
        }),
        i = new we({
          module: this.module,
          ctx: r,
          ffi: this.ffi,
          rt: this.rt,
          ownedLifetimes: e.ownedLifetimes,
          runtime: this,
          callbacks: this.callbacks,
        });
      return (this.contextMap.set(r.value, i), i);
    }
    setModuleLoader(e, t) {
      (this.moduleLoader = e),
        (this.moduleNormalizer = t),
        this.ffi.QTS_RuntimeEnableModuleLoader(this.rt.value, this.moduleNormalizer ? 1 : 0);
    }
    removeModuleLoader() {
      (this.moduleLoader = void 0), this.ffi.QTS_RuntimeDisableModuleLoader(this.rt.value);
    }
    hasPendingJob() {
      return !!this.ffi.QTS_IsJobPending(this.rt.value);
    }
    setInterruptHandler(e) {
      const t = this.interruptHandler;
      (this.interruptHandler = e), t || this.ffi.QTS_RuntimeEnableInterruptHandler(this.rt.value);
    }
    removeInterruptHandler() {
      this.interruptHandler &&
        (this.ffi.QTS_RuntimeDisableInterruptHandler(this.rt.value),
        (this.interruptHandler = void 0));
    }
    executePendingJobs(e = -1) {
      const t = this.memory.newMutablePointerArray(1),
        r = this.ffi.QTS_ExecutePendingJob(this.rt.value, e ?? -1, t.value.ptr),
        i = t.value.typedArray[0];
      if ((t.dispose(), i === 0))
        return (this.ffi.QTS_FreeValuePointerRuntime(this.rt.value, r), w.success(0));
      const s = this.contextMap.get(i) ?? this.newContext({ contextPointer: i }),
        n = s.getMemory(this.rt.value).heapValueHandle(r);
      if (s.typeof(n) === "number") {
        const u = s.getNumber(n);
        return (n.dispose(), w.success(u));
      } else {
        const u = Object.assign(n, { context: s });
        return w.fail(u, (o) => s.unwrapResult(o));
      }
    }
    setMemoryLimit(e) {
      if (e < 0 && e !== -1)
        throw new Error("Cannot set memory limit to negative number. To unset, pass -1");
      this.ffi.QTS_RuntimeSetMemoryLimit(this.rt.value, e);
    }
    computeMemoryUsage() {
      const e = this.getSystemContext().getMemory(this.rt.value);
      return e.heapValueHandle(this.ffi.QTS_RuntimeComputeMemoryUsage(this.rt.value, e.ctx.value));
    }
    dumpMemoryUsage() {
      return this.memory.consumeHeapCharPointer(this.ffi.QTS_RuntimeDumpMemoryUsage(this.rt.value));
    }
    setMaxStackSize(e) {
      if (e < 0) throw new Error("Cannot set memory limit to negative number. To unset, pass 0.");
      this.ffi.QTS_RuntimeSetMaxStackSize(this.rt.value, e);
    }
    assertOwned(e) {
      if (e.owner && e.owner.rt !== this.rt)
        throw new G(`Handle is not owned by this runtime: ${e.owner.rt.value} != ${this.rt.value}`);
    }
    setDebugMode(e) {
      (this._debugMode = e),
        this.ffi.DEBUG &&
          this.rt.alive &&
          this.ffi.QTS_SetDebugLogEnabled(this.rt.value, e ? 1 : 0);
    }
    isDebugMode() {
      return this._debugMode;
    }
    debugLog(...e) {
      this._debugMode && console.log("quickjs-emscripten:", ...e);
    }
    [Symbol.for("nodejs.util.inspect.custom")]() {
      return this.alive
        ? `${this.constructor.name} { rt: ${this.rt.value} }`
        : `${this.constructor.name} { disposed }`;
    }
    getSystemContext() {
      return (this.context || (this.context = this.scope.manage(this.newContext())), this.context);
    }
  },
  _e = class {
    constructor(e) {
      (this.freeHostRef = e.freeHostRef),
        (this.callFunction = e.callFunction),
        (this.shouldInterrupt = e.shouldInterrupt),
        (this.loadModuleSource = e.loadModuleSource),
        (this.normalizeModule = e.normalizeModule);
    }
  },
  be = class {
    constructor(e) {
      (this.contextCallbacks = new Map()),
        (this.runtimeCallbacks = new Map()),
        (this.suspendedCount = 0),
        (this.cToHostCallbacks = new _e({
          freeHostRef: (t, r, i) => {
            const s = this.runtimeCallbacks.get(r);
            if (!s)
              throw new Error(
                `QuickJSRuntime(rt = ${r}) not found when trying to free HostRef(id = ${i})`,
              );
            s.freeHostRef(r, i);
          },
          callFunction: (t, r, i, s, n, u) =>
            this.handleAsyncify(t, () => {
              try {
                const o = this.contextCallbacks.get(r);
                if (!o)
                  throw new Error(
                    `QuickJSContext(ctx = ${r}) not found for C function call "${u}"`,
                  );
                return o.callFunction(r, i, s, n, u);
              } catch (o) {
                return (console.error("[C to host error: returning null]", o), 0);
              }
            }),
          shouldInterrupt: (t, r) =>
            this.handleAsyncify(t, () => {
              try {
                const i = this.runtimeCallbacks.get(r);
                if (!i) throw new Error(`QuickJSRuntime(rt = ${r}) not found for C interrupt`);
                return i.shouldInterrupt(r);
              } catch (i) {
                return (console.error("[C to host interrupt: returning error]", i), 1);
              }
            }),
          loadModuleSource: (t, r, i, s) =>
            this.handleAsyncify(t, () => {
              try {
                const n = this.runtimeCallbacks.get(r);
                if (!n) throw new Error(`QuickJSRuntime(rt = ${r}) not found for C module loader`);
                const u = n.loadModuleSource;
                if (!u)
                  throw new Error(`QuickJSRuntime(rt = ${r}) does not support module loading`);
                return u(r, i, s);
              } catch (n) {
                return (console.error("[C to host module loader error: returning null]", n), 0);
              }
            }),
          normalizeModule: (t, r, i, s, n) =>
            this.handleAsyncify(t, () => {
              try {
                const u = this.runtimeCallbacks.get(r);
                if (!u) throw new Error(`QuickJSRuntime(rt = ${r}) not found for C module loader`);
                const o = u.normalizeModule;
                if (!o)
                  throw new Error(`QuickJSRuntime(rt = ${r}) does not support module loading`);
                return o(r, i, s, n);
              } catch (u) {
                return (console.error("[C to host module loader error: returning null]", u), 0);
              }
            }),
        })),
        (this.module = e),
        (this.module.callbacks = this.cToHostCallbacks);
    }
    setRuntimeCallbacks(e, t) {
      this.runtimeCallbacks.set(e, t);
    }
    deleteRuntime(e) {
      this.runtimeCallbacks.delete(e);
    }
    setContextCallbacks(e, t) {
      this.contextCallbacks.set(e, t);
    }
    deleteContext(e) {
      this.contextCallbacks.delete(e);
    }
    handleAsyncify(e, t) {
      if (e)
        return e.handleSleep((i) => {
          try {
            const s = t();
            if (!(s instanceof Promise)) {
              b("asyncify.handleSleep: not suspending:", s), i(s);
              return;
            }
            if (this.suspended)
              throw new D(`Already suspended at: ${this.suspended.stack}
Attempted to suspend at:`);
            (this.suspended = new $(`(${this.suspendedCount++})`)),
              b("asyncify.handleSleep: suspending:", this.suspended),
              s.then(
                (n) => {
                  (this.suspended = void 0), b("asyncify.handleSleep: resolved:", n), i(n);
                },
                (n) => {
                  b("asyncify.handleSleep: rejected:", n),
                    console.error("QuickJS: cannot handle error in suspended function", n),
                    (this.suspended = void 0);
                },
              );
          } catch (s) {
            throw (b("asyncify.handleSleep: error:", s), (this.suspended = void 0), s);
          }
        });
      const r = t();
      if (r instanceof Promise)
        throw new Error("Promise return value not supported in non-asyncify context.");
      return r;
    }
  };
function xe(e, t) {
  t.interruptHandler && e.setInterruptHandler(t.interruptHandler),
    t.maxStackSizeBytes !== void 0 && e.setMaxStackSize(t.maxStackSizeBytes),
    t.memoryLimitBytes !== void 0 && e.setMemoryLimit(t.memoryLimitBytes);
}
function Pe(e, t) {
  t.moduleLoader && e.setModuleLoader(t.moduleLoader),
    t.shouldInterrupt && e.setInterruptHandler(t.shouldInterrupt),
    t.memoryLimitBytes !== void 0 && e.setMemoryLimit(t.memoryLimitBytes),
    t.maxStackSizeBytes !== void 0 && e.setMaxStackSize(t.maxStackSizeBytes);
}
var He = class {
  constructor(e, t) {
    (this.module = e), (this.ffi = t), (this.callbacks = new be(e));
  }
  newRuntime(e = {}) {
    const t = new h(this.ffi.QTS_NewRuntime(), void 0, (i) => {
        this.ffi.QTS_FreeRuntime(i), this.callbacks.deleteRuntime(i);
      }),
      r = new ge({ module: this.module, callbacks: this.callbacks, ffi: this.ffi, rt: t });
    return (xe(r, e), e.moduleLoader && r.setModuleLoader(e.moduleLoader), r);
  }
  newContext(e = {}) {
    const t = this.newRuntime(),
      r = t.newContext({ ...e, ownedLifetimes: pe(t, e.ownedLifetimes) });
    return ((t.context = r), r);
  }
  evalCode(e, t = {}) {
    return c.withScope((r) => {
      const i = r.manage(this.newContext());
      Pe(i.runtime, t);
      const s = i.evalCode(e, "eval.js");
      if ((t.memoryLimitBytes !== void 0 && i.runtime.setMemoryLimit(-1), s.error))
        throw i.dump(r.manage(s.error));
      return i.dump(r.manage(s.value));
    });
  }
  getWasmMemory() {
    const e = this.module.quickjsEmscriptenInit?.(() => {})?.getWasmMemory?.();
    if (!e) throw new Error("Variant does not support getting WebAssembly.Memory");
    return e;
  }
  getFFI() {
    return this.ffi;
  }
};
export {
  b as a,
  be as j,
  c as e,
  de as g,
  ge as i,
  He as m,
  h as d,
  me as f,
  ne as c,
  Pe as l,
  U as b,
  we as h,
  xe as k,
};
