import { useCallback, useSyncExternalStore } from 'react';

/** What a reader has done on one guided path. */
export interface PathProgress {
  /** Step indexes (0-based) opened at least once. */
  visited: number[];
  /** The last step opened, for "resume". */
  last: number;
}

const KEY = 'jupyter-atlas:paths';
const listeners = new Set<() => void>();
let cache: { raw: string | null; value: Record<string, PathProgress> } = { raw: null, value: {} };

function readAll(): Record<string, PathProgress> {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return cache.value;
  }
  if (raw === cache.raw) return cache.value;
  let value: Record<string, PathProgress> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    // Stored data is untrusted (another version, a hand edit): keep only well-formed entries.
    if (parsed && typeof parsed === 'object')
      for (const [id, p] of Object.entries(parsed as Record<string, unknown>)) {
        const entry = p as Partial<PathProgress>;
        if (Array.isArray(entry.visited) && typeof entry.last === 'number')
          value[id] = {
            visited: entry.visited.filter((n) => Number.isInteger(n) && n >= 0 && n < 500),
            last: entry.last,
          };
      }
  } catch {
    value = {};
  }
  cache = { raw, value };
  return value;
}

function writeAll(value: Record<string, PathProgress>) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // Storage off: progress lasts for this page only.
    cache = { raw: cache.raw, value };
  }
  for (const l of listeners) l();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Progress on every path, kept in localStorage: mark a step visited, or start a path over. */
export function usePathProgress(): {
  progress: Record<string, PathProgress>;
  visit: (pathId: string, step: number) => void;
  reset: (pathId: string) => void;
} {
  const progress = useSyncExternalStore(subscribe, readAll, () => ({}));
  const visit = useCallback((pathId: string, step: number) => {
    const all = readAll();
    const current = all[pathId] ?? { visited: [], last: 0 };
    if (current.last === step && current.visited.includes(step)) return;
    writeAll({
      ...all,
      [pathId]: {
        visited: [...new Set([...current.visited, step])].sort((a, b) => a - b),
        last: step,
      },
    });
  }, []);
  const reset = useCallback((pathId: string) => {
    const { [pathId]: _removed, ...rest } = readAll();
    writeAll(rest);
  }, []);
  return { progress, visit, reset };
}
