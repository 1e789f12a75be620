// The big picture: legible at first sight (every block label whole, big enough, and clear of
// every control, panel and arrow label) at three desktop sizes, at least ten labelled arrows with
// nothing selected, a block that opens in place, and axe at 0 serious.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { browserSuite, seriousA11yViolations } from './browser.mjs';

const suite = browserSuite({ before, after });
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** What a person sees of the blocks, measured in the page. */
async function measure(page) {
  return page.evaluate(() => {
    const rect = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const scale = Number(
      /matrix\(([^,]+)/.exec(
        getComputedStyle(document.querySelector('.react-flow__viewport')).transform,
      )?.[1] ?? 1,
    );
    const pane = rect(document.querySelector('.react-flow'));
    const covers = [
      ...document.querySelectorAll(
        '.map-tools > *, .react-flow__controls, .react-flow__minimap, .detail-panel, .block-link-label',
      ),
    ].map((el) => ({ what: el.className || el.tagName, ...rect(el) }));
    const blocks = [...document.querySelectorAll('.atlas-block')].map((block) => {
      const label = block.querySelector('.atlas-block-label');
      return {
        id: block.dataset.blockId,
        text: label.textContent,
        block: rect(block),
        label: rect(label),
        clipped: label.scrollWidth > label.clientWidth + 1,
        px: parseFloat(getComputedStyle(label).fontSize) * scale,
      };
    });
    const arrows = [...document.querySelectorAll('.block-link-label')].filter((el) => {
      const r = el.getBoundingClientRect();
      return (
        r.width > 0 &&
        r.left >= pane.left &&
        r.right <= pane.right &&
        r.top >= pane.top &&
        r.bottom <= pane.bottom
      );
    });
    return { pane, covers, blocks, arrows: arrows.map((a) => a.textContent) };
  });
}

const overlaps = (a, b) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a, b) =>
  a.left >= b.left - 0.5 &&
  a.right <= b.right + 0.5 &&
  a.top >= b.top - 0.5 &&
  a.bottom <= b.bottom + 0.5;

describe('the big picture', () => {
  for (const viewport of SIZES)
    it(`at ${viewport.width}×${viewport.height}, every block label is whole, ≥ 12 px and clear, with ≥ 10 labelled arrows`, async () => {
      const { page, problems } = await suite.open('/?view=big-picture', { viewport });
      await page.locator('.atlas-block').first().waitFor();
      await page.waitForTimeout(200);
      const m = await measure(page);
      assert.equal(m.blocks.length, 21, 'one block per kind');
      const bad = [];
      for (const b of m.blocks) {
        if (b.clipped) bad.push(`${b.text} is cut`);
        if (b.px < 12) bad.push(`${b.text} renders at ${b.px.toFixed(1)} px`);
        if (!inside(b.label, b.block)) bad.push(`${b.text} leaves its block`);
        if (!inside(b.block, m.pane)) bad.push(`${b.text}'s block is outside the map`);
        for (const c of m.covers)
          if (overlaps(b.label, c)) bad.push(`${b.text} is under ${c.what}`);
      }
      assert.deepEqual(bad, []);
      assert.ok(m.arrows.length >= 10, `only ${m.arrows.length} labelled arrows show`);
      assert.deepEqual(problems, []);
      await page.close();
    });

  for (const viewport of SIZES)
    it(`the whole ecosystem at ${viewport.width}×${viewport.height}: box labels whole, no box under the tools`, async () => {
      const { page, problems } = await suite.open('/?view=ecosystem', { viewport });
      await page.waitForTimeout(300);
      const bad = await page.evaluate(() => {
        const rect = (el) => el.getBoundingClientRect();
        const overlaps = (a, b) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const tools = [...document.querySelectorAll('.map-tools > *, .react-flow__controls')].map(
          rect,
        );
        return [...document.querySelectorAll('.kind-group')].flatMap((g) => {
          const label = g.querySelector('.kind-group-label');
          const out = [];
          if (label.scrollWidth > label.clientWidth + 1) out.push(`${label.textContent} is cut`);
          if (tools.some((t) => overlaps(rect(g), t)))
            out.push(`${label.textContent} is under a control`);
          return out;
        });
      });
      assert.deepEqual(bad, []);
      assert.deepEqual(problems, []);
      await page.close();
    });

  it('names each block’s best-connected members and says what an arrow bundles', async () => {
    const { page, problems } = await suite.open('/?view=big-picture');
    const spawners = page.locator('.atlas-block[data-block-id="spawner"]');
    assert.match(await spawners.textContent(), /Spawners\s*20/);
    assert.match(await spawners.textContent(), /KubeSpawner/);
    const arrow = page.getByRole('button', {
      name: /^17 start\s*: 17 spawners start single-user servers$/,
    });
    await arrow.click();
    const bundle = page.getByRole('group', { name: '17 spawners start single-user servers' });
    assert.match(await bundle.textContent(), /KubeSpawner starts/);
    await page.keyboard.press('Escape');
    await bundle.waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a block opens in place, the URL holds it, Escape and Back go out', async () => {
    const { page, problems } = await suite.open('/?view=big-picture');
    await page.locator('.atlas-block[data-block-id="spawner"]').click();
    await page.waitForURL(/block=spawner/);
    await page.locator('[data-node-id="kubespawner"]').waitFor();
    assert.equal(await page.locator('.atlas-block').count(), 0);
    assert.match(await page.locator('.block-crumb').textContent(), /Spawners: 20/);
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.search.includes('block='));
    await page.locator('.atlas-block').first().waitFor();
    // By keyboard: Tab to a block, Enter opens it; Back closes it.
    await page.locator('.atlas-block[data-block-id="authenticator"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/block=authenticator/);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('block='));
    // Search still works here: choosing a node opens its block with its panel.
    await page.keyboard.press('/');
    await page.keyboard.type('kubespawner.KubeSpawner');
    await page.keyboard.press('Enter');
    await page.waitForURL(/node=kubespawner/);
    await page.locator('[data-node-id="kubespawner"]').waitFor();
    await page.getByRole('heading', { level: 2, name: 'KubeSpawner' }).waitFor();
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on the big picture');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('exports as a poster-sized PNG and as SVG with the block names as text', async () => {
    const { page, problems } = await suite.open('/?view=big-picture');
    await page.locator('.atlas-block').first().waitFor();
    const png = page.waitForEvent('download');
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'PNG' }).click();
    const file = await png;
    assert.equal(file.suggestedFilename(), 'jupyter-atlas-big-picture.png');
    const bytes = await (await import('node:fs/promises')).readFile(await file.path());
    // PNG width and height sit at bytes 16–23 of the IHDR chunk.
    assert.ok(bytes.readUInt32BE(16) >= 3000, `PNG is ${bytes.readUInt32BE(16)} px wide`);
    const svg = page.waitForEvent('download');
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'SVG' }).click();
    const text = await (
      await import('node:fs/promises')
    ).readFile(await (await svg).path(), 'utf8');
    for (const label of ['Authenticators', 'Single-user servers', 'Infrastructure', '17 start'])
      assert.ok(text.includes(label), `the SVG holds “${label}”`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reads in dark mode and on a phone', async () => {
    const { page, problems } = await suite.open('/?view=big-picture', {
      viewport: { width: 390, height: 844 },
    });
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await page.locator('.atlas-block').first().waitFor();
    assert.equal(await page.locator('.atlas-block').count(), 21);
    assert.deepEqual(await seriousA11yViolations(page), [], 'axe on the big picture, phone, dark');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
