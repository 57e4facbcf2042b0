// Module hooks for register-typescript.mjs: a `.ts` file outside node_modules loads as an ES
// module with its types stripped (lines kept, so stack traces point at the TypeScript).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { transform } from "sucrase";

export async function load(url, context, nextLoad) {
  if (!url.startsWith("file:") || !url.endsWith(".ts") || url.includes("/node_modules/"))
    return nextLoad(url, context);
  const filePath = fileURLToPath(url);
  const source = await readFile(filePath, "utf8");
  const { code } = transform(source, {
    transforms: ["typescript"],
    disableESTransforms: true,
    filePath,
  });
  return { format: "module", source: code, shortCircuit: true };
}
