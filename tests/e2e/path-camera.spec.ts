// Every step of every guided path, as a reader sees it: its text, and its lit nodes framed by the
// camera with their names whole, readable and clear of the tools and the step's panel.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, frames, mapFramed, test } from './fixtures';

/** The paths, one file each named by its id (read here so that each path is a test of its own). */
const PATH_IDS = readdirSync(join(process.env.ATLAS_DATA_ROOT ?? '.', 'graph-data', 'paths'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''));

interface LitName {
  id: string;
  drawn: boolean;
  inside?: boolean;
  under?: string[];
  px?: number;
}

/**
 * Where the step's lit nodes are drawn: for each, whether its name is inside the map, what it
 * overlaps (the legend and other tools, the zoom controls, the minimap, the step's panel) and the
 * size its letters are drawn at; with the camera's zoom.
 */
function litNames(page: Page, ids: string[]): Promise<{ zoom: number; names: LitName[] }> {
  return page.evaluate((ids) => {
    const box = (selector: string) => {
      const b = document.querySelector(selector)?.getBoundingClientRect();
      return b && b.width > 0 && b.height > 0 ? b : null;
    };
    const pane = box('.react-flow')!;
    const zoom = new DOMMatrix(
      getComputedStyle(document.querySelector('.react-flow__viewport')!).transform,
    ).a;
    const covers = {
      tools: box('.map-tools'),
      'zoom controls': box('.react-flow__controls'),
      minimap: box('.react-flow__minimap'),
      'step panel': box('.path-panel'),
    };
    return {
      zoom,
      names: ids.map((id) => {
        const name = document.querySelector(`[data-node-id="${id}"] .atlas-node-name`);
        if (!name) return { id, drawn: false };
        const b = name.getBoundingClientRect();
        return {
          id,
          drawn: true,
          inside:
            b.width > 0 &&
            b.left >= pane.left &&
            b.right <= pane.right &&
            b.top >= pane.top &&
            b.bottom <= pane.bottom,
          under: Object.entries(covers)
            .filter(
              ([, o]) =>
                o &&
                !(b.right <= o.left || b.left >= o.right || b.bottom <= o.top || b.top >= o.bottom),
            )
            .map(([what]) => what),
          px: parseFloat(getComputedStyle(name).fontSize) * zoom,
        };
      }),
    };
  }, ids);
}

function expectReadable(where: string, seen: { names: LitName[] }) {
  for (const n of seen.names) {
    expect(n.drawn, `${where}: ${n.id} is drawn`).toBe(true);
    expect(n.inside, `${where}: ${n.id}'s name is inside the map`).toBe(true);
    expect(n.under, `${where}: ${n.id}'s name is clear of the tools and panel`).toEqual([]);
    expect(n.px, `${where}: ${n.id}'s name size in px, at least 12`).toBeGreaterThanOrEqual(12);
  }
}

/**
 * Whether the map is still: the camera and every drawn node where they were two frames ago, and
 * the map no longer marked as moving (it marks itself still a moment after the camera stops).
 */
function atRest(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const now = () =>
      [...document.querySelectorAll('.react-flow__viewport, .react-flow__node')]
        .map((el) => el.getAttribute('style'))
        .join('|');
    const before = now();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return now() === before && document.querySelector('.map-frame[data-moving]') === null;
  });
}

// On a desktop every step is opened from its own link (as a pasted or shared link opens it); on a
// phone the reader walks the path with Next, as they would, which also proves each Next works.
for (const { viewport, arrive } of [
  { viewport: { width: 1280, height: 800 }, arrive: 'from its link' },
  { viewport: { width: 390, height: 844 }, arrive: 'by Next' },
] as const) {
  test.describe(`guided path camera at ${viewport.width}×${viewport.height}`, () => {
    for (const id of PATH_IDS)
      test(`${id}: every step, opened ${arrive}, shows its text and its lit names whole, readable and clear, at one zoom`, async ({
        open,
        atlas,
      }) => {
        const path = atlas.paths.find((p) => p.id === id);
        expect(path, `${id} is a path of the atlas`).toBeDefined();
        const { page, problems } = await open(`/paths/${id}/1`, {
          viewport,
          reducedMotion: true,
          waitForMap: false,
        });
        const steps = page.getByRole('navigation', { name: 'Step navigation' });
        const zooms = new Set<string>();
        for (let i = 0; i < path!.steps.length; i++) {
          const where = `${id} step ${i + 1}`;
          if (i > 0 && arrive === 'from its link') await page.goto(`/paths/${id}/${i + 1}`);
          if (i > 0 && arrive === 'by Next') {
            await steps.getByRole('link', { name: 'Next →' }).click();
            await expect(page).toHaveURL(new RegExp(`/paths/${id}/${i + 1}$`));
          }
          await expect(
            page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${i + 1} of`) }),
          ).toBeVisible();
          await mapFramed(page);
          // With reduced motion the step's camera and nodes jump: two frames and they are drawn.
          await frames(page);
          const doc = page.locator('.path-step .doc');
          await expect
            .poll(async () => (await doc.textContent())?.length ?? 0, {
              message: `${where} has its text`,
            })
            .toBeGreaterThan(200);
          await expect(page.getByText('could not be'), `${where} doc loads`).toHaveCount(0);
          expect(
            await page.locator('.atlas-node.is-path, .atlas-node.is-selected').count(),
            `${where} lights a node`,
          ).toBeGreaterThanOrEqual(1);
          const seen = await litNames(page, path!.steps[i]!.focus);
          expectReadable(where, seen);
          zooms.add(seen.zoom.toFixed(2));
          // The way on is on screen without scrolling, and nothing covers it.
          const next = steps.getByRole('link', {
            name: i < path!.steps.length - 1 ? 'Next →' : 'Back to all paths',
          });
          const b = await next.boundingBox();
          expect(
            b !== null && b.y >= 0 && b.y + b.height <= viewport.height,
            `${where}: Next is above the fold (${b && Math.round(b.y)})`,
          ).toBe(true);
          expect(
            await next.evaluate((el) => {
              const r = el.getBoundingClientRect();
              return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
            }),
            `${where}: nothing covers Next`,
          ).toBe(true);
        }
        expect(zooms.size, `${id} keeps one zoom: ${[...zooms].join(', ')}`).toBe(1);
        expect(problems).toEqual([]);
      });
  });
}

test.describe('guided path camera in motion', () => {
  test('glides from step to step and comes to rest with the lit names readable', async ({
    open,
    atlas,
  }) => {
    const login = atlas.paths.find((p) => p.id === 'what-happens-when-you-log-in')!;
    const { page, problems } = await open(`/paths/${login.id}/1`, {
      viewport: { width: 1280, height: 800 },
    });
    for (let i = 1; i < 5; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`/paths/${login.id}/${i + 1}$`));
      await expect(
        page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${i + 1} of`) }),
      ).toBeVisible();
      // The camera and the nodes glide for half a second; read them once they are still.
      await expect.poll(() => atRest(page), { message: 'the map comes to rest' }).toBe(true);
      expectReadable(`${login.id} step ${i + 1}`, await litNames(page, login.steps[i]!.focus));
    }
    // Step 5, the spawn request, lights the spawner the Hub hands the launch to.
    await expect(
      page.locator('[data-node-id="local-process-spawner"].is-path'),
      'the spawner is lit at step 5',
    ).toHaveCount(1);
    expect(problems).toEqual([]);
  });
});
