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

/** n, median, p10, p90, p99, min and max of a list of samples. */
export function spread(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    p99: quantile(sorted, 0.99),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/**
 * Runs `measure(subject, round)` for every subject in every round, the order rotated each round
 * (A B C, B C A, C A B...), so drift (GC, JIT, the machine's other load) falls on all alike.
 * Returns the samples of each subject, in round order.
 */
export async function interleave(subjects, rounds, measure) {
  const samples = new Map(subjects.map((subject) => [subject, []]));
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < subjects.length; step++) {
      const subject = subjects[(round + step) % subjects.length];
      samples.get(subject).push(await measure(subject, round));
    }
  }
  return samples;
}

/**
 * How `other` compares with `base` over one interleaved run: the ratio of their medians, and the
 * spread of the per-round ratios (`other[i] / base[i]`, both measured in round i).
 */
export function ratio(base, other) {
  const sorted = (list) => [...list].sort((a, b) => a - b);
  const paired = other.map((value, index) => value / base[index]);
  return {
    ofMedians: quantile(sorted(other), 0.5) / quantile(sorted(base), 0.5),
    paired: spread(paired),
  };
}

/** Least-squares slope of `ys` over `xs`. */
export function slope(xs, ys) {
  const n = xs.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < n; i++) {
    covariance += (xs[i] - meanX) * (ys[i] - meanY);
    variance += (xs[i] - meanX) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}
