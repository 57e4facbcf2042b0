import { formatWithOptions, inspect } from "node:util";
import { safeParseJson } from "../core/json.js";

/** One console argument as the guest tags it (see the prelude). */
type Tagged =
  | { t: "null" | "u" }
  | { t: "s"; v: string; more?: number }
  | { t: "n" | "big" | "sym"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "f"; name: string; cls: boolean }
  | { t: "ref"; id: number }
  | { t: "deep"; id: number; arr: boolean }
  | { t: "a"; id: number; items: Tagged[]; length: number }
  | { t: "d"; id: number; v: string | null }
  | { t: "re"; id: number; v: string }
  | { t: "e"; id: number; name: string; message: string; stack: string; props: [string, Tagged][] }
  | { t: "map"; id: number; items: [Tagged, Tagged][]; size: number }
  | { t: "set"; id: number; items: Tagged[]; size: number }
  | { t: "p"; id: number }
  | { t: "ta"; id: number; ctor: string; items: (number | string)[]; length: number }
  | { t: "o"; id: number; ctor: string | null; props: [string, Tagged][] }
  | { t: "more"; v: number }
  | { t: "cut" };

const INSPECT_OPTIONS = {
  depth: 4,
  breakLength: 100,
  maxArrayLength: 100,
  maxStringLength: 10_000,
};

/** A stand-in that prints verbatim, for things util.inspect would otherwise quote. */
function verbatim(text: string): object {
  return { [inspect.custom]: () => text };
}

/** A prototype whose constructor is called `name`, as util.inspect looks for it. */
function prototypeNamed(name: string): object {
  const namedConstructor = () => {};
  Object.defineProperty(namedConstructor, "name", { value: name });
  const prototype = Object.create(Object.prototype, { constructor: { value: namedConstructor } });
  namedConstructor.prototype = prototype;
  return prototype;
}

/** Rebuilds host values from the guest's tags, so util.inspect prints what Node would print. */
function revive(
  tagged: Tagged,
  refs: Map<number, unknown>,
  mapStack: (text: string) => string,
): unknown {
  switch (tagged.t) {
    case "null":
      return null;
    case "u":
      return undefined;
    case "s":
      return tagged.more ? `${tagged.v}… (${tagged.more} more characters)` : tagged.v;
    case "n":
      return Number(tagged.v);
    case "bool":
      return tagged.v;
    case "big":
      return BigInt(tagged.v);
    case "sym":
      return Symbol(tagged.v);
    case "f":
      return verbatim(
        `[${tagged.cls ? "class" : "Function"}${tagged.name ? `${tagged.cls ? " " : ": "}${tagged.name}` : " (anonymous)"}]`,
      );
    case "ref":
      return refs.get(tagged.id) ?? verbatim("[Circular]");
    case "deep":
      return verbatim(tagged.arr ? "[Array]" : "[Object]");
    case "more":
      return verbatim(`${tagged.v} more properties`);
    case "cut":
      return verbatim("…");
    case "a": {
      const array: unknown[] = [];
      refs.set(tagged.id, array);
      const shown = Math.min(tagged.items.length, 100);
      for (let i = 0; i < shown; i++) array.push(revive(tagged.items[i] as Tagged, refs, mapStack));
      if (tagged.length > shown) array.push(verbatim(`... ${tagged.length - shown} more items`));
      return array;
    }
    case "d":
      return tagged.v === null ? new Date(Number.NaN) : new Date(tagged.v);
    case "re":
      return verbatim(tagged.v);
    case "e": {
      const error = new Error(tagged.message);
      refs.set(tagged.id, error);
      Object.defineProperty(error, "name", {
        value: tagged.name,
        configurable: true,
        writable: true,
      });
      const frames = mapStack(tagged.stack).trimEnd();
      error.stack = `${tagged.name}: ${tagged.message}${frames ? `\n${frames}` : ""}`;
      for (const [key, value] of tagged.props)
        (error as unknown as Record<string, unknown>)[key] = revive(value, refs, mapStack);
      return error;
    }
    case "map": {
      const map = new Map();
      refs.set(tagged.id, map);
      for (const [k, v] of tagged.items)
        map.set(revive(k, refs, mapStack), revive(v, refs, mapStack));
      return map;
    }
    case "set": {
      const set = new Set();
      refs.set(tagged.id, set);
      for (const v of tagged.items) set.add(revive(v, refs, mapStack));
      return set;
    }
    case "p":
      return verbatim("Promise { <pending> }");
    case "ta": {
      const more = tagged.length > 100 ? `, ... ${tagged.length - 100} more items` : "";
      const items = tagged.items.slice(0, 100).join(", ");
      return verbatim(`${tagged.ctor}(${tagged.length}) [${items ? ` ${items}${more} ` : ""}]`);
    }
    case "o": {
      const proto =
        tagged.ctor === null
          ? null
          : tagged.ctor === "Object"
            ? Object.prototype
            : prototypeNamed(tagged.ctor);
      const object = Object.create(proto) as Record<string, unknown>;
      refs.set(tagged.id, object);
      for (const [key, value] of tagged.props) {
        if (key === "..." && value.t === "more") object["..."] = revive(value, refs, mapStack);
        else object[key] = revive(value, refs, mapStack);
      }
      return object;
    }
  }
}

/**
 * Formats one console call from the guest like Node's console.log (util.format semantics:
 * `%s`/`%d`/`%o` substitutions, strings bare at the top level, objects through util.inspect).
 */
export function formatLogLine(
  argsJson: string,
  mapStack: (text: string) => string = (s) => s,
): string {
  const parsed = safeParseJson(argsJson);
  if (!parsed.success || !Array.isArray(parsed.value)) return String(argsJson);
  const refs = new Map<number, unknown>();
  const args = (parsed.value as Tagged[]).map((tagged) => revive(tagged, refs, mapStack));
  return formatWithOptions(INSPECT_OPTIONS, ...args);
}
