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
      // Seen now: the next visit starts on the map alone (the header's "About" reopens it).
      window.localStorage.setItem(KEY, '1');
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

/** Forgets the first read (tests). */
export function resetWelcome() {
  open = undefined;
}
