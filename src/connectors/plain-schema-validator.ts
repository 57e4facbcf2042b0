import type { JsonSchema } from "../core/operation.js";
import type { Validation, Validator } from "./json-schema-validator.js";

/**
 * Validators for the plain schemas most host functions declare (types, properties, required,
 * items, enum, lengths and bounds) without loading ajv: loading and warming it is most of a fresh
 * process's first call. Anything else (formats, references, combinators, patterns...) returns
 * `undefined`, and ajv validates it. Failures read as ajv's do.
 */
export function plainSchemaValidator(schema: JsonSchema): Validator | undefined {
  const check = compile(schema);
  if (!check) return undefined;
  return (value) => {
    const problems: string[] = [];
    check(value, "", problems);
    return problems.length === 0 ? VALID : { valid: false, message: describe(problems) };
  };
}

const VALID: Validation = Object.freeze({ valid: true });
/** Keywords that only describe: they never fail a value. */
const ANNOTATIONS = new Set(["$schema", "title", "description", "default", "examples", "$comment"]);
const TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);
const KEYWORDS = new Set([
  ...ANNOTATIONS,
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
]);

type Check = (value: unknown, path: string, problems: string[]) => void;

function compile(schema: JsonSchema): Check | undefined {
  if (schema === true) return () => {};
  if (schema === false || typeof schema !== "object" || schema === null) return undefined;
  const s = schema as Record<string, unknown>;
  for (const key of Object.keys(s)) if (!KEYWORDS.has(key)) return undefined;
  const checks: Check[] = [];

  const types = s.type === undefined ? undefined : Array.isArray(s.type) ? s.type : [s.type];
  if (types && !types.every((type) => typeof type === "string" && TYPES.has(type)))
    return undefined;
  if (types) {
    const expected = types.join(",");
    checks.push((value, path, problems) => {
      if (!types.some((type) => isType(value, type as string)))
        problems.push(`${path}\u0000must be ${expected}`);
    });
  }
  if (s.enum !== undefined) {
    if (!Array.isArray(s.enum) || !s.enum.every(isPrimitive)) return undefined;
    const allowed = s.enum;
    const text = JSON.stringify(allowed);
    checks.push((value, path, problems) => {
      if (!allowed.includes(value)) problems.push(`${path}\u0000must be one of ${text}`);
    });
  }
  if (s.const !== undefined) {
    if (!isPrimitive(s.const)) return undefined;
    const constant = s.const;
    checks.push((value, path, problems) => {
      if (value !== constant) problems.push(`${path}\u0000must be equal to constant`);
    });
  }
  const bound = (key: string, fails: (value: unknown, limit: number) => boolean, say: string) => {
    const limit = s[key];
    if (limit === undefined) return true;
    if (typeof limit !== "number") return false;
    checks.push((value, path, problems) => {
      if (fails(value, limit)) problems.push(`${path}\u0000${say.replace("{n}", String(limit))}`);
    });
    return true;
  };
  const length = (value: unknown) => (typeof value === "string" ? [...value].length : undefined);
  const size = (value: unknown) => (Array.isArray(value) ? value.length : undefined);
  const number = (value: unknown) => (typeof value === "number" ? value : undefined);
  const bounds = [
    bound("minLength", (v, n) => (length(v) ?? n) < n, "must NOT have fewer than {n} characters"),
    bound("maxLength", (v, n) => (length(v) ?? n) > n, "must NOT have more than {n} characters"),
    bound("minimum", (v, n) => (number(v) ?? n) < n, "must be >= {n}"),
    bound("maximum", (v, n) => (number(v) ?? n) > n, "must be <= {n}"),
    bound("minItems", (v, n) => (size(v) ?? n) < n, "must NOT have fewer than {n} items"),
    bound("maxItems", (v, n) => (size(v) ?? n) > n, "must NOT have more than {n} items"),
  ];
  if (!bounds.every(Boolean)) return undefined;

  const objectCheck = compileObject(s);
  if (objectCheck === null) return undefined;
  if (objectCheck) checks.push(objectCheck);
  if (s.items !== undefined) {
    const item = compile(s.items as JsonSchema);
    if (!item) return undefined;
    checks.push((value, path, problems) => {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) item(value[i], `${path}/${i}`, problems);
    });
  }
  return (value, path, problems) => {
    for (const each of checks) each(value, path, problems);
  };
}

/** `required`, `additionalProperties` and `properties`; null when one is beyond this validator. */
function compileObject(s: Record<string, unknown>): Check | undefined | null {
  const { properties, required, additionalProperties } = s;
  if (properties === undefined && required === undefined && additionalProperties === undefined)
    return undefined;
  if (required !== undefined && !(Array.isArray(required) && required.every(isString))) return null;
  if (properties !== undefined && (typeof properties !== "object" || properties === null))
    return null;
  const compiled: [string, Check][] = [];
  for (const [name, property] of Object.entries((properties ?? {}) as Record<string, unknown>)) {
    const check = compile(property as JsonSchema);
    if (!check) return null;
    compiled.push([name, check]);
  }
  const extra =
    additionalProperties === undefined || additionalProperties === true
      ? undefined
      : additionalProperties === false
        ? false
        : compile(additionalProperties as JsonSchema);
  if (extra === undefined && additionalProperties !== undefined && additionalProperties !== true)
    return null;
  const known = new Set(compiled.map(([name]) => name));
  const names = (required ?? []) as string[];
  return (value, path, problems) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return;
    const record = value as Record<string, unknown>;
    for (const name of names)
      if (!Object.hasOwn(record, name))
        problems.push(`${path}\u0000must have required property '${name}'`);
    if (extra !== undefined) {
      for (const key of Object.keys(record)) {
        if (known.has(key)) continue;
        if (extra === false) problems.push(`${path}\u0000unknown property "${key}"`);
        else extra(record[key], `${path}/${escapePointer(key)}`, problems);
      }
    }
    for (const [name, check] of compiled)
      if (Object.hasOwn(record, name) && record[name] !== undefined)
        check(record[name], `${path}/${escapePointer(name)}`, problems);
  };
}

function isType(value: unknown, type: string): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    default:
      return typeof value === "object" && value !== null && !Array.isArray(value);
  }
}

function isPrimitive(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function escapePointer(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** As `describeErrors` words ajv's: where (dotted, `input` at the top), then what. */
function describe(problems: readonly string[]): string {
  const lines = problems.slice(0, 8).map((problem) => {
    const [path = "", text = ""] = problem.split("\u0000");
    return `${path ? path.slice(1).replaceAll("/", ".") : "input"}: ${text}`;
  });
  if (problems.length > 8) lines.push(`… and ${problems.length - 8} more`);
  return lines.join("; ");
}
