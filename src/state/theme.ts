import { useCallback, useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY } from '../model/theme-key';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = THEME_STORAGE_KEY;
const listeners = new Set<() => void>();

/** `?theme=light|dark` in the URL: an embed follows its host page's theme without saving it. */
function asked(): 'light' | 'dark' | undefined {
  if (typeof window === 'undefined') return undefined;
  const value = new URLSearchParams(window.location.search).get('theme');
  return value === 'light' || value === 'dark' ? value : undefined;
}

function read(): ThemeChoice {
  const fromUrl = asked();
  if (fromUrl) return fromUrl;
  try {
    const value = window.localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Puts the choice on <html data-theme>, which the stylesheet reads; 'system' follows the OS. */
export function applyTheme(choice: ThemeChoice = read()): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

/** The theme choice, kept in localStorage across visits. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const choice = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => 'system' as const,
  );
  const set = useCallback((next: ThemeChoice) => {
    try {
      if (next === 'system') window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, next);
    } catch {
      // Storage may be off (private mode); the choice then lasts for this page only.
    }
    applyTheme(next);
    for (const l of listeners) l();
  }, []);
  return [choice, set];
}

/** The theme the page is drawn in now: the chosen one, or the system's for "system". */
export function drawnTheme(): 'light' | 'dark' {
  const root = document.documentElement.dataset.theme;
  if (root === 'dark' || root === 'light') return root;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
