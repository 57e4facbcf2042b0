import { createHash } from "node:crypto";
import { parseJson, safeParseJson } from "../../core/json.js";
import type { OperationAnnotations, OperationSource } from "../../core/operation.js";
import { defineLazy, lazyProperties } from "./lazy-property.js";
import {
  type BuiltOperation,
  type BuiltSpec,
  isJsonObject,
  type JsonObject,
} from "./spec-types.js";

/** Bump when what `buildOperations` makes, or how it is laid out here, changes. */
export const CACHE_FORMAT = 3;

const MAGIC = "codemode-openapi-cache";

/** Where one JSON text sits in the data section: byte offset and length. */
type Span = [offset: number, length: number];

/** The pruned root: the objects leading to each part, and each part as the span of its JSON. */
type RootLayout = Span | { [token: string]: RootLayout };

/** Each operation's parts, written one after the other in this order, each parsed on first use. */
const PARTS = ["description", "inputSchema", "outputSchema", "plan"] as const;

/**
 * What listing and search need at once, by column (one entry per operation: arrays of strings
 * and numbers parse faster than as many small objects).
 */
interface Header {
  servers: string[];
  title?: string;
  names: string[];
  methods: string[];
  paths: string[];
  tags: string[][];
  /** The operationId, or null. */
  originalNames: (string | null)[];
  /** An index into `annotationSets`, or -1 for none. */
  annotations: number[];
  annotationSets: OperationAnnotations[];
  /** Per operation, the byte length of each of {@link PARTS}, 0 for none; from the data's start. */
  lengths: number[];
  /** Where the root's layout is (parsed when the root is first read). */
  root: Span;
}

/**
 * A built spec as one cache file. A first line of text names the format, the key, the SHA-256 of
 * the rest and the header's length; then the header (JSON: each operation's name, source and
 * annotations, and the lengths of its other parts); then the data: each description, input and
 * output schema, call plan and part of the pruned root as its own JSON text. A load parses the
 * header only; {@link decodeSpec} parses the rest on first use.
 *
 * @example
 * const bytes = encodeSpec(buildOperations(document, "servers.github"), key);
 */
export function encodeSpec(spec: BuiltSpec, key: string): Buffer {
  const texts: string[] = [];
  let size = 0;
  const write = (value: unknown): number => {
    if (value === undefined) return 0;
    const text = JSON.stringify(value) ?? "null";
    const length = Buffer.byteLength(text);
    texts.push(text);
    size += length;
    return length;
  };
  const span = (value: unknown): Span => {
    const offset = size;
    return [offset, write(value)];
  };
  const annotationSets: OperationAnnotations[] = [];
  const annotationIndex = new Map<string, number>();
  const header: Header = {
    servers: spec.servers,
    names: [],
    methods: [],
    paths: [],
    tags: [],
    originalNames: [],
    annotations: [],
    annotationSets,
    lengths: [],
    root: [0, 0],
  };
  for (const operation of spec.operations) {
    const { source, annotations } = operation;
    header.names.push(operation.name);
    header.methods.push(source.method ?? "");
    header.paths.push(source.path ?? "");
    header.tags.push(source.tags ?? []);
    header.originalNames.push(source.originalName ?? null);
    let set = -1;
    if (annotations !== undefined) {
      const text = JSON.stringify(annotations);
      set = annotationIndex.get(text) ?? annotationSets.push(annotations) - 1;
      annotationIndex.set(text, set);
    }
    header.annotations.push(set);
    for (const part of PARTS) header.lengths.push(write(operation[part]));
  }
  header.root = span(rootLayout(spec.root, spec.rootParts, span));
  if (spec.title !== undefined) header.title = spec.title;
  const headerText = JSON.stringify(header);
  const headerLength = Buffer.byteLength(headerText);
  // The first line is as long whatever the digest: it is written last, over a placeholder.
  const firstLine = (digest: string) =>
    `${MAGIC} ${CACHE_FORMAT} ${key} ${digest} ${headerLength}\n`;
  const start = Buffer.byteLength(firstLine("0".repeat(64)));
  // Each text written straight into one buffer (joining them first costs more).
  const bytes = Buffer.allocUnsafe(start + headerLength + size);
  let offset = start + bytes.write(headerText, start);
  for (const text of texts) offset += bytes.write(text, offset);
  const digest = createHash("sha256").update(bytes.subarray(start)).digest("hex");
  bytes.write(firstLine(digest), 0);
  return bytes;
}

/** The data section, and where each operation's parts start in it. */
interface CacheData {
  data: Buffer;
  starts: number[];
  lengths: number[];
}

/**
 * The spec in a cache file written by {@link encodeSpec} for this key; undefined when the file is
 * of another format or key, damaged (its digest differs) or not laid out as expected. Schemas,
 * descriptions, plans and parts of the root are parsed when first read.
 *
 * @example
 * const spec = decodeSpec(await readFile(file), key); // undefined: build again
 */
export function decodeSpec(bytes: Uint8Array, key: string): BuiltSpec | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lineEnd = buffer.subarray(0, 512).indexOf(10);
  if (lineEnd < 0) return undefined;
  const [magic, format, fileKey, digest, headerText] = buffer
    .toString("latin1", 0, lineEnd)
    .split(" ");
  if (magic !== MAGIC || format !== String(CACHE_FORMAT) || fileKey !== key) return undefined;
  const body = buffer.subarray(lineEnd + 1);
  if (createHash("sha256").update(body).digest("hex") !== digest) return undefined;
  const headerLength = Number(headerText);
  if (!Number.isSafeInteger(headerLength) || headerLength > body.length) return undefined;
  const parsed = safeParseJson(body.toString("utf8", 0, headerLength));
  const data = body.subarray(headerLength);
  if (!parsed.success || !isHeader(parsed.value, data.length)) return undefined;
  const header = parsed.value;
  const { lengths } = header;
  const starts: number[] = new Array(lengths.length);
  let offset = 0;
  for (let index = 0; index < lengths.length; index++) {
    starts[index] = offset;
    offset += lengths[index] ?? 0;
  }
  if (offset > data.length) return undefined;
  const file: CacheData = { data, starts, lengths };
  const operations = header.names.map((name, index) => {
    const source: OperationSource = {
      kind: "openapi",
      method: header.methods[index] as string,
      path: header.paths[index] as string,
      tags: header.tags[index] as string[],
    };
    const originalName = header.originalNames[index];
    if (typeof originalName === "string") source.originalName = originalName;
    const operation: Omit<BuiltOperation, Part> = { name, source };
    const set = header.annotationSets[header.annotations[index] ?? -1];
    if (set !== undefined) operation.annotations = { ...set };
    return defineOperationParts(operation, { file, index }, partKeys(lengths, index));
  });
  const spec: Omit<BuiltSpec, "root"> = { operations, servers: header.servers, digest: key };
  if (header.title !== undefined) spec.title = header.title;
  return defineLazy(spec, "root", () => {
    const layout = parseSpan(data, header.root);
    if (!isLayout(layout, data.length)) throw new Error("The OpenAPI cache's root is damaged.");
    const root = rootFromLayout(layout, data);
    return isJsonObject(root) ? root : {};
  });
}

/** The JSON value at `span` of the data section. */
function parseSpan(data: Buffer, span: Span): unknown {
  const text = data.toString("utf8", span[0], span[0] + span[1]);
  return parseJson(text, "A part of the OpenAPI cache");
}

/** One of an operation's {@link PARTS}, or undefined when it has none. */
function parsePart(file: CacheData, index: number, part: number): unknown {
  const at = index * PARTS.length + part;
  const length = file.lengths[at] ?? 0;
  return length === 0 ? undefined : parseSpan(file.data, [file.starts[at] ?? 0, length]);
}

type Part = (typeof PARTS)[number];
type PartSource = { file: CacheData; index: number };

/** Reads one part back: the cache holds what the build wrote, so it parses to the part's type. */
function readPart<P extends Part>(part: P): (source: PartSource) => BuiltOperation[P] {
  const position = PARTS.indexOf(part);
  return ({ file, index }) => parsePart(file, index, position) as BuiltOperation[P];
}

const defineOperationParts = lazyProperties<PartSource, Pick<BuiltOperation, Part>>({
  description: readPart("description"),
  inputSchema: readPart("inputSchema"),
  outputSchema: readPart("outputSchema"),
  plan: readPart("plan"),
});

/** The parts an operation has: each set of keys made once. */
const keySets = new Map<number, Part[]>();
function partKeys(lengths: readonly number[], index: number): Part[] {
  let mask = 0;
  for (let part = 0; part < PARTS.length; part++) {
    if ((lengths[index * PARTS.length + part] ?? 0) > 0) mask |= 1 << part;
  }
  let keys = keySets.get(mask);
  if (keys === undefined) {
    keys = PARTS.filter((_part, position) => mask & (1 << position));
    keySets.set(mask, keys);
  }
  return keys;
}

/** The root as nested objects down to each part, each part a span of its own. */
function rootLayout(
  root: JsonObject,
  parts: readonly (readonly string[])[] | undefined,
  span: (value: unknown) => Span,
): RootLayout {
  if (parts === undefined) return span(root);
  const leaves = new Set(parts.map((tokens) => JSON.stringify(tokens)));
  const walk = (node: unknown, path: string[]): RootLayout => {
    if (leaves.has(JSON.stringify(path)) || !isJsonObject(node)) return span(node);
    const layout: { [token: string]: RootLayout } = {};
    for (const [token, child] of Object.entries(node)) {
      Object.defineProperty(layout, token, {
        value: walk(child, [...path, token]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return layout;
  };
  return walk(root, []);
}

/** The objects of a layout, with each part parsed when it is first read. */
function rootFromLayout(layout: RootLayout, data: Buffer): unknown {
  if (Array.isArray(layout)) return parseSpan(data, layout);
  const node: JsonObject = {};
  for (const [token, child] of Object.entries(layout)) {
    if (Array.isArray(child)) {
      defineLazy(node, token, () => parseSpan(data, child));
    } else {
      const object = rootFromLayout(child, data);
      Object.defineProperty(node, token, {
        value: object,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return node;
}

const isSpan = (value: unknown, size: number): value is Span =>
  Array.isArray(value) &&
  value.length === 2 &&
  Number.isSafeInteger(value[0]) &&
  Number.isSafeInteger(value[1]) &&
  value[0] >= 0 &&
  value[1] >= 0 &&
  value[0] + value[1] <= size;

function isLayout(value: unknown, size: number): value is RootLayout {
  if (Array.isArray(value)) return isSpan(value, size);
  return isJsonObject(value) && Object.values(value).every((child) => isLayout(child, size));
}

const isStrings = (value: unknown, count?: number): value is string[] =>
  Array.isArray(value) &&
  (count === undefined || value.length === count) &&
  value.every((item) => typeof item === "string");

const isCounts = (value: unknown, count: number): value is number[] =>
  Array.isArray(value) &&
  value.length === count &&
  value.every((item) => Number.isSafeInteger(item) && item >= -1);

/** The header's shape: every column as long as the names, and the root's span inside the data. */
function isHeader(value: unknown, size: number): value is Header {
  if (!isJsonObject(value) || !Array.isArray(value.names)) return false;
  const count = value.names.length;
  return (
    isStrings(value.names, count) &&
    isStrings(value.servers) &&
    (value.title === undefined || typeof value.title === "string") &&
    isStrings(value.methods, count) &&
    isStrings(value.paths, count) &&
    Array.isArray(value.tags) &&
    value.tags.length === count &&
    value.tags.every((tags: unknown) => isStrings(tags)) &&
    Array.isArray(value.originalNames) &&
    value.originalNames.length === count &&
    value.originalNames.every((name: unknown) => name === null || typeof name === "string") &&
    Array.isArray(value.annotationSets) &&
    value.annotationSets.every(isJsonObject) &&
    isCounts(value.annotations, count) &&
    isCounts(value.lengths, count * PARTS.length) &&
    (value.lengths as number[]).every((length) => length >= 0) &&
    isSpan(value.root, size)
  );
}
