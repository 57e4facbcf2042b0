import type { SchemaGraph } from "./analyze-schemas.js";
import type { SchemaObject } from "./schema-object.js";

/** What stays the same while rendering one namespace (or one signature). */
export interface RenderContext {
  graph: SchemaGraph;
  /** Schema objects rendered by name rather than inline. */
  names: ReadonlyMap<SchemaObject, string>;
  maxDepth: number;
  /** One line, no JSDoc, `…` for whatever is cut: for signatures in search results. */
  compact: boolean;
}

/** Characters one declaration may take; object and enum renderers consume it as they go. */
export interface SizeBudget {
  readonly limit: number;
  used: number;
}

/** The state of rendering at one schema position. */
export interface Frame {
  context: RenderContext;
  /** The document `$ref`s resolve against here. */
  root: unknown;
  /** Object and array levels above this position: what `maxDepth` limits. */
  depth: number;
  /** Every level above this position: a guard for the stack, whatever the schema. */
  nesting: number;
  /**
   * Inside an object member or array element: a type alias may refer to itself from here, but not
   * from a bare union or intersection (`type A = B | null; type B = A` does not compile).
   */
  deferred: boolean;
  budget: SizeBudget;
  /** Unnamed schema objects being expanded on the current path (a guard; analysis names cycles). */
  expanding: Set<SchemaObject>;
  /** Named types referenced so far, each mapped to whether one reference was not deferred. */
  references: Map<string, boolean>;
  /** Named types that must not be referenced from a non-deferred position (cycle breaking). */
  breakCycles: ReadonlySet<string>;
}

/** The maximum levels of any kind, whatever `maxDepth` says: keeps the stack safe. */
export const MAX_NESTING = 64;

/** The frame for a subschema: `structural` for object members and array elements. */
export function childFrame(frame: Frame, structural: boolean): Frame {
  return {
    ...frame,
    depth: structural ? frame.depth + 1 : frame.depth,
    nesting: frame.nesting + 1,
    deferred: frame.deferred || structural,
  };
}

export interface FrameOptions {
  context: RenderContext;
  root: unknown;
  maxChars: number;
  breakCycles?: ReadonlySet<string>;
}

/** A fresh frame for the top of one declaration, with its own size budget. */
export function topFrame(options: FrameOptions): Frame {
  return {
    context: options.context,
    root: options.root,
    depth: 0,
    nesting: 0,
    deferred: false,
    budget: { limit: options.maxChars, used: 0 },
    expanding: new Set(),
    references: new Map(),
    breakCycles: options.breakCycles ?? new Set(),
  };
}
