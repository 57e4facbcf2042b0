/** `application/json`, `application/vnd.github+json`, `application/json; charset=utf-8`, `*\/*`. */
export function isJsonMediaType(mediaType: string): boolean {
  const type = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || type.endsWith("+json") || type === "*/*";
}
