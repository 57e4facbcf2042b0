const STATE = Symbol("lazy properties");

interface LazyState<S> {
  source: S;
  values: Record<string, unknown>;
}

type Holder<S> = { [STATE]: LazyState<S> };

/**
 * Defines own, enumerable properties whose values are computed from `source` on first read, then
 * kept; writing one replaces it. Spreading, `Object.keys` and `JSON.stringify` see them like any
 * other property (and compute them). The descriptors are made once and shared by every object,
 * which keeps defining them cheap on thousands of objects (a document's operations).
 *
 * @example
 * const define = lazyProperties({ inputSchema: (entry: Entry) => JSON.parse(entry.text) });
 * define(operation, entry, ["inputSchema"]); // parsed when `operation.inputSchema` is first read
 */
export function lazyProperties<S, T extends object>(
  computes: { [K in keyof T]-?: (source: S) => T[K] },
): <B extends object>(target: B, source: S, keys: readonly (keyof T & string)[]) => B & T {
  const descriptors = new Map<string, PropertyDescriptor>();
  for (const [key, compute] of Object.entries<(source: S) => unknown>(computes)) {
    descriptors.set(key, {
      enumerable: true,
      configurable: true,
      get(this: Holder<S>) {
        const state = this[STATE];
        if (!Object.hasOwn(state.values, key)) state.values[key] = compute(state.source);
        return state.values[key];
      },
      set(this: Holder<S>, value: unknown) {
        this[STATE].values[key] = value;
      },
    });
  }
  return <B extends object>(target: B, source: S, keys: readonly (keyof T & string)[]) => {
    Object.defineProperty(target, STATE, { value: { source, values: Object.create(null) } });
    for (const key of keys) {
      const descriptor = descriptors.get(key);
      if (descriptor === undefined) throw new Error(`"${key}" is not a lazy property here.`);
      Object.defineProperty(target, key, descriptor);
    }
    // The one place the type is claimed: each key now reads through its getter.
    return target as B & T;
  };
}

/**
 * Defines one own, enumerable property computed on its first read, then kept; writing it first
 * replaces it. For objects with many different keys (a document's schemas by name), where
 * {@link lazyProperties} shares nothing. The property stays an accessor: redefining it as a plain
 * value costs time in proportion to the object's size, every time.
 *
 * @example
 * defineLazy(schemas, "simple-user", () => JSON.parse(text));
 */
export function defineLazy<B extends object, K extends string, V>(
  target: B,
  key: K,
  compute: () => V,
): B & Record<K, V> {
  const { values } = stateOf(target);
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (!Object.hasOwn(values, key)) values[key] = compute();
      return values[key];
    },
    set(value: unknown) {
      values[key] = value;
    },
  });
  return target as B & Record<K, V>;
}

function stateOf(target: object): LazyState<unknown> {
  const holder = target as Partial<Holder<unknown>>;
  if (holder[STATE] === undefined) {
    Object.defineProperty(target, STATE, {
      value: { source: undefined, values: Object.create(null) },
    });
  }
  return (target as Holder<unknown>)[STATE];
}

/** Whether a lazy property is still to be computed (for tests: what a load or a describe parsed). */
export function isPending(target: object, key: string): boolean {
  const state = (target as Partial<Holder<unknown>>)[STATE];
  const getter = typeof Object.getOwnPropertyDescriptor(target, key)?.get === "function";
  return getter && state !== undefined && !Object.hasOwn(state.values, key);
}
