/**
 * What the keyboard-help dialog (src/app/help-dialog.tsx) says of each shortcut in
 * src/state/shortcuts.ts: how it writes the keys, what the shortcut does and where it works. Apart
 * from the table the handlers read, so these words load with the dialog, not with the map; the
 * compiler checks that every shortcut has its line and nothing else does.
 */
import type { ShortcutId } from './shortcuts';

/** Where a shortcut works: the help dialog's groups, in this order. */
export const SHORTCUT_PLACES = [
  'Anywhere',
  'In the search box',
  'On the map',
  'On a guided-path step',
] as const;
export type ShortcutPlace = (typeof SHORTCUT_PLACES)[number];

export interface ShortcutHelp {
  /** How the help dialog writes the keys. */
  keys: string;
  /** What it does, in the help dialog's words. */
  does: string;
  where: ShortcutPlace;
}

export const SHORTCUT_HELP: Record<ShortcutId, ShortcutHelp> = {
  search: {
    keys: '/ or Ctrl+K (⌘K)',
    does: 'Search by name, entry point, class path or config key',
    where: 'Anywhere',
  },
  close: {
    keys: 'Escape',
    does: 'Close the detail panel (in the search box: close the results first)',
    where: 'Anywhere',
  },
  help: { keys: '?', does: 'Show this help', where: 'Anywhere' },
  'search-move': {
    keys: '↑ ↓',
    does: 'Move through the search results',
    where: 'In the search box',
  },
  'search-pick': { keys: 'Enter', does: 'Open the highlighted result', where: 'In the search box' },
  'search-close': {
    keys: 'Escape',
    does: 'Close the results, then clear the box',
    where: 'In the search box',
  },
  'focus-next': {
    keys: 'Tab / Shift+Tab',
    does: 'Move between the map tools, then the nodes (or the links of the outline)',
    where: 'On the map',
  },
  open: { keys: 'Enter', does: 'Open the focused node', where: 'On the map' },
  'zoom-in': { keys: '+', does: 'Zoom in', where: 'On the map' },
  'zoom-out': { keys: '−', does: 'Zoom out', where: 'On the map' },
  'fit-view': { keys: '0', does: 'Fit the whole view', where: 'On the map' },
  'fit-selection': {
    keys: 'f',
    does: 'Fit the selected node and what is lit around it',
    where: 'On the map',
  },
  outline: { keys: 'o', does: 'Switch between the map and the outline', where: 'On the map' },
  'leave-block': {
    keys: 'Escape',
    does: 'In the big picture: close an open bundle of arrows, then leave the open block',
    where: 'On the map',
  },
  'step-next': { keys: '→', does: 'Next step', where: 'On a guided-path step' },
  'step-back': { keys: '←', does: 'Previous step', where: 'On a guided-path step' },
  'step-leave': {
    keys: 'Escape',
    does: "Leave the path (a node's panel, when open, closes first)",
    where: 'On a guided-path step',
  },
};
