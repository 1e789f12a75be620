// The first five minutes (issue 20): a welcome with four doors on a first visit only, a phone's
// first screen with readable names, and /pathways useful before anything is ticked.
import { expect, frames, mapFramed, nameSizes, test } from './fixtures';

const DOORS = [
  'See the big picture',
  'What happens when you log in',
  'Choose a deployment',
  'Where can I help?',
];

test.describe('a first visit', () => {
  // No welcome has been seen yet: the only suite whose visitor is new.
  test.use({ returningVisitor: false });

  test('welcomes with four doors the keyboard reaches; Escape closes it; the next visit starts on the map; About brings it back', async ({
    open,
  }) => {
    const { page, problems } = await open('/', {
      viewport: { width: 1280, height: 800 },
      waitForMap: false,
    });
    const welcome = page.getByRole('region', { name: /Jupyter Atlas maps JupyterHub/ });
    await expect(welcome).toBeVisible();
    const doors = welcome.getByRole('link');
    expect(
      await doors.evaluateAll((links) => links.map((a) => a.querySelector('strong')?.textContent)),
    ).toEqual(DOORS);
    // Keyboard only: the skip link, the header, then the doors.
    const door = welcome.getByRole('link', { name: /What happens when you log in/ });
    for (let i = 0; i < 40 && !(await door.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(door).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/paths\/what-happens-when-you-log-in\/1$/);
    // Back on the map in this visit, and on the next one: no welcome.
    await page.goto('/');
    await mapFramed(page);
    await expect(welcome).toHaveCount(0);
    await page.reload();
    await mapFramed(page);
    await expect(welcome).toHaveCount(0);
    // About reopens it; Escape inside it closes it.
    await page.getByRole('button', { name: 'About' }).click();
    await expect(welcome).toBeVisible();
    await welcome.getByRole('link', { name: /See the big picture/ }).focus();
    await page.keyboard.press('Escape');
    await expect(welcome).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  for (const [door, path] of [
    ['See the big picture', /\/\?view=big-picture$/],
    ['Choose a deployment', /\/choose$/],
    ['Where can I help?', /\/pathways$/],
  ] as const)
    test(`the door “${door}” opens its page`, async ({ open }) => {
      const { page, problems } = await open('/', { waitForMap: false });
      await page.getByRole('link', { name: new RegExp(door.replace('?', '\\?')) }).click();
      await expect(page).toHaveURL(path);
      expect(problems).toEqual([]);
    });
});

// The rest open as a returning visitor, as anyone does after the welcome above.

test.describe('a phone, 390 × 844', () => {
  test('opens the map with readable names (12 px or more on screen) and says how to move around', async ({
    open,
  }) => {
    const { page, problems } = await open('/', { viewport: { width: 390, height: 844 } });
    const sizes = await nameSizes(page);
    expect(sizes.length, 'names on screen').toBeGreaterThanOrEqual(3);
    expect(sizes.filter((size) => size < 12).map((size) => `${size.toFixed(1)} px`)).toEqual([]);
    await expect(page.getByRole('note').filter({ hasText: 'Drag to move' })).toBeVisible();
    // The map has most of the screen.
    const map = await page.locator('.react-flow').boundingBox();
    expect(map?.height, 'the map’s height').toBeGreaterThanOrEqual(844 * 0.5);
    expect(problems).toEqual([]);
  });
});

test.describe('small windows and embeds', () => {
  for (const [path, viewport] of [
    ['/', { width: 768, height: 900 }],
    ['/?embed=1', { width: 800, height: 450 }],
    ['/?embed=1', { width: 560, height: 315 }],
  ] as const)
    test(`${path} at ${viewport.width}×${viewport.height} opens with readable names`, async ({
      open,
    }) => {
      const { page, problems } = await open(path, { viewport });
      const sizes = await nameSizes(page);
      expect(sizes.length, 'names on screen').toBeGreaterThanOrEqual(2);
      expect(sizes.filter((size) => size < 12).map((size) => `${size.toFixed(1)} px`)).toEqual([]);
      expect(problems).toEqual([]);
    });

  test('Fit the selection keeps the lit path readable: it pans rather than zooming names away', async ({
    open,
  }) => {
    const { page, problems } = await open(
      '/?view=ecosystem&node=github-oauthenticator&to=kubespawner',
      { viewport: { width: 1280, height: 800 }, reducedMotion: true },
    );
    await page.locator('#detail-title').focus();
    await page.keyboard.press('f');
    // With reduced motion the camera jumps: what it shows after the next render is where it rests.
    await frames(page);
    await expect(
      page.locator('.map-frame'),
      'nodes drawn, not only their group boxes',
    ).toHaveAttribute('data-drawing', 'nodes');
    const zoom = await page.evaluate(() => {
      const m = document
        .querySelector<HTMLElement>('.react-flow__viewport')
        ?.style.transform.match(/scale\(([\d.]+)\)/);
      return m ? Number(m[1]) : 0;
    });
    expect(zoom, 'the zoom after fitting').toBeGreaterThanOrEqual(0.5);
    await expect(page.locator('.map-frame')).not.toHaveClass(/\bis-far\b/);
    expect(problems).toEqual([]);
  });
});

test.describe('/pathways with nothing ticked', () => {
  test('lists good places to start, one per project, with their first-issue links', async ({
    open,
  }) => {
    const { page, problems } = await open('/pathways', { waitForMap: false });
    const list = page.getByRole('list', { name: 'Good places to start' });
    await expect(list).toBeVisible();
    expect(await list.locator(':scope > li').count()).toBeGreaterThanOrEqual(5);
    const first = list.getByRole('link', { name: /Good first issues/ });
    expect(await first.count()).toBeGreaterThanOrEqual(5);
    await expect(first.first()).toHaveAttribute('href', /^https:\/\/github\.com\/.+\/issues\?q=/);
    // Ticking a skill narrows it.
    await page.getByRole('checkbox', { name: 'Kubernetes' }).check();
    await expect(page.getByRole('list', { name: 'Projects to help' })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
