// Every reference architecture drawn as a deployment, and three side by side in aligned rows.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test.describe('deployment diagrams', () => {
  test('draws every architecture from its roles, each component linked to its node', async ({
    open,
    atlas,
    axe,
  }) => {
    const { page, problems } = await open('/architectures', { waitForMap: false });
    await expect(
      page.getByRole('heading', { level: 1, name: 'Reference architectures' }),
    ).toBeVisible();
    for (const arch of atlas.architectures) {
      const diagram = page.getByRole('group', { name: `Deployment diagram of ${arch.name}` });
      await expect(diagram).toBeVisible();
      const hrefs = await diagram
        .getByRole('link')
        .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      const drawn = new Set(hrefs.map((h) => new URL(h, 'http://x').searchParams.get('node')));
      const missing = arch.components.filter((c) => !drawn.has(c.node));
      expect(
        missing.map((c) => `${c.node} (${c.role})`),
        `${arch.id}: every component is drawn`,
      ).toEqual([]);
    }
    expect(await axe(page), 'axe on /architectures').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('/compare with three aligns like with like and marks what only one has', async ({
    open,
  }) => {
    const { page, problems } = await open(
      '/compare?a=the-littlest-jupyterhub&b=zero-to-jupyterhub&c=hpc-batchspawner',
      { waitForMap: false },
    );
    const diagram = page.locator('#compare-deploy');
    await expect(diagram).toBeVisible();
    // The cells of one row start at the same height in every column.
    const rows = await diagram.evaluate((grid) => {
      const cells = [...grid.querySelectorAll(':scope > .deploy-cell')].map((c) =>
        Math.round(c.getBoundingClientRect().top),
      );
      const out: number[][] = [];
      for (let i = 0; i < cells.length; i += 3) out.push(cells.slice(i, i + 3));
      return out;
    });
    expect(rows.length, 'rows of the diagram').toBeGreaterThanOrEqual(6);
    for (const row of rows) expect(new Set(row).size, `a row's cells align: ${row}`).toBe(1);
    await expect(
      diagram.getByRole('link', { name: /^FirstUseAuthenticator only here$/ }),
    ).toHaveCount(1);
    const shared = diagram.getByRole('link', { name: /^jupyterhub-singleuser$/ });
    await expect(shared).toHaveCount(3);
    await shared.first().click();
    await expect(page).toHaveURL(/\/\?node=jupyterhub-singleuser/);
    expect(problems).toEqual([]);
  });

  test('exports the comparison as PNG and SVG, and passes axe on a phone and in dark mode', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open('/compare?a=plain-jupyterhub&b=binderhub', {
      viewport: { width: 390, height: 844 },
      waitForMap: false,
    });
    await expect(page.locator('#compare-deploy')).toBeVisible();
    for (const format of ['PNG', 'SVG']) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `Export ${format}` }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(
        new RegExp(`^jupyter-atlas-compare-plain-jupyterhub-binderhub\\.${format.toLowerCase()}$`),
      );
      if (format === 'SVG') {
        // A drawing from the atlas's renderer, as npm run render -- --compare makes it.
        const svg = readFileSync(await file.path(), 'utf8');
        expect(svg).not.toContain('foreignObject');
        expect(svg).toContain('data-node-id="binderhub"');
      }
    }
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axe(page), 'axe on /compare, phone, dark').toEqual([]);
    expect(problems).toEqual([]);
  });
});
