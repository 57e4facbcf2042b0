import type { Frame } from "./render-context.js";
import { literalType, widenedType } from "./render-literal.js";
import { type TypeText, unionOf } from "./type-text.js";

/**
 * `enum` as a union of literals. Under the size cap the values that do not fit are replaced by
 * their widened type (`string`), so code using them still type-checks, and a comment says so.
 */
export function renderEnum(values: readonly unknown[], frame: Frame): TypeText {
  const { budget } = frame;
  const parts: TypeText[] = [];
  for (const [index, value] of values.entries()) {
    const literal = literalType(value);
    if (index > 0 && budget.used + literal.text.length > budget.limit) {
      const rest = values.slice(index);
      const widened = unionOf(rest.map(widenedType));
      const note = frame.context.compact
        ? ""
        : ` /* … ${rest.length} more values cut (size cap) */`;
      parts.push({ text: `${widened.text}${note}`, precedence: widened.precedence });
      break;
    }
    budget.used += literal.text.length + 3;
    parts.push(literal);
  }
  return unionOf(parts);
}
