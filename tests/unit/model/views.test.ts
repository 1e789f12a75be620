import { describe, expect, it } from 'vitest';
import type { View } from '../../../src/model/types';
import {
  currentView,
  defaultView,
  mapViewById,
  mapViewsOf,
  pathView,
  pathViewId,
  viewParam,
  viewShowing,
} from '../../../src/model/views';

/** A view holding these node ids (positions do not matter here). */
function view(id: string, nodeIds: string[], purpose?: View['purpose']): View {
  return {
    id,
    title: id,
    description: '',
    width: 100,
    height: 100,
    nodes: nodeIds.map((n, i) => ({ id: n, x: i * 10, y: 0, width: 10, height: 10 })),
    relations: [],
    ...(purpose ? { purpose } : {}),
  };
}

// As the build emits them: a guided path's map may come first in a hand-made list, and the
// big picture is a map view like the others.
const VIEWS = [
  view('path-tour', ['hub'], 'path'),
  view('core', ['hub', 'proxy']),
  view('big-picture', ['hub', 'proxy', 'kubespawner'], 'blocks'),
  view('plugins', ['hub', 'kubespawner']),
];

describe('the current view (?view=)', () => {
  it.each([
    [null, 'core'],
    ['core', 'core'],
    ['plugins', 'plugins'],
    ['big-picture', 'big-picture'],
    // Unknown, empty or a path's own map: the default view.
    ['nope', 'core'],
    ['', 'core'],
    ['path-tour', 'core'],
  ] as const)('%j → %s', (id, expected) => {
    expect(currentView(VIEWS, id)?.id).toBe(expected);
  });

  it('is undefined only for an atlas without map views', () => {
    expect(currentView([], null)).toBeUndefined();
    expect(currentView([view('path-tour', ['hub'], 'path')], 'path-tour')).toBeUndefined();
  });
});

describe('view lookups', () => {
  it.each([
    ['the default is the first map view', () => defaultView(VIEWS)?.id, 'core'],
    ['a strict lookup finds a map view', () => mapViewById(VIEWS, 'plugins')?.id, 'plugins'],
    ['a strict lookup does not fall back', () => mapViewById(VIEWS, 'nope')?.id, undefined],
    ['a strict lookup skips paths', () => mapViewById(VIEWS, 'path-tour')?.id, undefined],
    [
      'the map views leave out paths',
      () =>
        mapViewsOf(VIEWS)
          .map((v) => v.id)
          .join(),
      'core,big-picture,plugins',
    ],
    ['a path map is named after its path', () => pathViewId('tour'), 'path-tour'],
    ['a path finds its map', () => pathView(VIEWS, 'tour')?.id, 'path-tour'],
    ['a view is not a path map', () => pathView(VIEWS, 'core')?.id, undefined],
    [
      'the first map view that shows a node',
      () => viewShowing(VIEWS, 'kubespawner')?.id,
      'big-picture',
    ],
    [
      'a node only on a path map is in no map view',
      () => viewShowing([VIEWS[0]!], 'hub')?.id,
      undefined,
    ],
    ['a node nowhere', () => viewShowing(VIEWS, 'nope')?.id, undefined],
    ['the default view leaves ?view= out', () => viewParam(VIEWS, 'core'), null],
    ['another view is named', () => viewParam(VIEWS, 'plugins'), 'plugins'],
  ])('%s', (_what, run, expected) => {
    expect(run()).toBe(expected);
  });
});
