// The page's stand-in for `node:path`, POSIX rules: connectors resolve file paths only for files,
// which a page's connectors refuse when they come to read them.

export const isAbsolute = (path: string): boolean => path.startsWith("/");

export function join(...parts: string[]): string {
  return parts.filter(Boolean).join("/").replace(/\/+/g, "/");
}

export function resolve(...parts: string[]): string {
  const from = parts.reduce((path, part) => (isAbsolute(part) ? part : join(path, part)), "/");
  const segments: string[] = [];
  for (const segment of from.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment && segment !== ".") segments.push(segment);
  }
  return `/${segments.join("/")}`;
}

export const dirname = (path: string): string => path.replace(/\/[^/]*$/, "") || "/";
