import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressed, SHORTCUTS, type KeyLike, type ShortcutId } from '../../../src/state/shortcuts';

const input = { tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget;
const body = { tagName: 'BODY', isContentEditable: false } as unknown as EventTarget;
const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: body,
  ...extra,
});

describe('pressed', () => {
  const cases: [string, KeyLike, ShortcutId, boolean][] = [
    ['/ on the page opens search', key('/'), 'search', true],
    ['/ typed in a field is typing', key('/', { target: input }), 'search', false],
    ['Ctrl+K opens search', key('k', { ctrlKey: true }), 'search', true],
    [
      '⌘K opens search, even in a field',
      key('k', { metaKey: true, target: input }),
      'search',
      true,
    ],
    ['Ctrl+Shift+K (K) opens search', key('K', { ctrlKey: true }), 'search', true],
    ['k alone is not search', key('k'), 'search', false],
    ['f fits the selection', key('f'), 'fit-selection', true],
    ['Ctrl+F is the browser’s find', key('f', { ctrlKey: true }), 'fit-selection', false],
    ['Alt+f is not a shortcut', key('f', { altKey: true }), 'fit-selection', false],
    ['= zooms in (+ without Shift)', key('='), 'zoom-in', true],
    ['→ is the next step', key('ArrowRight'), 'step-next', true],
    ['→ in a field moves the caret', key('ArrowRight', { target: input }), 'step-next', false],
    [
      '↓ in the search box moves the results',
      key('ArrowDown', { target: input }),
      'search-move',
      true,
    ],
    ['Escape in a field still closes the panel', key('Escape', { target: input }), 'close', true],
    ['Tab is the browser’s, never matched', key('Tab'), 'focus-next', false],
  ];
  it.each(cases)('%s', (_, event, id, expected) => {
    expect(pressed(event, id)).toBe(expected);
  });
});

/** Every source file under src/, as text. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the shortcut table', () => {
  const code = sources('src').join('\n');
  it.each(SHORTCUTS.filter((s) => !('builtIn' in s)).map((s) => s.id))(
    '%s is acted on somewhere (the help never lists a key that does nothing)',
    (id) => {
      expect(code).toMatch(new RegExp(`(pressed\\(event, |useShortcut\\()'${id}'`));
    },
  );

  it('gives each shortcut one id', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
