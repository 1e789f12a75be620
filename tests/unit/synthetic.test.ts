import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/pipeline/build';

type WriteSyntheticAtlas = (
  dir: string,
  n: number,
  options?: { seed?: number },
) => Promise<{ nodes: number; relations: number }>;

// A plain .mjs script without type declarations: imported by URL so TypeScript does not resolve it.
const { writeSyntheticAtlas } = (await import(
  new URL('../../scripts/synthetic.mjs', import.meta.url).href
)) as { writeSyntheticAtlas: WriteSyntheticAtlas };

const N = 300;
const temp = await mkdtemp(join(tmpdir(), 'atlas-synthetic-'));
afterAll(() => rm(temp, { recursive: true, force: true }));

/** One hash over every file written (relative path and bytes), in a fixed order. */
async function hashTree(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(dir, file)).update('\0');
    hash.update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

describe('the synthetic atlas (scripts/synthetic.mjs)', () => {
  it('is valid, and its default view shows every node', async () => {
    const root = join(temp, 'a');
    const counts = await writeSyntheticAtlas(root, N, { seed: 1 });
    const { atlas, problems } = await buildAtlas({ root, cacheDir: join(temp, 'cache') });
    expect(problems).toEqual([]);
    expect(counts).toEqual({ nodes: N, relations: atlas.relations.length });
    expect(atlas.nodes).toHaveLength(N);
    // About 2.5 relations a node.
    expect(atlas.relations.length / N).toBeGreaterThan(2);
    expect(atlas.relations.length / N).toBeLessThan(3);
    // Every kind of the vocabulary is used.
    expect(new Set(atlas.nodes.map((n) => n.kind)).size).toBe(atlas.kinds.length);
    // Views are in order: the first is the default.
    const [first, second] = atlas.views;
    expect(first?.nodes).toHaveLength(N);
    expect(first?.groups?.map((g) => g.id)).toEqual(atlas.kinds.map((k) => k.id));
    expect(second?.groups).toBeUndefined();
    expect(second?.nodes).toHaveLength(20);
    expect(atlas.paths).toHaveLength(1);
    expect(atlas.architectures).toHaveLength(1);
  });

  it('writes byte-identical files for the same seed, and different ones for another seed', async () => {
    const a = join(temp, 'same-1');
    const b = join(temp, 'same-2');
    const c = join(temp, 'other');
    await writeSyntheticAtlas(a, N, { seed: 7 });
    await writeSyntheticAtlas(b, N, { seed: 7 });
    await writeSyntheticAtlas(c, N, { seed: 8 });
    const [ha, hb, hc] = await Promise.all([a, b, c].map(hashTree));
    expect(hb).toBe(ha);
    expect(hc).not.toBe(ha);
  });
});
