import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packShell, toShell, unpackShell } from '../../src/model/shell';
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
    expect(unpackShell(packShell(shell))).toEqual(withoutNotes);
    // The real data has notes, so the panel must get them elsewhere (the full atlas).
    expect(shell.relations.some((r) => r.note)).toBe(true);
    expect(shell.views.length).toBeGreaterThan(3);
  });

  it('is at least a quarter smaller than the plain shell, gzipped', () => {
    expect(gzip(packShell(shell))).toBeLessThan(gzip(shell) * 0.75);
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
