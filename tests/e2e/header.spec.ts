// The header search stays usable at every width: at least 160 px wide, on its own row when the
// links and menus leave no room (issue 21's first item). matrix.spec.ts checks it on every route
// at 390, 768, 1024, 1280, 1440 and 1920 px; here are the widths between, where the header's
// links and menus are closest to crowding it.
import { expect, settled, test } from './fixtures';

test.describe('the header', () => {
  for (const width of [900, 1100])
    test(`at ${width} px the search box is at least 160 px wide and inside the window`, async ({
      open,
    }) => {
      const { page, problems } = await open('/', { viewport: { width, height: 800 } });
      // The search box's code arrives at idle and takes its stand-in's place: measure the real one.
      await settled(page);
      const box = await page.getByRole('combobox', { name: 'Search the atlas' }).boundingBox();
      expect(box?.width, 'the search box’s width').toBeGreaterThanOrEqual(160);
      expect(box!.x >= 0 && box!.x + box!.width <= width, 'search is inside the window').toBe(true);
      expect(problems).toEqual([]);
    });
});

test.describe('search results', () => {
  for (const width of [390, 1280])
    test(`at ${width} px no kind chip covers the name beside it`, async ({ open }) => {
      const { page, problems } = await open('/', { viewport: { width, height: 800 } });
      const box = page.getByRole('combobox', { name: 'Search the atlas' });
      for (const query of ['c.Spawner.cmd', 'spawner', 'authenticator_class']) {
        await box.fill(query);
        const rows = page.getByRole('option');
        await expect(rows.first()).toBeVisible();
        const overlaps = await rows.evaluateAll((items) =>
          items.flatMap((li) => {
            const name = li.querySelector('.search-hit-name')?.getBoundingClientRect();
            const chip = li.querySelector('.kind-chip')?.getBoundingClientRect();
            if (!name || !chip) return [];
            const apart =
              name.right <= chip.left + 0.5 ||
              chip.right <= name.left + 0.5 ||
              name.bottom <= chip.top + 0.5 ||
              chip.bottom <= name.top + 0.5;
            const inside = chip.right <= li.getBoundingClientRect().right + 0.5;
            return apart && inside ? [] : [li.textContent?.slice(0, 60)];
          }),
        );
        expect(overlaps, `“${query}”`).toEqual([]);
      }
      expect(problems).toEqual([]);
    });
});
