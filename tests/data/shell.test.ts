import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexAtlas } from '../../src/model/graph';
import {
  packShell,
  packView,
  shellIds,
  shellPositions,
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
  it('unpacks to the shell, less the relations’ notes and the vocabularies’ descriptions', () => {
    const plain = <T extends { description?: string }>({ description: _d, ...rest }: T) => rest;
    const withoutNotes = {
      ...shell,
      relations: shell.relations.map(({ id, from, type, to }) => ({ id, from, type, to })),
      kinds: shell.kinds.map(plain),
      relationTypes: shell.relationTypes.map(plain),
      skills: shell.skills.map(plain),
      personas: shell.personas.map(plain),
    };
    const every = shell.views.map((v) => v.id);
    const { viewList, nodeViews, ...unpacked } = unpackShell(packShell(shell, every));
    expect(unpacked).toEqual(withoutNotes);
    // The view list and the views showing each node are what indexing the drawn views gives.
    const drawn = indexAtlas(shell);
    expect(viewList).toEqual(drawn.viewList);
    expect(new Map(Object.entries(nodeViews!))).toEqual(drawn.nodeViews);
    // The real data has notes and descriptions, so the panel and the tooltips must get them
    // elsewhere (the full atlas).
    expect(shell.relations.some((r) => r.note)).toBe(true);
    expect(shell.kinds.every((k) => k.description)).toBe(true);
    expect(shell.views.length).toBeGreaterThan(3);
  });

  it('draws only the default view; each other view unpacks from its own module', () => {
    const packed = packShell(shell);
    const first = defaultView(shell.views)!;
    expect(packed.views.map((v) => v.id)).toEqual([first.id]);
    expect(packed.viewList.map((v) => v.id)).toEqual(shell.views.map((v) => v.id));
    const at = shellPositions(shell);
    const ids = shellIds(unpackShell(packed));
    for (const view of shell.views) expect(unpackView(packView(view, at), ids)).toEqual(view);
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

describe('a view module that does not fit its shell', () => {
  it('names the view and the missing node or relation', () => {
    const packed = packShell(shell);
    const ids = shellIds(unpackShell(packed));
    const [view] = packed.views;
    expect(() => unpackView({ ...view!, nodes: [[ids.nodes.length, 0, 0, 10, 10]] }, ids)).toThrow(
      `view ${view!.id} names node #${ids.nodes.length}, which the shell lacks`,
    );
    expect(() => unpackView({ ...view!, relations: [-1] }, ids)).toThrow(
      `view ${view!.id} names relation #-1, which the shell lacks`,
    );
  });
});
