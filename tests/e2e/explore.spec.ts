import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, mapFramed, mapScale, panelHeading, test, type AtlasExport } from './fixtures';

const view = (atlas: AtlasExport, id: string) => atlas.views.find((v) => v.id === id)!;
/** How many nodes of kind `kind` view `id` holds. */
const nodeCount = (atlas: AtlasExport, id: string, kind: string) =>
  view(atlas, id).nodes.filter((p) => atlas.nodes.find((n) => n.id === p.id)!.kind === kind).length;

const visibleNodes = (page: Page) =>
  page.locator('.react-flow__node:not([style*="visibility: hidden"]) .atlas-node');

test.describe('exploring the atlas', () => {
  test('search by class path → Enter → the node is selected, centred and detailed', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('batchspawner.SlurmSpawner');
    const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect(first).toContainText('SlurmSpawner');
    expect(await axe(page), 'axe: search results open').toEqual([]);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/node=slurm-spawner/);
    await expect(panelHeading(page)).toHaveText('SlurmSpawner');
    // The core view does not hold it, so the search moved to a view that does.
    await expect(page).toHaveURL(/view=/);
    // The camera glides to it: wait until it rests on screen, left of the panel.
    await expect
      .poll(
        async () => {
          const box = await page.locator('[data-node-id="slurm-spawner"]').boundingBox();
          return box !== null && box.x > 0 && box.y > 0 && box.x + box.width < 1440 - 420;
        },
        { message: 'the node is on screen, left of the panel' },
      )
      .toBe(true);
    expect(problems).toEqual([]);
  });

  test('filters: counts match the nodes left, the choice is in the URL, one click clears', async ({
    open,
    atlas,
    axe,
  }) => {
    const { page, problems } = await open('/?view=plugins');
    const total = view(atlas, 'plugins').nodes.length;
    await expect(visibleNodes(page)).toHaveCount(total);
    await page.getByText('Filters', { exact: true }).click();
    const spawners = nodeCount(atlas, 'plugins', 'spawner');
    await page.getByRole('checkbox', { name: `Spawners (${spawners})` }).check();
    await expect(page).toHaveURL(/kind=spawner/);
    await expect(visibleNodes(page)).toHaveCount(spawners);
    expect(await axe(page), 'axe: filters open').toEqual([]);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(visibleNodes(page)).toHaveCount(total);
    expect(problems).toEqual([]);
  });

  test('focus: two hops light more nodes than one; a path lights its chain', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open('/?node=configurable-http-proxy');
    const lit = page.locator('.atlas-node:not(.is-dimmed)');
    const oneHop = await lit.count();
    await page.getByRole('radio', { name: /within two relations/ }).check();
    await expect(page).toHaveURL(/hops=2/);
    await expect
      .poll(() => lit.count(), { message: 'two hops light more nodes' })
      .toBeGreaterThan(oneHop);
    await page
      .getByRole('combobox', { name: /Shortest path to/ })
      .selectOption({ label: 'PAMAuthenticator' });
    await expect(page).toHaveURL(/to=pam-authenticator/);
    const steps = page.getByRole('list', { name: /^Path from/ }).getByRole('listitem');
    // Two hops, either way round the proxy–Hub pair; the last step reaches the authenticator.
    await expect(steps).toHaveText([
      /configurable-http-proxy/,
      'PAMAuthenticator plugs into JupyterHub',
    ]);
    expect(await page.locator('.atlas-node.is-path').count()).toBeGreaterThanOrEqual(1);
    const before = await mapScale(page);
    await page.getByRole('button', { name: 'Fit the selection' }).click();
    await expect
      .poll(() => mapScale(page), { message: 'fit the selection zooms to the lit nodes' })
      .not.toBe(before);
    for (const id of ['configurable-http-proxy', 'pam-authenticator'])
      await expect
        .poll(
          async () => {
            const box = await page.locator(`[data-node-id="${id}"]`).boundingBox();
            return box !== null && box.x >= 0 && box.x + box.width <= 1440 - 420;
          },
          { message: `${id} is in view after fitting` },
        )
        .toBe(true);
    expect(await axe(page), 'axe: node selected with a path').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('groups the whole ecosystem by kind: collapse shows counts, far zoom shows group labels, compact re-lays a filtered subset', async ({
    open,
    atlas,
  }) => {
    const { page, problems } = await open('/?view=ecosystem');
    const ecosystem = view(atlas, 'ecosystem');
    // Too many relations to read at once: they show for the selected component only.
    await expect(page.locator('.react-flow__edge')).toHaveCount(0);
    await expect(page.getByText('Relations show for the selected component.')).toBeVisible();
    const groups = ecosystem.groups!;
    await expect(page.locator('.kind-group')).toHaveCount(groups.length);
    const spawners = groups.find((g) => g.id === 'spawner')!;
    await page.getByRole('button', { name: 'Collapse Spawners' }).click();
    await expect(page).toHaveURL(/collapsed=spawner/);
    await expect(page.getByRole('button', { name: 'Expand Spawners' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(page.getByText(`${spawners.nodeIds.length} components hidden`)).toHaveCount(1);
    await expect(visibleNodes(page)).toHaveCount(ecosystem.nodes.length - spawners.nodeIds.length);
    // Fitted to the whole ecosystem, the map is far out: names give way to group labels.
    await expect(page.locator('.map-frame'), 'far zoom class set').toHaveClass(/\bis-far\b/);
    await expect(page.locator('.atlas-node-text').first()).toHaveCSS('visibility', 'hidden');

    await page.goto('/?view=ecosystem&kind=kernel');
    await mapFramed(page);
    const node = page.locator('[data-node-id="ipykernel"]');
    const before = await node.boundingBox();
    await page.getByRole('button', { name: /^Compact the \d+ shown$/ }).click();
    await expect(page.getByRole('button', { name: 'Restore the full layout' })).toBeVisible();
    await expect
      .poll(() => node.boundingBox(), { message: 'the compacted layout moved the node' })
      .not.toEqual(before);
    await expect(
      page.locator('.kind-group'),
      'no group boxes around a compacted subset',
    ).toHaveCount(0);
    await page.getByRole('button', { name: 'Restore the full layout' }).click();
    await expect(page.locator('.kind-group')).toHaveCount(groups.length);
    expect(problems).toEqual([]);
  });

  test('typed before the search’s code arrived, the text, the focus and Enter carry over', async ({
    open,
  }) => {
    // Hold the search box's chunk until the query is typed and confirmed in its stand-in.
    const chunk = /\/assets\/search-box-[\w-]+\.js$/;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page, problems } = await open('/', {
      beforeGoto: async (p) => {
        await p.route(chunk, async (route) => {
          await held;
          await route.continue();
        });
      },
    });
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the atlas' });
    await expect(box).toBeFocused();
    await page.keyboard.type('SlurmSpawner');
    await page.keyboard.press('Enter');
    release();
    await expect(page).toHaveURL(/node=slurm-spawner/);
    await expect(panelHeading(page)).toHaveText('SlurmSpawner');
    expect(problems).toEqual([]);
  });

  test('switches views from the View menu, loading the other view’s drawing only then', async ({
    open,
    atlas,
  }) => {
    // Each view but the default is a module of its own (virtual:atlas-view/<id>).
    const drawing = /\/assets\/ecosystem-[\w-]+\.js$/;
    const { page, problems } = await open('/');
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await mapFramed(page);
    const ecosystem = view(atlas, 'ecosystem');
    // The first load fetched the default view only (requests before `open` returned included).
    const before = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(before.filter((url) => drawing.test(url))).toEqual([]);
    await page
      .getByRole('combobox', { name: 'View' })
      .selectOption({ label: `Whole ecosystem (${ecosystem.nodes.length})` });
    await expect(page).toHaveURL(/view=ecosystem/);
    await mapFramed(page);
    await expect(page.locator('.atlas-node')).toHaveCount(ecosystem.nodes.length);
    expect(scripts.filter((url) => drawing.test(url))).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  test('a view whose drawing fails to load says so, and Try again draws it', async ({
    open,
    atlas,
  }) => {
    const drawing = /\/assets\/plugins-[\w-]+\.js$/;
    const { page } = await open('/');
    await mapFramed(page);
    await page.route(drawing, (route) => route.abort('failed'));
    const plugins = view(atlas, 'plugins');
    await page
      .getByRole('combobox', { name: 'View' })
      .selectOption({ label: `${plugins.title} (${plugins.nodes.length})` });
    await expect(page.getByRole('alert')).toContainText(
      `Could not load the view “${plugins.title}”`,
    );
    // The view menu stays, so another view is one choice away.
    await expect(page.getByRole('combobox', { name: 'View' })).toHaveValue('plugins');
    await page.unroute(drawing);
    await page.getByRole('button', { name: 'Try again' }).click();
    await mapFramed(page);
    await expect(page.locator('.atlas-node')).toHaveCount(plugins.nodes.length);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the outline works by keyboard only', async ({ open, axe }) => {
    const { page, problems } = await open('/');
    await page.keyboard.press('o');
    await expect(page).toHaveURL(/mode=outline/);
    await expect(page.getByRole('heading', { level: 2, name: /^Outline/ })).toBeVisible();
    // Tab from the top of the page to the first node link in the outline, then open it.
    const firstLink = page.locator('.outline-node-link').first();
    const name = (await firstLink.textContent())!;
    for (
      let i = 0;
      i < 30 && !(await firstLink.evaluate((el) => el === document.activeElement));
      i++
    )
      await page.keyboard.press('Tab');
    await expect(firstLink, 'a node link takes focus').toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/node=/);
    await expect(panelHeading(page)).toHaveText(name);
    expect(await axe(page), 'axe: outline with a node open').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/node=/);
    expect(problems).toEqual([]);
  });

  test('the Export menu works by keyboard alone: Enter opens it, Tab reaches each format, Escape closes it and returns', async ({
    open,
  }) => {
    const { page, problems } = await open('/');
    const menu = page.getByText('Export', { exact: true });
    await menu.focus();
    await page.keyboard.press('Enter');
    const formats = page.getByRole('group', { name: 'Export the view' }).getByRole('button');
    await expect(formats).toHaveText(['PNG', 'SVG', 'Mermaid', 'Graphviz DOT', 'D2', 'JSON']);
    await page.keyboard.press('Tab');
    await expect(formats.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(formats.first()).toBeHidden();
    await expect(menu).toBeFocused();
    expect(problems).toEqual([]);
  });

  test('exports the visible subgraph as JSON', async ({ open }) => {
    const { page, problems } = await open('/?kind=spawner');
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('jupyter-atlas-core.json');
    const data = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      nodes: { kind: string }[];
    };
    expect(data.nodes.length).toBeGreaterThan(0);
    expect(data.nodes.filter((n) => n.kind !== 'spawner')).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('exports a real SVG and PNG of the view as drawn: relations, the selection lit, the map’s positions, the theme’s background', async ({
    open,
  }) => {
    const { page, problems } = await open('/?view=plugins&node=kubespawner');
    const save = async (button: 'SVG' | 'PNG') => {
      await page.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`jupyter-atlas-plugins.${button.toLowerCase()}`);
      return readFileSync(await download.path());
    };
    const svg = (await save('SVG')).toString('utf8');
    expect(svg.length, 'the SVG’s size in bytes').toBeLessThan(400_000);
    expect(svg, 'a drawing, not the page’s HTML').not.toContain('foreignObject');
    // The drawing, read by the browser's own SVG parser: relations drawn, each node where the map puts it.
    const read = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const drawn = [...doc.querySelectorAll('g.node')].map((g) => {
        const rect = g.querySelector('rect');
        return {
          id: g.getAttribute('data-node-id') ?? '',
          x: Number(rect?.getAttribute('x')),
          y: Number(rect?.getAttribute('y')),
        };
      });
      const onMap = Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
          const m = (el.style.transform || '').match(/translate\(([-\d.]+)px, ?([-\d.]+)px\)/);
          return [el.getAttribute('data-id'), m ? [Number(m[1]), Number(m[2])] : null];
        }),
      ) as Record<string, [number, number] | null>;
      return {
        drawn,
        onMap,
        relations: doc.querySelectorAll('path.relation').length,
        background: doc.querySelector('svg > rect')?.getAttribute('fill'),
        lit:
          doc.querySelector('g.node[data-node-id="kubespawner"] rect[stroke-width="4"]') !== null,
      };
    }, svg);
    expect(read.relations, 'relations drawn').toBeGreaterThanOrEqual(3);
    expect(read.lit, 'the selection is drawn lit').toBe(true);
    expect(read.background).toBe('#f7f7f5');
    let compared = 0;
    for (const node of read.drawn) {
      const at = read.onMap[node.id];
      if (!at) continue;
      expect(
        Math.abs(at[0] - node.x) < 1 && Math.abs(at[1] - node.y) < 1,
        `${node.id} where the map draws it`,
      ).toBe(true);
      compared++;
    }
    expect(compared, 'nodes compared with the map').toBeGreaterThanOrEqual(20);

    const png = await save('PNG');
    expect([...png.subarray(1, 4)], 'a PNG signature').toEqual([0x50, 0x4e, 0x47]);
    // Sample the PNG along a relation of the selection: a line is drawn there, not background.
    const sampled = await page.evaluate(
      async ({ text, data }) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const holder = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        holder.setAttribute('width', '0');
        holder.setAttribute('height', '0');
        document.body.append(holder);
        const group = document.importNode(doc.querySelector('svg > g')!, true);
        holder.append(group);
        const relation = [...group.querySelectorAll<SVGPathElement>('path.relation')].find((p) =>
          (p.getAttribute('data-relation-id') ?? '').includes('kubespawner'),
        )!;
        const length = relation.getTotalLength();
        const points = [0.3, 0.5, 0.7].map((f) => relation.getPointAtLength(length * f));
        const [dx = 0, dy = 0] = (group.getAttribute('transform') ?? '')
          .match(/[\d.]+/g)!
          .map(Number);
        holder.remove();
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        context.drawImage(image, 0, 0);
        const scale = image.naturalWidth / Number(doc.querySelector('svg')!.getAttribute('width'));
        const near = (p: DOMPoint) => {
          // The darkest pixel within 2 px of the point (anti-aliasing spreads a 3 px line).
          let darkest = 255 * 3;
          for (let ox = -2; ox <= 2; ox++)
            for (let oy = -2; oy <= 2; oy++) {
              const [r = 0, g = 0, b = 0] = context.getImageData(
                Math.round((p.x + dx) * scale) + ox,
                Math.round((p.y + dy) * scale) + oy,
                1,
                1,
              ).data;
              darkest = Math.min(darkest, r + g + b);
            }
          return darkest;
        };
        const [r = 0, g = 0, b = 0] = context.getImageData(2, 2, 1, 1).data;
        return { corner: r + g + b, line: points.map(near) };
      },
      { text: svg, data: png.toString('base64') },
    );
    for (const value of sampled.line)
      expect(
        value,
        `a relation line is drawn (${value} vs background ${sampled.corner})`,
      ).toBeLessThan(sampled.corner - 60);
    expect(problems).toEqual([]);
  });

  test('embed mode shows only the canvas and a link back', async ({ open, axe, baseURL }) => {
    const { page, problems } = await open('/?embed=1');
    await expect(page.getByRole('search')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open in Jupyter Atlas/ })).toHaveAttribute(
      'href',
      new URL('/', baseURL).href,
    );
    expect(await page.locator('.atlas-node').count()).toBeGreaterThan(0);
    expect(await axe(page), 'axe: embed').toEqual([]);
    // &theme=dark follows a dark host page, from the first frame and without saving the choice.
    await page.goto('/?embed=1&theme=dark');
    await expect(page.locator('.atlas-node').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(21, 23, 27)');
    expect(await page.evaluate(() => localStorage.getItem('jupyter-atlas:theme'))).toBeNull();
    expect(problems).toEqual([]);
  });

  test('a reload restores every piece of state', async ({ open, atlas }) => {
    const state = '/?view=plugins&node=kubespawner&hops=2&to=jupyterhub&kind=spawner,hub&q=kube';
    const { page, problems } = await open(state);
    await page.reload();
    await mapFramed(page);
    await expect(panelHeading(page)).toHaveText('KubeSpawner');
    await expect(page.getByRole('combobox', { name: 'View' })).toHaveValue('plugins');
    await expect(page.getByRole('radio', { name: /within two relations/ })).toBeChecked();
    await expect(page.getByRole('combobox', { name: /Shortest path to/ })).toHaveValue(
      'jupyterhub',
    );
    await expect(page.getByRole('combobox', { name: 'Search the atlas' })).toHaveValue('kube');
    await expect(visibleNodes(page)).toHaveCount(
      nodeCount(atlas, 'plugins', 'spawner') + nodeCount(atlas, 'plugins', 'hub'),
    );
    expect(problems).toEqual([]);
  });

  test('help, theme and phone layout', async ({ open, axe }) => {
    const { page, problems } = await open('/?node=jupyterhub', {
      viewport: { width: 375, height: 812 },
    });
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    expect(await axe(page), 'axe: help dialog on a phone').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axe(page), 'axe: dark theme on a phone with the panel open').toEqual([]);
    expect(problems).toEqual([]);
  });
});
