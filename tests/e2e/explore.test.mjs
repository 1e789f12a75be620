import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, loadAtlas, seriousA11yViolations } from './browser.mjs';

const atlas = loadAtlas();
const view = (id) => atlas.views.find((v) => v.id === id);
const nodeCount = (id, kind) =>
  view(id).nodes.filter((p) => atlas.nodes.find((n) => n.id === p.id).kind === kind).length;

const { open, url } = browserSuite({ before, after });

const visibleNodes = (page) =>
  page.locator('.react-flow__node:not([style*="visibility: hidden"]) .atlas-node');
const panelHeading = (page) => page.getByRole('complementary').getByRole('heading', { level: 2 });

async function assertAccessible(page, state) {
  assert.deepEqual(await seriousA11yViolations(page), [], `axe: ${state}`);
}

describe('exploring the atlas', () => {
  it('search by class path → Enter → the node is selected, centred and detailed', async () => {
    const { page, problems } = await open('/');
    await page.keyboard.press('/');
    await page.keyboard.type('batchspawner.SlurmSpawner');
    const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await first.filter({ hasText: 'SlurmSpawner' }).waitFor();
    assert.match(await first.textContent(), /SlurmSpawner/);
    await assertAccessible(page, 'search results open');
    await page.keyboard.press('Enter');
    await page.waitForURL(/node=slurm-spawner/);
    assert.equal(await panelHeading(page).textContent(), 'SlurmSpawner');
    // The core view does not hold it, so the search moved to a view that does.
    assert.match(page.url(), /view=/);
    await page.waitForTimeout(600);
    const box = await page.locator('[data-node-id="slurm-spawner"]').boundingBox();
    assert.ok(
      box && box.x > 0 && box.y > 0 && box.x + box.width < 1440 - 420,
      'the node is on screen, left of the panel',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('filters: counts match the nodes left, the choice is in the URL, one click clears', async () => {
    const { page, problems } = await open('/?view=plugins');
    const total = view('plugins').nodes.length;
    assert.equal(await visibleNodes(page).count(), total);
    await page.getByText('Filters', { exact: true }).click();
    const spawners = nodeCount('plugins', 'spawner');
    await page.getByRole('checkbox', { name: `Spawners (${spawners})` }).check();
    await page.waitForURL(/kind=spawner/);
    assert.equal(await visibleNodes(page).count(), spawners);
    await assertAccessible(page, 'filters open');
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await page.waitForURL((u) => !u.search.includes('kind='));
    assert.equal(await visibleNodes(page).count(), total);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('focus: two hops light more nodes than one; a path lights its chain', async () => {
    const { page, problems } = await open('/?node=configurable-http-proxy');
    const lit = async () => page.locator('.atlas-node:not(.is-dimmed)').count();
    const oneHop = await lit();
    await page.getByRole('radio', { name: /within two relations/ }).check();
    await page.waitForURL(/hops=2/);
    assert.ok((await lit()) > oneHop, 'two hops light more nodes');
    await page
      .getByRole('combobox', { name: /Shortest path to/ })
      .selectOption({ label: 'PAMAuthenticator' });
    await page.waitForURL(/to=pam-authenticator/);
    const steps = await page
      .getByRole('list', { name: /^Path from/ })
      .getByRole('listitem')
      .allTextContents();
    // Two hops, either way round the proxy–Hub pair; the last step reaches the authenticator.
    assert.equal(steps.length, 2);
    assert.match(steps[0], /configurable-http-proxy/);
    assert.equal(steps[1], 'PAMAuthenticator plugs into JupyterHub');
    assert.ok((await page.locator('.atlas-node.is-path').count()) >= 1);
    const scale = async () =>
      Number(
        (await page.locator('.react-flow__viewport').getAttribute('style')).match(
          /scale\(([\d.]+)\)/,
        )[1],
      );
    const before = await scale();
    await page.getByRole('button', { name: 'Fit the selection' }).click();
    await page.waitForTimeout(500);
    assert.notEqual(await scale(), before, 'fit the selection zooms to the lit nodes');
    for (const id of ['configurable-http-proxy', 'pam-authenticator']) {
      const box = await page.locator(`[data-node-id="${id}"]`).boundingBox();
      assert.ok(
        box && box.x >= 0 && box.x + box.width <= 1440 - 420,
        `${id} is in view after fitting`,
      );
    }
    await assertAccessible(page, 'node selected with a path');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('groups the whole ecosystem by kind: collapse shows counts, far zoom shows group labels, compact re-lays a filtered subset', async () => {
    const { page, problems } = await open('/?view=ecosystem');
    // Too many relations to read at once: they show for the selected component only.
    assert.equal(await page.locator('.react-flow__edge').count(), 0);
    assert.ok(
      (await page.locator('.map-notice').allTextContents()).some((t) =>
        t.includes('Relations show for the selected component.'),
      ),
    );
    const groups = view('ecosystem').groups;
    assert.equal(await page.locator('.kind-group').count(), groups.length);
    const spawners = groups.find((g) => g.id === 'spawner');
    await page.getByRole('button', { name: 'Collapse Spawners' }).click();
    await page.waitForURL(/collapsed=spawner/);
    assert.equal(
      await page.getByRole('button', { name: 'Expand Spawners' }).getAttribute('aria-expanded'),
      'false',
    );
    assert.equal(await page.getByText(`${spawners.nodeIds.length} components hidden`).count(), 1);
    assert.equal(
      await visibleNodes(page).count(),
      view('ecosystem').nodes.length - spawners.nodeIds.length,
    );
    // Fitted to the whole ecosystem, the map is far out: names give way to group labels.
    assert.ok(await page.locator('.map-frame.is-far').count(), 'far zoom class set');
    assert.equal(
      await page
        .locator('.atlas-node-text')
        .first()
        .evaluate((el) => getComputedStyle(el).visibility),
      'hidden',
    );

    await page.goto(url('/?view=ecosystem&kind=kernel'));
    await page.locator('.map-frame[data-framed="true"]').waitFor();
    const before = await page.locator('[data-node-id="ipykernel"]').boundingBox();
    await page.getByRole('button', { name: /^Compact the \d+ shown$/ }).click();
    await page.getByRole('button', { name: 'Restore the full layout' }).waitFor();
    await page.waitForTimeout(300);
    const after = await page.locator('[data-node-id="ipykernel"]').boundingBox();
    assert.notDeepEqual(after, before, 'the compacted layout moved the node');
    assert.equal(
      await page.locator('.kind-group').count(),
      0,
      'no group boxes around a compacted subset',
    );
    await page.getByRole('button', { name: 'Restore the full layout' }).click();
    assert.equal(await page.locator('.kind-group').count(), groups.length);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('switches views from the View menu', async () => {
    const { page, problems } = await open('/');
    await page
      .getByRole('combobox', { name: 'View' })
      .selectOption({ label: `Whole ecosystem (${view('ecosystem').nodes.length})` });
    await page.waitForURL(/view=ecosystem/);
    await page.locator('.map-frame[data-framed="true"]').waitFor();
    assert.equal(await page.locator('.atlas-node').count(), view('ecosystem').nodes.length);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the outline works by keyboard only', async () => {
    const { page, problems } = await open('/');
    await page.keyboard.press('o');
    await page.waitForURL(/mode=outline/);
    await page.getByRole('heading', { level: 2, name: /^Outline/ }).waitFor();
    // Tab from the top of the page to the first node link in the outline, then open it.
    const firstLink = page.locator('.outline-node-link').first();
    const name = await firstLink.textContent();
    for (
      let i = 0;
      i < 30 && !(await firstLink.evaluate((el) => el === document.activeElement));
      i++
    )
      await page.keyboard.press('Tab');
    assert.ok(
      await firstLink.evaluate((el) => el === document.activeElement),
      'a node link takes focus',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/node=/);
    assert.equal(await panelHeading(page).textContent(), name);
    await assertAccessible(page, 'outline with a node open');
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.search.includes('node='));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the Export menu works by keyboard alone: Enter opens it, Tab reaches each format, Escape closes it and returns', async () => {
    const { page, problems } = await open('/');
    const menu = page.getByText('Export', { exact: true });
    await menu.focus();
    await page.keyboard.press('Enter');
    const formats = page.getByRole('group', { name: 'Export the view' }).getByRole('button');
    assert.deepEqual(await formats.allTextContents(), [
      'PNG',
      'SVG',
      'Mermaid',
      'Graphviz DOT',
      'D2',
      'JSON',
    ]);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'PNG');
    await page.keyboard.press('Escape');
    assert.equal(await formats.first().isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Export');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('exports the visible subgraph as JSON', async () => {
    const { page, problems } = await open('/?kind=spawner');
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON', exact: true }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'jupyter-atlas-core.json');
    const { readFileSync } = await import('node:fs');
    const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.ok(data.nodes.length > 0 && data.nodes.every((n) => n.kind === 'spawner'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('exports a real SVG and PNG of the view as drawn: relations, the selection lit, the map’s positions, the theme’s background', async () => {
    const { page, problems } = await open('/?view=plugins&node=kubespawner');
    const { readFileSync } = await import('node:fs');
    const save = async (button) => {
      await page.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      assert.equal(download.suggestedFilename(), `jupyter-atlas-plugins.${button.toLowerCase()}`);
      return readFileSync(await download.path());
    };
    const svg = (await save('SVG')).toString('utf8');
    assert.ok(svg.length < 400_000, `the SVG is ${svg.length} bytes`);
    assert.ok(!svg.includes('foreignObject'), 'a drawing, not the page’s HTML');
    // The drawing, read by the browser's own SVG parser: relations drawn, each node where the map puts it.
    const read = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const drawn = [...doc.querySelectorAll('g.node')].map((g) => {
        const rect = g.querySelector('rect');
        return {
          id: g.getAttribute('data-node-id'),
          x: Number(rect?.getAttribute('x')),
          y: Number(rect?.getAttribute('y')),
        };
      });
      const onMap = Object.fromEntries(
        [...document.querySelectorAll('.react-flow__node')].map((el) => {
          const m = (el.style.transform || '').match(/translate\(([-\d.]+)px, ?([-\d.]+)px\)/);
          return [el.getAttribute('data-id'), m ? [Number(m[1]), Number(m[2])] : null];
        }),
      );
      return {
        drawn,
        onMap,
        relations: doc.querySelectorAll('path.relation').length,
        background: doc.querySelector('svg > rect')?.getAttribute('fill'),
        lit:
          doc.querySelector('g.node[data-node-id="kubespawner"] rect[stroke-width="4"]') !== null,
      };
    }, svg);
    assert.ok(read.relations >= 3, `${read.relations} relations drawn`);
    assert.ok(read.lit, 'the selection is drawn lit');
    assert.equal(read.background, '#f7f7f5');
    let compared = 0;
    for (const node of read.drawn) {
      const at = read.onMap[node.id];
      if (!at) continue;
      assert.ok(
        Math.abs(at[0] - node.x) < 1 && Math.abs(at[1] - node.y) < 1,
        `${node.id} where the map draws it`,
      );
      compared++;
    }
    assert.ok(compared >= 20, `${compared} nodes compared with the map`);

    const png = await save('PNG');
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    // Sample the PNG along a relation of the selection: a line is drawn there, not background.
    const sampled = await page.evaluate(
      async ({ text, data }) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const holder = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        holder.setAttribute('width', '0');
        holder.setAttribute('height', '0');
        document.body.append(holder);
        const group = document.importNode(doc.querySelector('svg > g'), true);
        holder.append(group);
        const relation = [...group.querySelectorAll('path.relation')].find((p) =>
          (p.getAttribute('data-relation-id') ?? '').includes('kubespawner'),
        );
        const length = relation.getTotalLength();
        const points = [0.3, 0.5, 0.7].map((f) => relation.getPointAtLength(length * f));
        const [dx, dy] = (group.getAttribute('transform') ?? '').match(/[\d.]+/g).map(Number);
        holder.remove();
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d', { willReadFrequently: true });
        context.drawImage(image, 0, 0);
        const scale = image.naturalWidth / Number(doc.querySelector('svg').getAttribute('width'));
        const near = (p) => {
          // The darkest pixel within 2 px of the point (anti-aliasing spreads a 3 px line).
          let darkest = 255 * 3;
          for (let ox = -2; ox <= 2; ox++)
            for (let oy = -2; oy <= 2; oy++) {
              const [r, g, b] = context.getImageData(
                Math.round((p.x + dx) * scale) + ox,
                Math.round((p.y + dy) * scale) + oy,
                1,
                1,
              ).data;
              darkest = Math.min(darkest, r + g + b);
            }
          return darkest;
        };
        const [r, g, b] = context.getImageData(2, 2, 1, 1).data;
        return { corner: r + g + b, line: points.map(near) };
      },
      { text: svg, data: png.toString('base64') },
    );
    for (const value of sampled.line)
      assert.ok(
        value < sampled.corner - 60,
        `a relation line is drawn (${value} vs background ${sampled.corner})`,
      );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('embed mode shows only the canvas and a link back', async () => {
    const { page, problems } = await open('/?embed=1');
    assert.equal(await page.getByRole('search').count(), 0);
    const back = page.getByRole('link', { name: /Open in Jupyter Atlas/ });
    assert.equal(await back.getAttribute('href'), url('/'));
    assert.ok((await page.locator('.atlas-node').count()) > 0);
    await assertAccessible(page, 'embed');
    // &theme=dark follows a dark host page, from the first frame and without saving the choice.
    await page.goto(url('/?embed=1&theme=dark'));
    await page.locator('.atlas-node').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
      'rgb(21, 23, 27)',
    );
    assert.equal(await page.evaluate(() => localStorage.getItem('jupyter-atlas:theme')), null);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a reload restores every piece of state', async () => {
    const state = '/?view=plugins&node=kubespawner&hops=2&to=jupyterhub&kind=spawner,hub&q=kube';
    const { page, problems } = await open(state);
    await page.reload();
    await page.locator('.map-frame[data-framed="true"]').waitFor();
    assert.equal(await panelHeading(page).textContent(), 'KubeSpawner');
    assert.equal(await page.getByRole('combobox', { name: 'View' }).inputValue(), 'plugins');
    assert.ok(await page.getByRole('radio', { name: /within two relations/ }).isChecked());
    assert.equal(
      await page.getByRole('combobox', { name: /Shortest path to/ }).inputValue(),
      'jupyterhub',
    );
    assert.equal(
      await page.getByRole('combobox', { name: 'Search the atlas' }).inputValue(),
      'kube',
    );
    assert.equal(
      await visibleNodes(page).count(),
      nodeCount('plugins', 'spawner') + nodeCount('plugins', 'hub'),
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('help, theme and phone layout', async () => {
    const { page, problems } = await open('/?node=jupyterhub', {
      viewport: { width: 375, height: 812 },
    });
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    assert.ok(await dialog.isVisible());
    await assertAccessible(page, 'help dialog on a phone');
    await page.keyboard.press('Escape');
    assert.equal(await dialog.isVisible(), false);
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await assertAccessible(page, 'dark theme on a phone with the panel open');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
