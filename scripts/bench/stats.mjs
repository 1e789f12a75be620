// Small statistics and formatting helpers for the benchmark.

const finite = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x));

/** The median of the finite numbers in xs (the mean of the middle two for an even count), or null. */
export function median(xs) {
  const s = finite(xs).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The p-th percentile (0–100) by the nearest-rank method, or null. */
export function percentile(xs, p) {
  const s = finite(xs).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

/**
 * Pair-by-pair ratios a[i] / b[i] (runs alternate app, floor), then their median; null when a
 * floor value is zero or missing in any pair (a ratio to nothing says nothing).
 */
export function pairedRatio(a, b) {
  const ratios = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (typeof b[i] !== 'number' || b[i] === 0) return null;
    if (typeof a[i] === 'number') ratios.push(a[i] / b[i]);
  }
  return median(ratios);
}

/** A seeded PRNG (mulberry32), so query and node choices are the same in every run. */
export { prng } from '../synthetic.mjs';

const group = (n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Formats a figure for the table by its unit. */
export function format(value, unit) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  switch (unit) {
    case 'ms':
      return value < 100 ? group(value, 1) : group(value);
    case 's':
      return group(value, 2);
    case 'bytes':
      return value >= 1e6 ? `${group(value / 1e6, 2)} MB` : `${group(value / 1e3, 1)} kB`;
    case 'fps':
      return group(value, 1);
    case 'ratio':
      return `${group(value, 2)}×`;
    default:
      return group(value);
  }
}
