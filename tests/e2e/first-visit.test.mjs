// The first five minutes (issue 20): a welcome with four doors on a first visit only, a phone's
// first screen with readable names, and /pathways useful before anything is ticked.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { nameSizes, startBrowser, startServer, watchedPage } from './browser.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});
const url = (path) => new URL(path, server.url).href;
const origin = () => new URL(server.url).origin;

describe('a first visit', () => {
  it('welcomes with four doors the keyboard reaches; Escape closes it; the next visit starts on the map; About brings it back', async () => {
    const { page, problems } = await watchedPage(browser.context, origin());
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url('/'));
    const welcome = page.getByRole('region', { name: /Jupyter Atlas maps JupyterHub/ });
    await welcome.waitFor();
    const doors = welcome.getByRole('link');
    const names = await doors.evaluateAll((links) =>
      links.map((a) => a.querySelector('strong')?.textContent),
    );
    assert.deepEqual(names, [
      'See the big picture',
      'What happens when you log in',
      'Choose a deployment',
      'Where can I help?',
    ]);
    // Keyboard only: the skip link, the header, then the doors.
    let reached = '';
    for (let i = 0; i < 40 && !reached.includes('What happens when you log in'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    assert.match(reached, /What happens when you log in/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/paths\/what-happens-when-you-log-in\/1$/);
    // Back on the map in this visit, and on the next one: no welcome.
    await page.goto(url('/'));
    await page.locator('.map-frame[data-framed="true"]').waitFor();
    assert.equal(await welcome.count(), 0);
    await page.reload();
    await page.locator('.map-frame[data-framed="true"]').waitFor();
    assert.equal(await welcome.count(), 0);
    // About reopens it; Escape inside it closes it.
    await page.getByRole('button', { name: 'About' }).click();
    await welcome.waitFor();
    await welcome.getByRole('link', { name: /See the big picture/ }).focus();
    await page.keyboard.press('Escape');
    assert.equal(await welcome.count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('each door opens its page', async () => {
    for (const [door, path] of [
      ['See the big picture', /\/\?view=big-picture$/],
      ['Choose a deployment', /\/choose$/],
      ['Where can I help?', /\/pathways$/],
    ]) {
      const { page, problems } = await watchedPage(browser.context, origin());
      await page.goto(url('/'));
      await page.locator('.map-frame[data-framed="true"]').waitFor();
      await page.evaluate(() => localStorage.removeItem('jupyter-atlas:welcomed'));
      await page.reload();
      await page.getByRole('link', { name: new RegExp(door.replace('?', '\\?')) }).click();
      await page.waitForURL(path);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });
});

describe('a phone, 390 × 844', () => {
  it('opens the map with readable names (12 px or more on screen) and says how to move around', async () => {
    const { page, problems } = await watchedPage(browser.context, origin());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url('/'));
    await page.locator('.map-frame[data-framed="true"]').waitFor();
    const sizes = await nameSizes(page);
    assert.ok(sizes.length >= 3, `${sizes.length} names on screen`);
    for (const size of sizes) assert.ok(size >= 12, `a name renders at ${size.toFixed(1)} px`);
    await page.getByRole('note').filter({ hasText: 'Drag to move' }).waitFor();
    // The map has most of the screen.
    const map = await page.locator('.react-flow').boundingBox();
    assert.ok(map && map.height >= 844 * 0.5, `the map is ${map?.height} px tall`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('small windows and embeds', () => {
  for (const [path, viewport] of [
    ['/', { width: 768, height: 900 }],
    ['/?embed=1', { width: 800, height: 450 }],
    ['/?embed=1', { width: 560, height: 315 }],
  ])
    it(`${path} at ${viewport.width}×${viewport.height} opens with readable names`, async () => {
      const { page, problems } = await watchedPage(browser.context, origin());
      await page.setViewportSize(viewport);
      await page.goto(url(path));
      await page.locator('.map-frame[data-framed="true"]').waitFor();
      const sizes = await nameSizes(page);
      assert.ok(sizes.length >= 2, `${sizes.length} names on screen`);
      for (const size of sizes) assert.ok(size >= 12, `a name renders at ${size.toFixed(1)} px`);
      assert.deepEqual(problems, []);
      await page.close();
    });

  it('Fit the selection keeps the lit path readable: it pans rather than zooming names away', async () => {
    const { page, problems } = await watchedPage(browser.context, origin());
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url('/?view=ecosystem&node=github-oauthenticator&to=kubespawner'));
    await page.locator('.map-frame[data-framed="true"]').waitFor();
    await page.locator('#detail-title').focus();
    await page.keyboard.press('f');
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    assert.equal(
      await page.locator('.map-frame').getAttribute('data-drawing'),
      'nodes',
      'nodes drawn, not only their group boxes',
    );
    const zoom = await page.evaluate(() => {
      const m = document
        .querySelector('.react-flow__viewport')
        ?.style.transform.match(/scale\(([\d.]+)\)/);
      return m ? Number(m[1]) : 0;
    });
    assert.ok(zoom >= 0.5, `zoom ${zoom}`);
    assert.ok(!(await page.locator('.map-frame').getAttribute('class')).includes('is-far'));
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('/pathways with nothing ticked', () => {
  it('lists good places to start, one per project, with their first-issue links', async () => {
    const { page, problems } = await watchedPage(browser.context, origin());
    await page.goto(url('/pathways'));
    const list = page.getByRole('list', { name: 'Good places to start' });
    await list.waitFor();
    const items = list.locator(':scope > li');
    assert.ok((await items.count()) >= 5);
    const first = list.getByRole('link', { name: /Good first issues/ });
    assert.ok((await first.count()) >= 5);
    assert.match(
      await first.first().getAttribute('href'),
      /^https:\/\/github\.com\/.+\/issues\?q=/,
    );
    // Ticking a skill narrows it.
    await page.getByRole('checkbox', { name: 'Kubernetes' }).check();
    await page.getByRole('list', { name: 'Projects to help' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });
});
