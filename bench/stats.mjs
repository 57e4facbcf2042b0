/** Linear-interpolated quantile of an ascending array. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** n, median and p90 of a list of samples. */
export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
}
