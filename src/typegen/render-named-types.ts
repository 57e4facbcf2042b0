import { findCycleBreaks } from "./break-type-cycles.js";
import { type RenderContext, topFrame } from "./render-context.js";
import type { RenderedDeclaration } from "./render-function.js";
import { jsDoc, schemaDocLines } from "./render-jsdoc.js";
import { renderSchemaBody } from "./render-type.js";
import type { SchemaObject } from "./schema-object.js";

export interface RenderNamedTypesOptions {
  context: RenderContext;
  maxChars: number;
  /** Names the functions refer to: the types to declare, with those they use in turn. */
  references: Iterable<string>;
}

/**
 * Declares every named type reachable from `references` (`type Name = …;`, with JSDoc from its
 * title and description), sorted by name, each with its own size budget. References that would
 * make a type alias circular are cut to `unknown` with a comment.
 */
export function renderNamedTypes(options: RenderNamedTypesOptions): string[] {
  const { context, maxChars } = options;
  const nodes = new Map<string, SchemaObject>();
  for (const [node, name] of context.names) nodes.set(name, node);
  const rendered = new Map<string, RenderedDeclaration>();
  const queue = [...options.references];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const node = nodes.get(name);
    if (node === undefined || rendered.has(name)) continue;
    const declaration = renderTypeDeclaration({ context, maxChars, name, node });
    rendered.set(name, declaration);
    queue.push(...declaration.references.keys());
  }
  const immediate = new Map<string, string[]>();
  for (const [name, { references }] of rendered) {
    immediate.set(
      name,
      [...references].filter(([, isImmediate]) => isImmediate).map(([target]) => target),
    );
  }
  for (const [name, breakCycles] of findCycleBreaks(immediate)) {
    const node = nodes.get(name) as SchemaObject;
    rendered.set(name, renderTypeDeclaration({ context, maxChars, name, node, breakCycles }));
  }
  return [...rendered.keys()]
    .sort()
    .map((name) => (rendered.get(name) as RenderedDeclaration).text);
}

interface TypeDeclarationOptions {
  context: RenderContext;
  maxChars: number;
  name: string;
  node: SchemaObject;
  breakCycles?: ReadonlySet<string>;
}

function renderTypeDeclaration(options: TypeDeclarationOptions): RenderedDeclaration {
  const { context, name, node } = options;
  const frame = topFrame({
    context,
    root: context.graph.get(node)?.root,
    maxChars: options.maxChars,
    ...(options.breakCycles === undefined ? {} : { breakCycles: options.breakCycles }),
  });
  frame.expanding.add(node);
  const body = renderSchemaBody(node, frame);
  const doc = jsDoc(schemaDocLines(node));
  return { text: `${doc}type ${name} = ${body.text};`, references: frame.references };
}
