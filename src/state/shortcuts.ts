/**
 * Every keyboard shortcut of the atlas, defined once. The help dialog (`?`) lists this table, and
 * each handler asks {@link pressed} whether an event is its shortcut instead of testing keys
 * itself, so the keys a person is told about are the keys that work.
 *
 * To add a shortcut: add a row to `SHORTCUTS`, then call `useShortcut(id, handler)` (a key
 * anywhere on the page) or `pressed(event, id)` (inside an element's own key handler) where it acts.
 */
import { useEffect, useRef } from 'react';

/** One key, with Ctrl or ⌘ held when `mod` is set. */
export interface Chord {
  key: string;
  mod?: boolean;
}

/** Where a shortcut works: the help dialog's groups, in this order. */
export const SHORTCUT_PLACES = [
  'Anywhere',
  'In the search box',
  'On the map',
  'On a guided-path step',
] as const;
export type ShortcutPlace = (typeof SHORTCUT_PLACES)[number];

export interface Shortcut {
  id: string;
  /** Any one of these triggers it. */
  chords: readonly Chord[];
  /** How the help dialog writes the keys. */
  keys: string;
  /** What it does, in the help dialog's words. */
  does: string;
  where: ShortcutPlace;
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
    keys: '/ or Ctrl+K (⌘K)',
    does: 'Search by name, entry point, class path or config key',
    where: 'Anywhere',
  },
  {
    id: 'close',
    chords: [{ key: 'Escape' }],
    keys: 'Escape',
    does: 'Close the detail panel (in the search box: close the results first)',
    where: 'Anywhere',
    inFields: true,
  },
  {
    id: 'help',
    chords: [{ key: '?' }],
    keys: '?',
    does: 'Show this help',
    where: 'Anywhere',
  },
  {
    id: 'search-move',
    chords: [{ key: 'ArrowDown' }, { key: 'ArrowUp' }],
    keys: '↑ ↓',
    does: 'Move through the search results',
    where: 'In the search box',
    inFields: true,
  },
  {
    id: 'search-pick',
    chords: [{ key: 'Enter' }],
    keys: 'Enter',
    does: 'Open the highlighted result',
    where: 'In the search box',
    inFields: true,
  },
  {
    id: 'search-close',
    chords: [{ key: 'Escape' }],
    keys: 'Escape',
    does: 'Close the results, then clear the box',
    where: 'In the search box',
    inFields: true,
  },
  {
    id: 'focus-next',
    chords: [],
    keys: 'Tab / Shift+Tab',
    does: 'Move between the map tools, then the nodes (or the links of the outline)',
    where: 'On the map',
    builtIn: true,
  },
  {
    id: 'open',
    chords: [],
    keys: 'Enter',
    does: 'Open the focused node',
    where: 'On the map',
    builtIn: true,
  },
  {
    id: 'zoom-in',
    chords: [{ key: '+' }, { key: '=' }],
    keys: '+',
    does: 'Zoom in',
    where: 'On the map',
  },
  {
    id: 'zoom-out',
    chords: [{ key: '-' }],
    keys: '−',
    does: 'Zoom out',
    where: 'On the map',
  },
  {
    id: 'fit-view',
    chords: [{ key: '0' }],
    keys: '0',
    does: 'Fit the whole view',
    where: 'On the map',
  },
  {
    id: 'fit-selection',
    chords: [{ key: 'f' }],
    keys: 'f',
    does: 'Fit the selected node and what is lit around it',
    where: 'On the map',
  },
  {
    id: 'outline',
    chords: [{ key: 'o' }],
    keys: 'o',
    does: 'Switch between the map and the outline',
    where: 'On the map',
  },
  {
    id: 'leave-block',
    chords: [{ key: 'Escape' }],
    keys: 'Escape',
    does: 'In the big picture: close an open bundle of arrows, then leave the open block',
    where: 'On the map',
  },
  {
    id: 'step-next',
    chords: [{ key: 'ArrowRight' }],
    keys: '→',
    does: 'Next step',
    where: 'On a guided-path step',
  },
  {
    id: 'step-back',
    chords: [{ key: 'ArrowLeft' }],
    keys: '←',
    does: 'Previous step',
    where: 'On a guided-path step',
  },
  {
    id: 'step-leave',
    chords: [{ key: 'Escape' }],
    keys: 'Escape',
    does: "Leave the path (a node's panel, when open, closes first)",
    where: 'On a guided-path step',
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
 * may change between renders without re-binding the listener.
 */
export function useShortcut(
  id: ShortcutId,
  handler: (event: KeyboardEvent) => void,
  enabled = true,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (pressed(event, id)) latest.current(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id, enabled]);
}
