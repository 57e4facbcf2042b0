/** `text` cut to `max` characters with an ellipsis, for messages that quote arguments or results. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
