// Every reference architecture drawn as a deployment, and three side by side in aligned rows.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, loadAtlas, seriousA11yViolations } from './browser.mjs';

const suite = browserSuite({ before, after });
const open = (path, options = {}) => suite.open(path, { waitForMap: false, ...options });

describe('deployment diagrams', () => {
  it('draws every architecture from its roles, each component linked to its node', async () => {
    const atlas = loadAtlas();
    const { page, problems } = await open('/architectures');
    await page.getByRole('heading', { level: 1, name: 'Reference architectures' }).waitFor();
    for (const arch of atlas.architectures) {
      const diagram = page.getByRole('group', { name: `Deployment diagram of ${arch.name}` });
      await diagram.waitFor();
      const hrefs = await diagram
        .getByRole('link')
        .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      const drawn = new Set(hrefs.map((h) => new URL(h, 'http://x').searchParams.get('node')));
      for (const c of arch.components)
        assert.ok(drawn.has(c.node), `${arch.id}: ${c.node} (${c.role}) is drawn`);
    }
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on /architectures');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('/compare with three aligns like with like and marks what only one has', async () => {
    const { page, problems } = await open(
      '/compare?a=the-littlest-jupyterhub&b=zero-to-jupyterhub&c=hpc-batchspawner',
    );
    const diagram = page.locator('#compare-deploy');
    await diagram.waitFor();
    // The cells of one row start at the same height in every column.
    const rows = await diagram.evaluate((grid) => {
      const cells = [...grid.querySelectorAll(':scope > .deploy-cell')].map((c) =>
        Math.round(c.getBoundingClientRect().top),
      );
      const out = [];
      for (let i = 0; i < cells.length; i += 3) out.push(cells.slice(i, i + 3));
      return out;
    });
    assert.ok(rows.length >= 6, `${rows.length} rows`);
    for (const row of rows) assert.equal(new Set(row).size, 1, `a row's cells align: ${row}`);
    const tljhOnly = diagram.getByRole('link', { name: /^FirstUseAuthenticator only here$/ });
    assert.equal(await tljhOnly.count(), 1);
    const shared = diagram.getByRole('link', { name: /^jupyterhub-singleuser$/ });
    assert.equal(await shared.count(), 3);
    await shared.first().click();
    await page.waitForURL(/\/\?node=jupyterhub-singleuser/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('exports the comparison as PNG and SVG, and passes axe on a phone and in dark mode', async () => {
    const { page, problems } = await open('/compare?a=plain-jupyterhub&b=binderhub', {
      viewport: { width: 390, height: 844 },
    });
    await page.locator('#compare-deploy').waitFor();
    for (const format of ['PNG', 'SVG']) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `Export ${format}` }).click();
      const file = await download;
      assert.match(
        file.suggestedFilename(),
        new RegExp(`^jupyter-atlas-compare-plain-jupyterhub-binderhub\\.${format.toLowerCase()}$`),
      );
      if (format === 'SVG') {
        // A drawing from the atlas's renderer, as npm run render -- --compare makes it.
        const { readFileSync } = await import('node:fs');
        const svg = readFileSync(await file.path(), 'utf8');
        assert.ok(!svg.includes('foreignObject'));
        assert.match(svg, /data-node-id="binderhub"/);
      }
    }
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on /compare, phone, dark');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
