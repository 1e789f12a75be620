// @vitest-environment jsdom
/**
 * The renderer and the text exports over the real atlas: every view and a path step, as SVG
 * (deterministic) and as Mermaid, DOT and D2 that their tools' parsers accept. Mermaid's own
 * parser runs here (it needs a DOM, hence jsdom); DOT is parsed by @ts-graphviz/ast; D2 has no
 * JavaScript parser, so its structure is checked: balanced blocks, every edge between declared
 * shapes.
 */
import { parse as parseDot } from '@ts-graphviz/ast';
import { describe, expect, it } from 'vitest';
import { litAround, renderViewSvg } from '../../../src/model/render-svg';
import { sceneText } from '../../../src/model/text-diagrams';
import type { View } from '../../../src/model/types';
import { execFileSync } from 'node:child_process';
import type { Atlas } from '../../../src/model/types';

// The pipeline needs Node's URL, which jsdom replaces: the atlas comes from `npm run export`,
// whose JSON is the resolved atlas with its laid-out views (docs/export-format.md).
const atlas = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', 'export'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }),
) as Atlas;
const views = atlas.views.filter((v) => v.purpose !== 'path');
const kube = litAround(atlas, atlas.views.find((v) => v.id === 'plugins') as View, 'kubespawner');

describe('renderViewSvg', () => {
  it.each(views.map((v) => [v.id, v]))('draws %s the same way twice', (_, view) => {
    const a = renderViewSvg(atlas, view as View, { legend: true, theme: 'dark' });
    expect(renderViewSvg(atlas, view as View, { legend: true, theme: 'dark' })).toBe(a);
    expect(a).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
    expect(a).not.toContain('foreignObject');
  });

  it('draws every node of a view at its layout position, with its name as text', () => {
    const core = atlas.views.find((v) => v.id === 'core') as View;
    const doc = new DOMParser().parseFromString(renderViewSvg(atlas, core), 'image/svg+xml');
    const drawn = [...doc.querySelectorAll('g.node')];
    expect(drawn.map((g) => g.getAttribute('data-node-id')).sort()).toEqual(
      core.nodes.map((b) => b.id).sort(),
    );
    for (const box of core.nodes) {
      const rect = doc.querySelector(`g.node[data-node-id="${box.id}"] rect`);
      expect([Number(rect?.getAttribute('x')), Number(rect?.getAttribute('y'))]).toEqual([
        Math.round(box.x * 10) / 10,
        Math.round(box.y * 10) / 10,
      ]);
    }
    expect(doc.querySelector('g.node[data-node-id="jupyterhub"]')?.textContent).toContain(
      'JupyterHub',
    );
    expect(doc.querySelectorAll('path.relation').length).toBe(core.relations.length);
  });

  it('draws the big picture with the app’s routing: arrows from block sides, no two labels overlapping', () => {
    const big = atlas.views.find((v) => v.purpose === 'blocks') as View;
    const doc = new DOMParser().parseFromString(renderViewSvg(atlas, big), 'image/svg+xml');
    const shown = (big.links ?? []).filter((l) => l.shown);
    expect(doc.querySelectorAll('path.relation').length).toBe(shown.length);
    const boxes = [...doc.querySelectorAll('g.link-label rect')].map((r) => {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a)));
      return { x: x ?? 0, y: y ?? 0, w: w ?? 0, h: h ?? 0 };
    });
    expect(boxes.length).toBe(shown.length);
    const overlaps = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        .map((b) => `${JSON.stringify(a)} × ${JSON.stringify(b)}`),
    );
    expect(overlaps).toEqual([]);
    // Every arrow starts on the side of its source block (model/block-routing.ts), not its centre.
    const blocks = new Map((big.blocks ?? []).map((b) => [b.id, b]));
    for (const link of shown) {
      const d = doc.querySelector(`path.relation[data-link-id="${link.id}"]`)?.getAttribute('d');
      const [x, y] = (d?.match(/^M([\d.-]+),([\d.-]+)/) ?? []).slice(1).map(Number);
      const a = blocks.get(link.from);
      if (!a || x === undefined || y === undefined) throw new Error(`no arrow for ${link.id}`);
      const onSide =
        Math.abs(x - a.x) < 0.2 ||
        Math.abs(x - (a.x + a.width)) < 0.2 ||
        Math.abs(y - a.y) < 0.2 ||
        Math.abs(y - (a.y + a.height)) < 0.2;
      expect(onSide, link.id).toBe(true);
    }
  });

  it('links nodes to their pages when asked, escaping what needs it', () => {
    const core = atlas.views.find((v) => v.id === 'core') as View;
    const svg = renderViewSvg(atlas, core, { linkBase: 'https://atlas.example/' });
    expect(svg).toContain('<a href="https://atlas.example/?node=jupyterhub">');
  });
});

describe('text exports', () => {
  const cases: [string, View, Parameters<typeof sceneText>[3]][] = [
    ...views.map((v): [string, View, object] => [v.id, v, {}]),
    [
      'plugins with KubeSpawner selected',
      atlas.views.find((v) => v.id === 'plugins') as View,
      kube ?? {},
    ],
  ];

  it.each(cases)('Mermaid parses %s as a flowchart', async (_, view, options) => {
    const { default: mermaid } = await import('mermaid');
    const text = sceneText(atlas, view, 'mermaid', options);
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it.each(cases)('Graphviz DOT parses %s, with every node', (_, view, options) => {
    const text = sceneText(atlas, view, 'dot', options);
    const ast = parseDot(text);
    const nodes = JSON.stringify(ast).match(/"type":"Node"/g)?.length ?? 0;
    expect(nodes).toBe(view.purpose === 'blocks' ? view.blocks?.length : view.nodes.length);
  });

  it.each(cases)(
    'D2 for %s has balanced blocks and edges between declared shapes',
    (_, view, options) => {
      const text = sceneText(atlas, view, 'd2', options);
      expect(text.split('{').length).toBe(text.split('}').length);
      const declared = new Set([...text.matchAll(/^\s*("[^"]+"): /gm)].map((m) => m[1]));
      for (const m of text.matchAll(/^((?:"[^"]+"\.)?"[^"]+") -> ((?:"[^"]+"\.)?"[^"]+"): /gm)) {
        for (const end of [m[1], m[2]]) expect(declared).toContain(end?.split('.').at(-1));
      }
    },
  );

  it('escapes labels that carry quotes and brackets in all three', async () => {
    const core = atlas.views.find((v) => v.id === 'core') as View;
    const odd = {
      ...atlas,
      nodes: atlas.nodes.map((n) =>
        n.id === 'jupyterhub' ? { ...n, name: 'The "Hub" [main] {x}' } : n,
      ),
    };
    const { default: mermaid } = await import('mermaid');
    await expect(mermaid.parse(sceneText(odd, core, 'mermaid'))).resolves.toBeTruthy();
    expect(() => parseDot(sceneText(odd, core, 'dot'))).not.toThrow();
    expect(sceneText(odd, core, 'd2')).toContain('"The \\"Hub\\" [main] {x}\\nHub"');
  });
});
