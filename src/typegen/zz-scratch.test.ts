import { expect, test } from "vitest";
import { compileDiagnostics } from "../../test/typegen/compile-declarations.js";

test("x", () => {
  let t = Date.now();
  expect(
    compileDiagnostics({
      "a.ts":
        "declare namespace x { type A = string; function f(input: A): Promise<A>; }\nconst y: x.A = 1;",
    }),
  ).toEqual([]);
  console.log(Date.now() - t);
  t = Date.now();
  compileDiagnostics({ "a.ts": "declare namespace x { type A = string; }" });
  console.log(Date.now() - t);
});
