import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutGraph, nodeWidth, type LayoutInput } from '../../../src/pipeline/layout';

const GRAPH: LayoutInput = {
  nodes: [
    { id: 'browser', name: 'Browser' },
    { id: 'proxy', name: 'configurable-http-proxy' },
    { id: 'hub', name: 'JupyterHub' },
  ],
  relations: [
    { id: 'browser--a-->proxy', from: 'browser', to: 'proxy' },
    { id: 'proxy--b-->hub', from: 'proxy', to: 'hub' },
  ],
};

const dirs: string[] = [];
async function cacheDir() {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-layout-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('layoutGraph', () => {
  it('computes on the first run and reads the cache on the second', async () => {
    const dir = await cacheDir();
    const first = await layoutGraph(GRAPH, dir);
    const second = await layoutGraph(GRAPH, dir);
    expect([first.cacheHit, second.cacheHit]).toEqual([false, true]);
    expect(second.nodes).toEqual(first.nodes);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it.each([
    [
      'a node is renamed (its width changes)',
      {
        ...GRAPH,
        nodes: GRAPH.nodes.map((n) =>
          n.id === 'hub' ? { ...n, name: 'The JupyterHub process' } : n,
        ),
      },
    ],
    ['a relation is removed', { ...GRAPH, relations: GRAPH.relations.slice(1) }],
    ['a node is added', { ...GRAPH, nodes: [...GRAPH.nodes, { id: 'db', name: 'SQLite' }] }],
  ])('misses the cache when %s', async (_, changed) => {
    const dir = await cacheDir();
    await layoutGraph(GRAPH, dir);
    expect((await layoutGraph(changed, dir)).cacheHit).toBe(false);
  });

  it('places requests left to right without overlapping nodes', async () => {
    const { nodes } = await layoutGraph(GRAPH, await cacheDir());
    const at = Object.fromEntries(nodes.map((n) => [n.id, n]));
    expect(at.browser!.x).toBeLessThan(at.proxy!.x);
    expect(at.proxy!.x).toBeLessThan(at.hub!.x);
    for (const a of nodes)
      for (const b of nodes)
        if (a !== b) {
          const apart =
            a.x + a.width <= b.x ||
            b.x + b.width <= a.x ||
            a.y + a.height <= b.y ||
            b.y + b.height <= a.y;
          expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
        }
  });

  it.each([
    ['Hub', 180],
    ['configurable-http-proxy', 317],
    ['A very long component name that goes on and on', 340],
  ])('gives "%s" a width of %i', (name, width) => {
    expect(nodeWidth({ name })).toBe(width);
  });
});
