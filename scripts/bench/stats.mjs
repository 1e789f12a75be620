// @ts-check
// Small statistics and formatting helpers for the benchmark.

/**
 * The finite numbers among xs (a run that failed leaves null or NaN in its place).
 * @param {readonly unknown[]} xs
 */
const finite = (xs) => xs.filter(isFiniteNumber);

/**
 * @param {unknown} x
 * @returns {x is number}
 */
const isFiniteNumber = (x) => typeof x === 'number' && Number.isFinite(x);

/**
 * The median of the finite numbers in xs (the mean of the middle two for an even count), or null.
 * @param {readonly unknown[]} xs
 * @returns {number | null}
 */
export function median(xs) {
  const s = finite(xs).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  const [lower, upper] = [s[mid - 1] ?? NaN, s[mid] ?? NaN]; // both in range when they are read
  return s.length % 2 ? upper : (lower + upper) / 2;
}

/**
 * The p-th percentile (0–100) by the nearest-rank method, or null.
 * @param {readonly unknown[]} xs
 * @param {number} p
 * @returns {number | null}
 */
export function percentile(xs, p) {
  const s = finite(xs).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1] ?? null;
}

/**
 * Pair-by-pair ratios a[i] / b[i] (runs alternate app, floor), then their median; null when a
 * floor value is zero or missing in any pair (a ratio to nothing says nothing).
 * @param {readonly unknown[]} a
 * @param {readonly unknown[]} b
 * @returns {number | null}
 */
export function pairedRatio(a, b) {
  /** @type {number[]} */
  const ratios = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [app, floor] = [a[i], b[i]];
    if (typeof floor !== 'number' || floor === 0) return null;
    if (typeof app === 'number') ratios.push(app / floor);
  }
  return median(ratios);
}

/** A seeded PRNG (mulberry32), so query and node choices are the same in every run. */
export { prng } from '../synthetic.mjs';

/**
 * A number with thousands separators and a fixed count of decimals.
 * @param {number} n
 */
const group = (n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * Formats a figure for the table by its unit.
 * @param {number | null | undefined} value
 * @param {string} [unit]
 */
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
