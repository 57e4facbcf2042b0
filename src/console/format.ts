const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "medium",
});

/** A moment as the reader's locale writes it. */
export function dateTime(at: number): string {
  return dateTimeFormat.format(new Date(at));
}

/** "just now", "12 s ago", "3 min ago", "in 6 d". */
export function relativeTime(at: number, now: number = Date.now()): string {
  const seconds = Math.round((at - now) / 1000);
  const size = Math.abs(seconds);
  if (size < 5) return "just now";
  const [amount, unit] =
    size < 60
      ? [size, "s"]
      : size < 3600
        ? [Math.round(size / 60), "min"]
        : size < 86_400
          ? [Math.round(size / 3600), "h"]
          : [Math.round(size / 86_400), "d"];
  return seconds < 0 ? `${amount} ${unit} ago` : `in ${amount} ${unit}`;
}

/** "0 ms", "850 ms", "1.2 s", "2 min 5 s", "1 h 3 min". */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The first few characters of an id, enough to tell executions apart on screen. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}

/** The first line of code that says something, cut to `max` characters. */
export function firstLine(code: string, max = 80): string {
  const line =
    code
      .split("\n")
      .map((text) => text.trim())
      .find((text) => text && !text.startsWith("//")) ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Parses journal JSON text; text that is not JSON is shown as it is. */
export function parseJsonText(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** `n thing` / `n things`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : pluralForm}`;
}
