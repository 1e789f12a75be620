import { distance } from 'fastest-levenshtein';

/**
 * The candidates closest to a mistyped id, nearest first; only those close enough to be a typo
 * or that contain/are contained in the input.
 * @example nearest('kubespawnr', ['kubespawner', 'dockerspawner']) // ['kubespawner']
 */
export function nearest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const d = distance(needle, c);
    const threshold = Math.max(2, Math.floor(Math.max(needle.length, c.length) / 4));
    const contains = needle.length >= 3 && (c.includes(needle) || needle.includes(c));
    // A candidate that starts with or contains the input ranks just behind a one-letter typo,
    // shorter ones first ("oauth" → "oauthenticator" before "generic-oauthenticator").
    const containment = (c.startsWith(needle) ? 1.1 : 1.5) + (c.length - needle.length) / 1000;
    if (d <= threshold || contains)
      scored.push({ candidate, score: contains ? Math.min(d, containment) : d });
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}
