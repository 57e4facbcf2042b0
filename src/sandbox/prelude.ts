/**
 * The guest side of the bridge, run in every fresh context before the script (while the pool
 * prepares the context). It receives the host functions in a closure (they are never put on
 * `globalThis`), installs the globals every script has, and returns `configure` (the run's
 * namespaces and limits), `start` (runs the script) and `deliver` (settles host calls).
 *
 * Values cross as JSON text only: arguments and results with JSON.stringify/JSON.parse captured
 * here, console arguments as a tagged tree the host turns back into values for `util.inspect`.
 */
export const PRELUDE = String.raw`(function (host) {
  "use strict";
  const G = globalThis;
  const stringify = JSON.stringify, parse = JSON.parse;
  const ObjectKeys = Object.keys, getPrototypeOf = Object.getPrototypeOf, isArray = Array.isArray;
  const freeze = Object.freeze, defineProperty = Object.defineProperty;
  const RealDate = Date;
  let maxString = 0;
  const hostCall = host.call, hostLog = host.log, hostDraw = host.draw, hostFinish = host.finish;
  const hostSetTimer = host.setTimer, hostClearTimer = host.clearTimer;

  class ToolError extends Error {
    constructor(message, code, details) {
      super(message);
      this.code = code === undefined ? "tool_failed" : code;
      if (details !== undefined) this.details = details;
    }
  }
  defineProperty(ToolError.prototype, "name", { value: "ToolError", writable: true, configurable: true });

  function reviveError(payload) {
    let info;
    try { info = parse(payload); } catch { info = { name: "Error", message: String(payload) }; }
    // Every error a call ends with is a ToolError with a code, whatever its own name
    // (ApprovalRejectedError, CallBlockedError, ...), so that catch (e) { e instanceof ToolError } holds.
    const error = new ToolError(String(info.message), typeof info.code === "string" ? info.code : undefined, info.details);
    if (typeof info.name === "string" && info.name !== "ToolError") defineProperty(error, "name", { value: info.name, writable: true, configurable: true });
    return error;
  }

  function callOperation(namespace, name, input) {
    let json;
    try {
      json = stringify(input === undefined ? {} : input, jsonReplacer);
    } catch (error) {
      return Promise.reject(new TypeError(namespace + "." + name + ": the input must be JSON-serialisable (" + error.message + ")"));
    }
    // The call site's stack, so a failure points at the script's line, not at the bridge.
    const site = new Error();
    return new Promise((resolve, reject) => {
      const id = ++lastCallId;
      pendingCalls.set(id, { resolve, reject, site });
      hostCall(id + "\u0001" + namespace + "\u0001" + name + "\u0001" + json);
    });
  }

  // The host settles a call with one string: "<id>\x01<1|u|0>\x01<JSON result or error>"
  // (\x01, not NUL: strings cross the bridge as C strings; JSON text never holds a raw \x01).
  const pendingCalls = new Map();
  let lastCallId = 0;
  function deliver(message) {
    const first = message.indexOf("\u0001");
    const id = Number(message.slice(0, first));
    const kind = message[first + 1];
    const payload = message.slice(first + 3);
    const call = pendingCalls.get(id);
    if (call === undefined) return;
    pendingCalls.delete(id);
    if (kind === "1") call.resolve(parse(payload));
    else if (kind === "u") call.resolve(undefined);
    else {
      const error = reviveError(payload);
      error.stack = call.site.stack;
      call.reject(error);
    }
  }

  function configure(configJson) {
    const config = parse(configJson);
    maxString = config.maxStringChars;
    for (const namespace of ObjectKeys(config.globals)) defineNamespace(namespace, config);
  }
  function defineNamespace(namespace, config) {
    const api = {};
    for (const name of config.globals[namespace]) {
      const parameters = config.positional[namespace + "." + name];
      const fn = parameters === undefined
        ? { [name]: (input) => callOperation(namespace, name, input) }[name]
        : { [name]: (...args) => {
            const input = {};
            for (let i = 0; i < parameters.length; i++) if (args[i] !== undefined) input[parameters[i]] = args[i];
            return callOperation(namespace, name, input);
          } }[name];
      // "state.get" is api.state.get: a group of functions under one name.
      const dot = name.indexOf(".");
      if (dot < 0) api[name] = fn;
      else (api[name.slice(0, dot)] || (api[name.slice(0, dot)] = {}))[name.slice(dot + 1)] = fn;
    }
    for (const key of ObjectKeys(api)) if (typeof api[key] === "object") freeze(api[key]);
    freeze(api);
    // A name the namespace lacks still calls the host, which says what is wrong (no such
    // operation, or its source is unavailable) as a ToolError instead of "not a function".
    const unknown = {};
    const view = new Proxy(api, {
      get(target, key) {
        if (key in target || typeof key !== "string" || NOT_OPERATIONS.has(key) || !IDENTIFIER.test(key)) return target[key];
        return unknown[key] || (unknown[key] = { [key]: (input) => callOperation(namespace, key, input) }[key]);
      },
    });
    defineProperty(G, namespace, { value: view, writable: false, enumerable: false, configurable: false });
  }
  const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
  // Looked up by await, JSON.stringify, inspection and coercion: never operations.
  const NOT_OPERATIONS = new Set(["then", "toJSON", "constructor", "valueOf", "toString", "inspect", "prototype", "__proto__"]);

  // -- console: a tagged tree per argument, formatted on the host like util.inspect --
  // seen: the objects on the path from the argument down (a repeat is a cycle); budget: nodes
  // left for this console call, so a shared-reference graph cannot expand without end.
  function tag(value, seen, depth, budget) {
    if (--budget.left < 0) return { t: "cut" };
    const type = typeof value;
    if (value === null) return { t: "null" };
    if (type === "string") return value.length > maxString ? { t: "s", v: value.slice(0, maxString), more: value.length - maxString } : { t: "s", v: value };
    if (type === "number") return { t: "n", v: String(value) };
    if (type === "boolean") return { t: "bool", v: value };
    if (type === "undefined") return { t: "u" };
    if (type === "bigint") return { t: "big", v: String(value) };
    if (type === "symbol") return { t: "sym", v: value.description === undefined ? "" : value.description };
    if (type === "function") return { t: "f", name: value.name || "", cls: /^class[\s{]/.test(Function.prototype.toString.call(value)) };
    const id = seen.get(value);
    if (id !== undefined) return { t: "ref", id };
    const newId = ++budget.ids;
    seen.set(value, newId);
    try {
      return tagObject(value, seen, depth, budget, newId);
    } finally {
      seen.delete(value);
    }
  }
  function tagObject(value, seen, depth, budget, newId) {
    if (depth > 6) return { t: "deep", id: newId, arr: isArray(value) };
    const next = depth + 1;
    if (isArray(value)) {
      const items = [];
      const n = value.length < 101 ? value.length : 101;
      for (let i = 0; i < n; i++) items.push(tag(value[i], seen, next, budget));
      return { t: "a", id: newId, items, length: value.length };
    }
    if (value instanceof RealDate) return { t: "d", id: newId, v: isNaN(value.getTime()) ? null : value.toISOString() };
    if (value instanceof RegExp) return { t: "re", id: newId, v: String(value) };
    if (value instanceof Error) {
      return { t: "e", id: newId, name: String(value.name), message: String(value.message), stack: typeof value.stack === "string" ? value.stack : "", props: entries(value, seen, next, ["name", "message", "stack"], budget) };
    }
    if (value instanceof Map) {
      const items = [];
      for (const [k, v] of value) { if (items.length > 100) break; items.push([tag(k, seen, next, budget), tag(v, seen, next, budget)]); }
      return { t: "map", id: newId, items, size: value.size };
    }
    if (value instanceof Set) {
      const items = [];
      for (const v of value) { if (items.length > 100) break; items.push(tag(v, seen, next, budget)); }
      return { t: "set", id: newId, items, size: value.size };
    }
    if (value instanceof Promise) return { t: "p", id: newId };
    if (ArrayBuffer.isView(value)) {
      const items = [];
      const n = value.length < 101 ? value.length : 101;
      for (let i = 0; i < n; i++) items.push(typeof value[i] === "bigint" ? String(value[i]) : value[i]);
      return { t: "ta", id: newId, ctor: value.constructor.name, items, length: value.length };
    }
    let ctor = "Object";
    const proto = getPrototypeOf(value);
    if (proto === null) ctor = null;
    else if (proto !== Object.prototype) {
      const c = proto.constructor;
      ctor = typeof c === "function" && c.name ? c.name : "Object";
    }
    return { t: "o", id: newId, ctor, props: entries(value, seen, next, [], budget) };
  }
  function entries(object, seen, depth, skip, budget) {
    const keys = ObjectKeys(object);
    const props = [];
    for (let i = 0; i < keys.length && i < 200; i++) {
      if (skip.indexOf(keys[i]) >= 0) continue;
      let v;
      try { v = object[keys[i]]; } catch (error) { v = "[getter threw]"; }
      props.push([keys[i], tag(v, seen, depth, budget)]);
    }
    if (keys.length > 200) props.push(["...", { t: "more", v: keys.length - 200 }]);
    return props;
  }
  const consoleApi = {};
  for (const level of ["log", "info", "warn", "error", "debug"]) {
    consoleApi[level] = function (...args) {
      const budget = { left: 5000, ids: 0 };
      hostLog(level + "\u0001" + stringify(args.map((a) => tag(a, new Map(), 0, budget))));
    };
  }
  consoleApi.trace = consoleApi.debug;
  defineProperty(G, "console", { value: freeze(consoleApi), writable: true, configurable: true });

  // -- non-deterministic values: all drawn from the host through one hook --
  Math.random = function random() { return hostDraw("random"); };
  // A function, not a class: Date() without new must still work. Declared under another name
  // because a hoisted "function Date" would shadow RealDate above.
  const HostDate = function Date(...args) {
    if (new.target === undefined) return new RealDate(hostDraw("now")).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [hostDraw("now")] : args, new.target);
  };
  HostDate.prototype = RealDate.prototype;
  HostDate.now = function now() { return hostDraw("now"); };
  HostDate.parse = RealDate.parse;
  HostDate.UTC = RealDate.UTC;
  defineProperty(RealDate.prototype, "constructor", { value: HostDate, writable: true, configurable: true });
  defineProperty(G, "Date", { value: HostDate, writable: true, configurable: true });
  const crypto = {
    randomUUID() { return hostDraw("uuid"); },
    getRandomValues(array) {
      for (let i = 0; i < array.length; i++) array[i] = Math.floor(hostDraw("random") * 4294967296);
      return array;
    },
  };
  defineProperty(G, "crypto", { value: freeze(crypto), writable: true, configurable: true });

  // -- timers: host timers owned by the run, cancelled when it ends --
  G.setTimeout = function setTimeout(callback, ms, ...args) {
    if (typeof callback !== "function") throw new TypeError("setTimeout needs a function");
    return hostSetTimer(() => callback(...args), Number(ms) || 0);
  };
  G.clearTimeout = function clearTimeout(id) { if (typeof id === "number") hostClearTimer(id); };
  G.ToolError = ToolError;

  // -- results and errors leave as JSON --
  function jsonReplacer(key, value) {
    if (typeof value === "bigint") return String(value);
    if (value instanceof Map) return Object.fromEntries(value);
    if (value instanceof Set) return Array.from(value);
    return value;
  }
  // Never throws: a hostile thrown value (throwing getters, a Proxy) still ends the run at once.
  function describeError(error) {
    try {
      if (error instanceof Error) {
        const info = { name: String(error.name), message: String(error.message), stack: typeof error.stack === "string" ? error.stack : "" };
        if (typeof error.code === "string") info.code = error.code;
        return stringify(info);
      }
      let message;
      try { message = typeof error === "string" ? error : typeof error === "symbol" ? String(error) : stringify(error); }
      catch { message = String(error); }
      return stringify({ name: "Error", message: "Uncaught " + message, stack: "" });
    } catch {
      return stringify({ name: "Error", message: "Uncaught exception (the thrown value could not be read)", stack: "" });
    }
  }
  function settle(value) {
    let json;
    try { json = value === undefined ? undefined : stringify(value, jsonReplacer); }
    catch (error) {
      let reason;
      try { reason = String(error && error.message); } catch { reason = "its toJSON threw"; }
      hostFinish(false, describeError(new TypeError("The returned value is not JSON-serialisable: " + reason)));
      return;
    }
    hostFinish(true, json);
  }
  function start(main, callResult) {
    let promise;
    try { promise = Promise.resolve(main()); } catch (error) { hostFinish(false, describeError(error)); return; }
    promise.then((value) => {
      if (callResult && typeof value === "function") {
        return Promise.resolve().then(() => value()).then(settle, (error) => hostFinish(false, describeError(error)));
      }
      settle(value);
    }, (error) => hostFinish(false, describeError(error)));
  }
  return { configure, start, deliver };
})`;
