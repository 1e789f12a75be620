import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexAtlas } from '../../src/model/graph';
import {
  packShell,
  packView,
  relationIndex,
  toShell,
  unpackShell,
  unpackView,
} from '../../src/model/shell';
import { defaultView } from '../../src/model/views';
import { buildAtlas } from '../../src/pipeline/build';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// With layouts (from the build's cache when warm): the views are what the packing is mostly about.
const { atlas } = await buildAtlas({ root: ROOT });
const shell = toShell(atlas);
const gzip = (value: unknown) => gzipSync(JSON.stringify(value)).length;

describe('the packed shell the map route loads', () => {
  it('unpacks to the shell, less the relations’ notes', () => {
    const withoutNotes = {
      ...shell,
      relations: shell.relations.map(({ id, from, type, to }) => ({ id, from, type, to })),
    };
    const every = shell.views.map((v) => v.id);
    const { viewList, nodeViews, ...unpacked } = unpackShell(packShell(shell, every));
    expect(unpacked).toEqual(withoutNotes);
    // The view list and the views showing each node are what indexing the drawn views gives.
    const drawn = indexAtlas(shell);
    expect(viewList).toEqual(drawn.viewList);
    expect(new Map(Object.entries(nodeViews!))).toEqual(drawn.nodeViews);
    // The real data has notes, so the panel must get them elsewhere (the full atlas).
    expect(shell.relations.some((r) => r.note)).toBe(true);
    expect(shell.views.length).toBeGreaterThan(3);
  });

  it('draws only the default view; each other view unpacks from its own module', () => {
    const packed = packShell(shell);
    const first = defaultView(shell.views)!;
    expect(packed.views.map((v) => v.id)).toEqual([first.id]);
    expect(packed.viewList.map((v) => v.id)).toEqual(shell.views.map((v) => v.id));
    const index = relationIndex(shell);
    const ids = unpackShell(packed).relations.map((r) => r.id);
    for (const view of shell.views) expect(unpackView(packView(view, index), ids)).toEqual(view);
    // What the map route loads up front is the default view's drawing, not every view's.
    expect(gzip(packed)).toBeLessThan(
      gzip(
        packShell(
          shell,
          shell.views.map((v) => v.id),
        ),
      ) * 0.6,
    );
  });

  it('is at least a quarter smaller than the plain shell, gzipped', () => {
    expect(
      gzip(
        packShell(
          shell,
          shell.views.map((v) => v.id),
        ),
      ),
    ).toBeLessThan(gzip(shell) * 0.75);
  });

  it('refuses a relation whose id its ends and type do not give, and an unknown relation', () => {
    const [first] = shell.relations;
    expect(() => packShell({ ...shell, relations: [{ ...first!, id: 'something-else' }] })).toThrow(
      'relation something-else does not have the id its ends and type give',
    );
    const [view] = shell.views;
    expect(() =>
      packShell({ ...shell, views: [{ ...view!, relations: ['no--such-->relation'] }] }),
    ).toThrow(`view ${view!.id} draws an unknown relation no--such-->relation`);
  });
});
