import { useCallback, useSyncExternalStore } from 'react';

/** Set once the welcome has been shown: a returning visitor does not see it again. */
const KEY = 'jupyter-atlas:welcomed';
const listeners = new Set<() => void>();
/** Whether the welcome shows in this page: decided on the first read, then by the reader. */
let open: boolean | undefined;

function read(): boolean {
  if (open === undefined) {
    try {
      open = window.localStorage.getItem(KEY) === null;
    } catch {
      open = false;
    }
  }
  return open;
}

function set(next: boolean) {
  open = next;
  for (const l of listeners) l();
}

/** The first-visit welcome: whether it shows, and closing or reopening it. */
export function useWelcome(): { open: boolean; close: () => void; reopen: () => void } {
  const value = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => false,
  );
  return {
    open: value,
    close: useCallback(() => set(false), []),
    reopen: useCallback(() => set(true), []),
  };
}

/** Remembers that the welcome was shown: the next visit starts on the map alone. */
export function markWelcomed() {
  try {
    window.localStorage.setItem(KEY, '1');
  } catch {
    // Storage may be off (private mode): the welcome then shows on each visit.
  }
}
