/**
 * Every keyboard shortcut of the atlas, defined once. The help dialog (`?`) lists this table, and
 * each handler asks {@link pressed} whether an event is its shortcut instead of testing keys
 * itself, so the keys a person is told about are the keys that work. How the help writes each
 * one, and what it says it does, is in shortcut-help.ts (the dialog's chunk, not the map's).
 *
 * To add a shortcut: add a row to `SHORTCUTS` and its line to `SHORTCUT_HELP`, then call `useShortcut(id, handler)` (a key
 * anywhere on the page) or `pressed(event, id)` (inside an element's own key handler) where it acts.
 */
import { useLayoutEffect, useRef } from 'react';

/** One key, with Ctrl or ⌘ held when `mod` is set. */
export interface Chord {
  key: string;
  mod?: boolean;
}

export interface Shortcut {
  id: string;
  /** Any one of these triggers it. */
  chords: readonly Chord[];
  /**
   * Whether a single key fires while a text field has focus. Off for keys that would be typing
   * (`/`, `f`, `?`); on for the search box's own keys. A Ctrl/⌘ chord always fires.
   */
  inFields?: boolean;
  /** Done by the browser or the focused element itself: listed in the help, never matched. */
  builtIn?: boolean;
}

export const SHORTCUTS = [
  {
    id: 'search',
    chords: [{ key: '/' }, { key: 'k', mod: true }],
  },
  {
    id: 'close',
    chords: [{ key: 'Escape' }],
    inFields: true,
  },
  {
    id: 'help',
    chords: [{ key: '?' }],
  },
  {
    id: 'search-move',
    chords: [{ key: 'ArrowDown' }, { key: 'ArrowUp' }],
    inFields: true,
  },
  {
    id: 'search-pick',
    chords: [{ key: 'Enter' }],
    inFields: true,
  },
  {
    id: 'search-close',
    chords: [{ key: 'Escape' }],
    inFields: true,
  },
  {
    id: 'focus-next',
    chords: [],
    builtIn: true,
  },
  {
    id: 'open',
    chords: [],
    builtIn: true,
  },
  {
    id: 'zoom-in',
    chords: [{ key: '+' }, { key: '=' }],
  },
  {
    id: 'zoom-out',
    chords: [{ key: '-' }],
  },
  {
    id: 'fit-view',
    chords: [{ key: '0' }],
  },
  {
    id: 'fit-selection',
    chords: [{ key: 'f' }],
  },
  {
    id: 'outline',
    chords: [{ key: 'o' }],
  },
  {
    id: 'leave-block',
    chords: [{ key: 'Escape' }],
  },
  {
    id: 'step-next',
    chords: [{ key: 'ArrowRight' }],
  },
  {
    id: 'step-back',
    chords: [{ key: 'ArrowLeft' }],
  },
  {
    id: 'step-leave',
    chords: [{ key: 'Escape' }],
  },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

const BY_ID = new Map<string, Shortcut>(SHORTCUTS.map((s) => [s.id, s]));

/** The key fields of a DOM or React keyboard event. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** True when a key press goes to a text field or menu, where single-key shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Whether `event` is shortcut `id`: one of its chords, with no stray modifier. */
export function pressed(event: KeyLike, id: ShortcutId): boolean {
  const shortcut = BY_ID.get(id);
  if (!shortcut || shortcut.builtIn || event.altKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  return shortcut.chords.some((chord) => {
    if (chord.mod) return mod && event.key.toLowerCase() === chord.key;
    if (mod || event.key !== chord.key) return false;
    return shortcut.inFields === true || !isTypingTarget(event.target);
  });
}

/**
 * Runs `handler` when shortcut `id` is pressed anywhere on the page, while `enabled`. The handler
 * may change between renders without re-binding the listener. Bound and unbound in the commit
 * itself (layout effects), not after it: when one component takes another's place (the search
 * box its stand-in), no keypress falls between the one's listener going and the other's coming.
 */
export function useShortcut(
  id: ShortcutId,
  handler: (event: KeyboardEvent) => void,
  enabled = true,
): void {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (pressed(event, id)) latest.current(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id, enabled]);
}
