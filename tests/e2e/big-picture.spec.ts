// The big picture: legible at first sight (every block label whole, big enough, and clear of
// every control, panel and arrow label) at three desktop sizes, at least ten labelled arrows with
// nothing selected, a block that opens in place, and axe at 0 serious.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, recordedFrames, recordFrames, test } from './fixtures';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** A block of the big picture, found as a person finds it: the button with its kind's name. */
const block = (page: Page, label: string) =>
  page.getByRole('button', { name: new RegExp(`^${label} \\d+`) });

/**
 * What is wrong with the blocks as drawn: a label cut, under 12 px, out of its block, a block out
 * of the map, or a label under a control, the panel or an arrow's label; and how many arrows
 * with a label lie inside the map.
 */
function legibility(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    type Box = ReturnType<typeof rect>;
    const overlaps = (a: Box, b: Box) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const inside = (a: Box, b: Box) =>
      a.left >= b.left - 0.5 &&
      a.right <= b.right + 0.5 &&
      a.top >= b.top - 0.5 &&
      a.bottom <= b.bottom + 0.5;
    const scale = Number(
      /matrix\(([^,]+)/.exec(
        getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
      )?.[1] ?? 1,
    );
    const pane = rect(document.querySelector('.react-flow')!);
    const covers = [
      ...document.querySelectorAll(
        '.map-tools > *, .react-flow__controls, .react-flow__minimap, .detail-panel, .block-link-label',
      ),
    ].map((el) => ({ what: el.className || el.tagName, ...rect(el) }));
    const bad: string[] = [];
    const blocks = [...document.querySelectorAll('.atlas-block')];
    for (const el of blocks) {
      const label = el.querySelector('.atlas-block-label')!;
      const text = label.textContent;
      const px = parseFloat(getComputedStyle(label).fontSize) * scale;
      if (label.scrollWidth > label.clientWidth + 1) bad.push(`${text} is cut`);
      if (px < 12) bad.push(`${text} renders at ${px.toFixed(1)} px`);
      if (!inside(rect(label), rect(el))) bad.push(`${text} leaves its block`);
      if (!inside(rect(el), pane)) bad.push(`${text}'s block is outside the map`);
      for (const c of covers) if (overlaps(rect(label), c)) bad.push(`${text} is under ${c.what}`);
    }
    const arrows = [...document.querySelectorAll('.block-link-label')].filter((el) => {
      const r = rect(el);
      return r.right > r.left && inside(r, pane);
    }).length;
    return { blocks: blocks.length, bad, arrows };
  });
}

test.describe('the big picture', () => {
  for (const viewport of SIZES)
    test(`at ${viewport.width}×${viewport.height}, every block label is whole, ≥ 12 px and clear, with ≥ 10 labelled arrows`, async ({
      open,
    }) => {
      const { page, problems } = await open('/?view=big-picture', { viewport });
      await expect(page.locator('.atlas-block'), 'one block per kind').toHaveCount(21);
      // Labels settle once the camera has framed the view: retried until they read, or time out.
      await expect.poll(async () => (await legibility(page)).bad).toEqual([]);
      const { arrows } = await legibility(page);
      expect(arrows, `only ${arrows} labelled arrows show`).toBeGreaterThanOrEqual(10);
      expect(problems).toEqual([]);
    });

  test('goes from “Drawing the big picture…” to its blocks with no frame of an empty canvas', async ({
    open,
  }) => {
    // Every frame until the map is framed: the "Drawing…" line, a canvas, how many blocks.
    const { page } = await open('/?view=big-picture', {
      beforeGoto: (page) => recordFrames(page, 'framed'),
    });
    await expect(page.locator('.atlas-block')).toHaveCount(21);
    const frames = (await recordedFrames(page)).map(
      ({ drawing, canvas, blocks }) => [drawing, canvas, blocks] as [boolean, boolean, number],
    );
    expect(frames.at(-1), JSON.stringify(frames)).toEqual([false, true, 21]);
    // A canvas is never painted before its blocks are in it.
    for (const [, canvas, blocks] of frames)
      expect(!canvas || blocks === 21, JSON.stringify(frames)).toBe(true);
  });

  for (const viewport of SIZES)
    test(`the whole ecosystem at ${viewport.width}×${viewport.height}: box labels whole, no box under the tools`, async ({
      open,
    }) => {
      const { page, problems } = await open('/?view=ecosystem', { viewport });
      const bad = () =>
        page.evaluate(() => {
          const rect = (el: Element) => el.getBoundingClientRect();
          const overlaps = (a: DOMRect, b: DOMRect) =>
            a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          const tools = [...document.querySelectorAll('.map-tools > *, .react-flow__controls')].map(
            rect,
          );
          return [...document.querySelectorAll('.kind-group')].flatMap((g) => {
            const label = g.querySelector('.kind-group-label')!;
            const out: string[] = [];
            if (label.scrollWidth > label.clientWidth + 1) out.push(`${label.textContent} is cut`);
            if (tools.some((t) => overlaps(rect(g), t)))
              out.push(`${label.textContent} is under a control`);
            return out;
          });
        });
      await expect(page.locator('.kind-group').first()).toBeVisible();
      await expect.poll(bad).toEqual([]);
      expect(problems).toEqual([]);
    });

  test('names each block’s best-connected members and says what an arrow bundles', async ({
    open,
  }) => {
    const { page, problems } = await open('/?view=big-picture');
    const spawners = block(page, 'Spawners');
    await expect(spawners).toContainText(/Spawners\s*20/);
    await expect(spawners).toContainText('KubeSpawner');
    await page
      .getByRole('button', { name: /^17 start\s*: 17 spawners start single-user servers$/ })
      .click();
    const bundle = page.getByRole('group', { name: '17 spawners start single-user servers' });
    await expect(bundle).toContainText('KubeSpawner starts');
    await page.keyboard.press('Escape');
    await expect(bundle).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('a block opens in place, the URL holds it, Escape and Back go out', async ({
    open,
    axe,
  }) => {
    const { page, problems } = await open('/?view=big-picture');
    await block(page, 'Spawners').click();
    await expect(page).toHaveURL(/block=spawner/);
    await expect(page.getByRole('button', { name: /^KubeSpawner/ })).toBeVisible();
    await expect(page.locator('.atlas-block')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Escape goes back' })).toContainText(
      'Spawners: 20',
    );
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/block=/);
    await expect(block(page, 'Spawners')).toBeVisible();
    // By keyboard: Tab to a block, Enter opens it; Back closes it.
    await block(page, 'Authenticators').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/block=authenticator/);
    await page.goBack();
    await expect(page).not.toHaveURL(/block=/);
    // Search still works here: choosing a node opens its block with its panel.
    await page.keyboard.press('/');
    await page.keyboard.type('kubespawner.KubeSpawner');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/node=kubespawner/);
    await expect(page.locator('[data-node-id="kubespawner"]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'KubeSpawner' })).toBeVisible();
    expect(await axe(page), 'axe on the big picture').toEqual([]);
    expect(problems).toEqual([]);
  });

  test('exports as a poster-sized PNG and as SVG with the block names as text', async ({
    open,
  }) => {
    const { page, problems } = await open('/?view=big-picture');
    const exportAs = async (format: 'PNG' | 'SVG') => {
      const download = page.waitForEvent('download');
      await page.getByText('Export', { exact: true }).click();
      await page.getByRole('button', { name: format }).click();
      return download;
    };
    const png = await exportAs('PNG');
    expect(png.suggestedFilename()).toBe('jupyter-atlas-big-picture.png');
    const bytes = await readFile(await png.path());
    // PNG width and height sit at bytes 16–23 of the IHDR chunk.
    expect(bytes.readUInt32BE(16), 'the PNG’s width').toBeGreaterThanOrEqual(3000);
    const svg = await readFile(await (await exportAs('SVG')).path(), 'utf8');
    for (const label of ['Authenticators', 'Single-user servers', 'Infrastructure', '17 start'])
      expect(svg, `the SVG holds “${label}”`).toContain(label);
    expect(problems).toEqual([]);
  });

  test('reads in dark mode and on a phone', async ({ open, axe }) => {
    const { page, problems } = await open('/?view=big-picture', {
      viewport: { width: 390, height: 844 },
    });
    await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
    await expect(page.locator('.atlas-block')).toHaveCount(21);
    expect(await axe(page), 'axe on the big picture, phone, dark').toEqual([]);
    expect(problems).toEqual([]);
  });
});
