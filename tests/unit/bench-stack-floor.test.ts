import { describe, expect, it } from 'vitest';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  sub?: string;
  color?: string;
  group?: boolean;
}
type StackFloorPage = (
  atlas: unknown,
  view: unknown,
) => { boxes: Box[]; relations: [string, string][] };
interface Budget {
  figure: string;
  budget: string;
  value: number | null;
  pass: boolean | null;
}
type Budgets19 = (datasets: unknown[]) => Budget[];

// Plain .mjs scripts without type declarations: imported by URL so TypeScript does not resolve them.
const { stackFloorPage } = (await import(
  new URL('../../scripts/bench/stack-floor.mjs', import.meta.url).href
)) as { stackFloorPage: StackFloorPage };
const { bigPictureFloor, floorPage } = (await import(
  new URL('../../scripts/bench/floor.mjs', import.meta.url).href
)) as {
  bigPictureFloor: (atlas: unknown, big: unknown) => { groups: unknown[]; arrows: unknown[] };
  floorPage: (atlas: unknown, view: unknown) => string;
};
const { budgets19 } = (await import(
  new URL('../../scripts/bench/report.mjs', import.meta.url).href
)) as { budgets19: Budgets19 };

const atlas = {
  nodes: [
    { id: 'hub', name: 'JupyterHub', kind: 'hub' },
    { id: 'chp', name: 'configurable-http-proxy', kind: 'proxy' },
    { id: 'elsewhere', name: 'Elsewhere', kind: 'proxy' },
  ],
  kinds: [
    { id: 'hub', label: 'Hub', color: '#ea580c' },
    { id: 'proxy', label: 'Proxy', color: '#d97706' },
  ],
  relations: [
    { id: 'r1', from: 'hub', to: 'chp' },
    // In the atlas, not in the view's list: not drawn.
    { id: 'r2', from: 'chp', to: 'hub' },
    // In the view's list, but one end is not placed in it: not drawn.
    { id: 'r3', from: 'hub', to: 'elsewhere' },
  ],
};
const at = (id: string, x: number) => ({ id, x, y: 10, width: 200, height: 62 });

describe('the stack floor (npm run bench)', () => {
  it("draws a view's placed nodes with their names and kinds, and only the view's relations between them", () => {
    const page = stackFloorPage(atlas, {
      title: 'Core',
      width: 600,
      height: 100,
      nodes: [at('hub', 0), at('chp', 300)],
      relations: ['r1', 'r3'],
    });
    expect(page.boxes).toEqual([
      { ...at('hub', 0), label: 'JupyterHub', sub: 'Hub', color: '#ea580c' },
      { ...at('chp', 300), label: 'configurable-http-proxy', sub: 'Proxy', color: '#d97706' },
    ]);
    expect(page.relations).toEqual([['hub', 'chp']]);
  });

  it("draws the big picture's blocks as boxes, as the floor page does", () => {
    const page = stackFloorPage(atlas, {
      title: 'Big picture',
      width: 600,
      height: 100,
      nodes: [],
      relations: [],
      groups: [{ ...at('hubs', 0), label: 'Hubs 1', nodeIds: ['hub'] }],
    });
    expect(page.boxes).toEqual([{ ...at('hubs', 0), label: 'Hubs 1', group: true }]);
    expect(page.relations).toEqual([]);
  });

  it('reports its time, its ratio to the floor and the app’s ratio to it, paired run by run', () => {
    const runs = (ms: number[]) => ms.map((interactiveMs) => ({ interactiveMs }));
    const [line] = budgets19([
      {
        kind: 'real',
        label: 'real data',
        view: { id: 'core' },
        ratios: { interactiveMs: 4 },
        medians: { app: { jsDataGzipInteractive: 150_000 } },
        runs: { app: runs([400, 420, 440]), floor: runs([100, 100, 110]) },
        stackRuns: { view: runs([250, 260, 240]), big: [] },
      },
    ]).filter((b) => b.figure.startsWith('stack-'));
    expect(line?.figure).toBe('stack-default');
    // 250/100, 260/100, 240/110 → median 2.5; the app: 400/250, 420/260, 440/240 → 1.62.
    expect(line?.value).toBeCloseTo(2.5, 5);
    expect(line?.pass).toBeNull();
    expect(line?.budget).toBe(
      'stack floor, default view: React + React Flow alone, 250 ms (the app is 1.62× it); its ratio to the floor',
    );
  });

  it('gives the big picture’s floors what the app draws with nothing selected: blocks with counts and members, the shown arrows with labels', () => {
    const withKinds = {
      ...atlas,
      relations: [],
    };
    const big = bigPictureFloor(withKinds, {
      title: 'Big picture',
      width: 600,
      height: 300,
      nodes: [],
      relations: [],
      blocks: [
        { ...at('hub', 0), label: 'Hubs', count: 1, highlights: ['hub'] },
        { ...at('proxy', 0), y: 200, label: 'Proxies', count: 2, highlights: ['chp', 'elsewhere'] },
      ],
      links: [
        {
          id: 'a',
          from: 'proxy',
          to: 'hub',
          type: 'routes-to',
          count: 2,
          label: '2 route to',
          shown: true,
        },
        {
          id: 'b',
          from: 'hub',
          to: 'proxy',
          type: 'starts',
          count: 1,
          label: '1 starts',
          shown: false,
        },
      ],
    });
    expect(big.groups).toEqual([
      { ...at('hub', 0), label: 'Hubs 1', lines: ['JupyterHub'] },
      {
        ...at('proxy', 0),
        y: 200,
        label: 'Proxies 2',
        lines: ['configurable-http-proxy', 'Elsewhere'],
      },
    ]);
    expect(big.arrows).toEqual([{ from: 'proxy', to: 'hub', label: '2 route to' }]);
    const html = floorPage(withKinds, big);
    // From the top of the lower box to the bottom of the upper one, with its label halfway.
    expect(html).toContain(
      '<path d="M100,200 L100,72" marker-end="url(#arrow)"/><text x="100" y="136">2 route to</text>',
    );
    expect(html).toContain(
      '<span>Proxies 2</span><small>configurable-http-proxy</small><small>Elsewhere</small>',
    );
    expect(html).not.toContain('1 starts');
    expect(stackFloorPage(withKinds, big).relations).toEqual([['proxy', 'hub', '2 route to']]);
  });
});
